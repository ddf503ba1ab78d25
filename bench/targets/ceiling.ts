import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema } from 'graphql';
import { graphqlHttp } from '../../src/server/graphql-http';
import { readJsonBody } from '../../src/server/json-body';
import { ceilingClient } from '../ceiling-client';
import { getJson } from './get-json';

/** What the runner passes every ceiling (bench/scenario-set.ts, ceilingEnv). */
interface CeilingInput {
  response: Record<string, unknown>;
  upstream: string | undefined;
  headers: Record<string, string>;
}

function input(): CeilingInput {
  return {
    response: JSON.parse(process.env['CEILING_RESPONSE'] ?? '{}') as Record<string, unknown>,
    upstream: process.env['CEILING_UPSTREAM'],
    headers: JSON.parse(process.env['CEILING_UPSTREAM_HEADERS'] ?? '{}') as Record<string, string>,
  };
}

/** Bare Apollo Server on Parley's SDL with default resolvers: `conversation` answers what Parley answered. */
async function startApollo(conversation: () => Promise<unknown>): Promise<ApolloServer> {
  const sdl = readFileSync(join(__dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8');
  const apollo = new ApolloServer({ schema: buildSchema(sdl), rootValue: { conversation }, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  return apollo;
}

function ready(server: http.Server, path: string): void {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`READY http://127.0.0.1:${port}${path}`);
}

/**
 * `ceiling` (from memory) and `ceiling-fetch` (+ one fetch with Parley's client), both on Parley's
 * own HTTP front (src/server: capped JSON body, then Apollo), so the ratio isolates Parley's resolvers.
 */
export async function startStackCeiling(kind: 'ceiling' | 'ceiling-fetch'): Promise<void> {
  const { response, upstream, headers } = input();
  const client = ceilingClient(process.env);
  // The same keep-alive pool shape Parley's HttpClient hands node-fetch; undici ignores it.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const never = new AbortController().signal;
  const apollo = await startApollo(async () => {
    if (kind === 'ceiling-fetch' && upstream) {
      const res = await client.fetch(upstream, { method: 'GET', headers, redirect: 'manual', signal: never, agent: () => agent });
      JSON.parse(await res.text());
    }
    return response;
  });
  const handle = graphqlHttp(apollo, () => Promise.resolve({}));
  const server = http.createServer((req, res) => {
    void (async () => {
      const read = await readJsonBody(req, 100 * 1024);
      if ('problem' in read) throw new Error(read.problem);
      await handle(req, res, read.body);
    })().catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => ready(server, '/graphql'));
}

async function readText(req: http.IncomingMessage): Promise<string> {
  let text = '';
  req.setEncoding('utf8');
  for await (const chunk of req) text += chunk as string;
  return text;
}

/**
 * `ceiling-lean`: the cheapest Apollo the stack allows. node:http straight into
 * `executeHTTPGraphQLRequest` (no express), one keep-alive `http.get` + JSON.parse per operation.
 */
export async function startLeanCeiling(): Promise<void> {
  const { response, upstream, headers } = input();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const url = upstream ? new URL(upstream) : undefined;
  const apollo = await startApollo(async () => {
    if (url) await getJson({ hostname: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers, agent });
    return response;
  });
  const server = http.createServer((req, res) => {
    void (async () => {
      const text = await readText(req);
      const requestHeaders = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) requestHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'POST', headers: requestHeaders, search: '', body: text ? (JSON.parse(text) as unknown) : undefined },
        context: () => Promise.resolve({}),
      });
      res.statusCode = result.status ?? 200;
      for (const [name, value] of result.headers) res.setHeader(name, value);
      if (result.body.kind === 'complete') res.end(result.body.string);
      else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    })().catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => ready(server, '/graphql'));
}
