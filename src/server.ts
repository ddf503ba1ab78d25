import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext } from 'graphql';
import { apolloCache } from './cache/apollo-cache';
import type { CacheStore } from './cache/store';
import { createContext, type Context, type ContextOptions } from './context';
import type { LoaderPolicy } from './loaders/create-loaders';
import { createErrorFormatter } from './errors/format-error';
import type { ParleyMetrics } from './observability/metrics';
import { operationPlugin } from './observability/operation.plugin';
import { requestIdOf } from './observability/request-id';
import { ServerTelemetry } from './observability/server-telemetry';
import type { Gateway } from './gateway';
import type { Env } from './kit/env';
import type { Logger } from './logger';
import { readResponseCacheSettings, responseCachePlugin } from './cache/response-cache';
import { cacheControlPlugins, type CacheHintMode, type CacheHintPolicy } from './plugins/cache-hints.plugin';
import { costLimitPlugin } from './plugins/cost-limit.plugin';
import { queriesOnlyPlugin } from './plugins/queries-only.plugin';
import { requestLogPlugin } from './plugins/request-log.plugin';
import { buildParleySchema } from './schema/build-schema';
import { describeCorsPolicy } from './server/cors';
import { graphqlHttp } from './server/graphql-http';
import { ideRoutes, landingPagePlugin } from './server/ide';
import { DEFAULT_COST_OPTIONS } from './server/operation-cost';
import { createRouter } from './server/router';
import { readServerSettings, type ServerSettings } from './server/settings';
import { studioServerOptions, type StudioTestOptions } from './server/studio';

export interface ServerDeps {
  gateway: Gateway;
  logger: Logger;
  /** Introspection on unless production (contract); Studio needs it in development. */
  production?: boolean;
  /** Only the benchmark's naive baseline changes this. */
  loaderPolicy?: LoaderPolicy;
  /** Deadline and upstream cap of each operation (PARLEY_OPERATION_TIMEOUT_MS, PARLEY_MAX_UPSTREAM_PER_OPERATION). */
  operation?: Pick<ContextOptions, 'operationTimeoutMs' | 'maxUpstreamRequests'>;
  /** Where PARLEY_MAX_OPERATION_COST and PARLEY_SHUTDOWN_GRACE_MS are read; process.env by default. */
  env?: Env;
  /**
   * Apollo's cache (persisted queries, shared by the replicas on one Redis), reporting to the
   * gateway's cache events; absent: Apollo's own bounded in-memory cache.
   */
  cache?: CacheStore;
  /** Tests only: Studio reports go to these loopback stand-ins, sent at once (never set in production). */
  studioTestEndpoints?: StudioTestOptions;
  /** Only the benchmark changes this, to measure what cache hints cost (docs/benchmarks.md). */
  cacheHints?: CacheHintMode;
  /** The credential a request forwards upstream; Parley forwards none today (see cache-hints.plugin.ts). */
  forwardedCredential?: CacheHintPolicy['forwardedCredential'];
}

export interface ParleyServer {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  settings: ServerSettings;
  /** This server's Prometheus registry and hooks (cache layers report through `onCacheEvent`). */
  metrics: ParleyMetrics;
  /** `/metrics` on its own port (PARLEY_METRICS_PORT) once listening; undefined when it is served on the GraphQL port. */
  readonly metricsUrl: URL | undefined;
  listen(port: number, host?: string): Promise<URL>;
  /** Stops accepting, lets in-flight requests finish within the grace period, then stops Apollo. */
  stop(): Promise<void>;
}

/** Request body cap: Parley's operations are small; a larger body is an attack or a mistake. */
const BODY_LIMIT = { bytes: 100 * 1024, label: '100 kB' };

/**
 * Query shape limits, checked before any resolver runs. The deepest useful shape (a listed
 * conversation's messages' sender's profile) is about 10 levels; introspection is exempt so
 * Studio keeps working.
 */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 2000, maxRecursiveSelections: 2000 } as const;

/**
 * Armor rules throw by default, which Apollo answers as a 500; reported through the validation
 * context they become ordinary 400 GRAPHQL_VALIDATION_FAILED errors.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** Aborts when the client goes away before its response is complete, so upstream work stops too. */
function clientGone(res: http.ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/** Builds the HTTP server (GraphQL at /graphql, GET /health, GET /ready) without listening. */
export async function createServer(deps: ServerDeps): Promise<ParleyServer> {
  const { gateway, logger, production = process.env['NODE_ENV'] === 'production' } = deps;
  const settings = readServerSettings(deps.env ?? process.env, production);
  const responseCache = readResponseCacheSettings(deps.env ?? process.env);
  const cacheHints: CacheHintPolicy = { ...responseCache, ...(deps.forwardedCredential ? { forwardedCredential: deps.forwardedCredential } : {}) };
  let draining = false;
  // The router is attached once Apollo has started; nothing is listening before then.
  const httpServer = http.createServer();
  const telemetry = new ServerTelemetry(gateway, deps.env ?? process.env);
  const schema = await buildParleySchema({ relayNode: settings.relayNode });
  const studio = studioServerOptions(settings.studio, schema, logger, deps.studioTestEndpoints);
  logger.info({ ide: settings.ide, cors: describeCorsPolicy(settings.cors), studio: settings.studio?.graphRef ?? 'off' }, 'browser access and Studio reporting');
  const apollo = new ApolloServer<Context>({
    schema,
    apollo: studio.apollo,
    introspection: !production,
    ...(deps.cache ? { cache: apolloCache(deps.cache, gateway.events.hooks.onCacheEvent) } : {}),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    // Tokens are counted after comments are dropped, hence the body limit as well.
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    maxRecursiveSelections: QUERY_LIMITS.maxRecursiveSelections,
    validationRules: [
      maxDepthRule({ n: QUERY_LIMITS.maxDepth, exposeLimits: true, ...reportAsValidationError }),
      maxAliasesRule({ n: QUERY_LIMITS.maxAliases, exposeLimits: true, ...reportAsValidationError }),
    ],
    formatError: createErrorFormatter((error) => logger.error({ err: error }, 'unexpected error masked')),
    // The entry point owns signals: Apollo's own handler re-raises the signal after stopping,
    // so the process would end by signal instead of exiting 0.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: settings.shutdownGraceMs }),
      // Cache-Control hints per type, computed once per document (Apollo's per-field plugin stays off).
      ...cacheControlPlugins(cacheHints, deps.cacheHints),
      landingPagePlugin(settings.ide),
      ...studio.plugins,
      queriesOnlyPlugin(),
      costLimitPlugin({ maxCost: settings.maxOperationCost, cost: { ...DEFAULT_COST_OPTIONS, knownListSizes: { 'Query.providers': gateway.runtimes.length } } }),
      ...(responseCache.enabled ? [responseCachePlugin(gateway, cacheHints)] : []),
      requestLogPlugin(),
      operationPlugin(telemetry.metrics),
    ],
  });
  await apollo.start();

  const graphql = graphqlHttp(apollo, (_req, res) => {
    const context = createContext(gateway, logger, deps.loaderPolicy, {
      ...deps.operation, signal: clientGone(res), requestId: requestIdOf(res), onBatch: telemetry.metrics.onBatch,
    });
    // 'close' follows the end of every response, complete or not: the deadline timer goes with it.
    res.once('close', () => context.operation.dispose());
    return Promise.resolve(context);
  });
  const ide = ideRoutes(settings.ide, gateway.runtimes.map((runtime) => runtime.adapter));
  httpServer.on('request', createRouter({ gateway, logger, telemetry, cors: settings.cors, ide, graphql, isDraining: () => draining, bodyLimit: BODY_LIMIT }));

  return {
    apollo,
    httpServer,
    settings,
    metrics: telemetry.metrics,
    get metricsUrl() {
      return telemetry.metricsUrl;
    },
    async listen(port, host = '0.0.0.0') {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, resolve);
      });
      await telemetry.listen(host);
      const address = httpServer.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      return new URL(`http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/graphql`);
    },
    async stop() {
      draining = true;
      await apollo.stop();
      await telemetry.stop();
    },
  };
}
