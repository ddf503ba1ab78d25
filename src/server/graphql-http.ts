import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import { searchOf } from './http-io';

/** Apollo's request headers: lower-case names (as node gives them), repeated values joined. */
function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function writeResponse(req: IncomingMessage, res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // What express's res.send added to Apollo's answer: a charset and the length.
    const type = res.getHeader('content-type');
    const contentType = typeof type === 'string' ? type : 'text/html';
    res.setHeader('content-type', /;\s*charset=/i.test(contentType) ? contentType : `${contentType}; charset=utf-8`);
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(req.method === 'HEAD' ? undefined : response.body.string);
    return;
  }
  // Incremental delivery (@defer): each part goes out as Apollo yields it.
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Hands one request to Apollo, the way @as-integrations/express5 did but without express:
 * `body` is the parsed JSON body (undefined when there was none or it was not JSON).
 */
export function graphqlHttp<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: IncomingMessage, res: ServerResponse) => Promise<TContext>,
): (req: IncomingMessage, res: ServerResponse, body: unknown) => Promise<void> {
  apollo.assertStarted('graphqlHttp()');
  return async (req, res, body) => {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers: headerMap(req), search: searchOf(req), body },
      context: () => context(req, res),
    });
    await writeResponse(req, res, response);
  };
}
