import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gateway } from '../gateway';
import type { Logger } from '../logger';
import { METRICS_PATH } from '../observability/metrics-endpoint';
import { assignRequestId } from '../observability/request-id';
import type { ServerTelemetry } from '../observability/server-telemetry';
import { traceRequest } from '../observability/trace-requests';
import { applyCors, type CorsPolicy } from './cors';
import { failInternally, notFound, refuseBody } from './http-errors';
import { isGetOrHead, isRoute, isUnder, pathOf, sendJson } from './http-io';
import type { RouteHandler } from './ide';
import { readJsonBody } from './json-body';
import { readiness } from './readiness';

export interface RouterOptions {
  gateway: Gateway;
  logger: Logger;
  telemetry: ServerTelemetry;
  cors: CorsPolicy;
  /** The IDE's page and assets (src/server/ide.ts); matches nothing when the IDE is not GraphiQL. */
  ide: (req: IncomingMessage, path: string) => RouteHandler | undefined;
  /** Apollo, given the parsed body. */
  graphql: (req: IncomingMessage, res: ServerResponse, body: unknown) => Promise<void>;
  isDraining: () => boolean;
  bodyLimit: { bytes: number; label: string };
}

/**
 * Parley's few routes on plain `node:http`, in the order express ran them: request id on every
 * response; `/metrics` (unless it has its own port), `/health` and `/ready` for GET and HEAD;
 * CORS under `/graphql`; the IDE; GraphQL under `/graphql` (body read with a byte cap, then
 * traced); a JSON 404 for anything else. Paths match case-insensitively, with or without a
 * trailing slash, as express's did. Taking express out cut a single-conversation operation's
 * CPU to about 0.6× (issue 12, docs/benchmarks.md) for routing this little.
 */
export function createRouter(options: RouterOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { gateway, logger, telemetry, cors, ide, graphql, isDraining, bodyLimit } = options;

  const health: RouteHandler = (req, res) => {
    sendJson(req, res, 200, { status: 'ok', providers: gateway.runtimes.map((r) => ({ name: r.adapter.identity.name, mode: r.mode })) });
  };
  const ready: RouteHandler = (req, res) => {
    const answer = readiness(gateway, isDraining());
    sendJson(req, res, answer.status, answer.body);
  };
  const graphqlRoute: RouteHandler = async (req, res) => {
    const read = await readJsonBody(req, bodyLimit.bytes);
    if ('problem' in read) {
      refuseBody(logger, req, res, read.problem, bodyLimit.label);
      return;
    }
    await traceRequest('/graphql', req, res, () => graphql(req, res, read.body));
  };
  const metrics: RouteHandler = (req, res) => telemetry.serve(req, res);

  function route(req: IncomingMessage, res: ServerResponse, path: string): RouteHandler | undefined {
    if (isGetOrHead(req)) {
      if (telemetry.onGraphqlPort && isRoute(path, METRICS_PATH)) return metrics;
      if (isRoute(path, '/health')) return health;
      if (isRoute(path, '/ready')) return ready;
    }
    const underGraphql = isUnder(path, '/graphql');
    // A preflight is answered by CORS itself.
    if (underGraphql && applyCors(cors, req, res)) return () => undefined;
    const page = ide(req, path);
    if (page) return page;
    return underGraphql ? graphqlRoute : undefined;
  }

  return (req, res) => {
    assignRequestId(req, res);
    try {
      const handler = route(req, res, pathOf(req)) ?? notFound;
      const done = handler(req, res);
      if (done) done.catch((error: unknown) => failInternally(logger, req, res, error));
    } catch (error) {
      failInternally(logger, req, res, error);
    }
  };
}
