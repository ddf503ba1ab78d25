import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import express from 'express';
import type { GraphQLError, ValidationContext } from 'graphql';
import { createContext, type Context } from './context';
import type { LoaderPolicy } from './loaders/create-loaders';
import { createErrorFormatter } from './errors/format-error';
import type { Gateway } from './gateway';
import type { Logger } from './logger';
import { requestLogPlugin } from './plugins/request-log.plugin';
import { buildParleySchema } from './schema/build-schema';

export interface ServerDeps {
  gateway: Gateway;
  logger: Logger;
  /** Introspection on unless production (contract); Studio needs it in development. */
  production?: boolean;
  /** Only the benchmark's naive baseline changes this. */
  loaderPolicy?: LoaderPolicy;
}

export interface ParleyServer {
  apollo: ApolloServer<Context>;
  app: express.Express;
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<URL>;
  stop(): Promise<void>;
}

/** Request body cap: Parley's operations are small; a larger body is an attack or a mistake. */
const BODY_LIMIT = '100kb';

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

/** Builds the HTTP server (GraphQL at /graphql, GET /health) without listening. */
export async function createServer(deps: ServerDeps): Promise<ParleyServer> {
  const { gateway, logger, production = process.env['NODE_ENV'] === 'production' } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every response body for an ETag; GraphQL POST answers are never revalidated.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildParleySchema(),
    introspection: !production,
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
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled(), requestLogPlugin()],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', providers: gateway.runtimes.map((r) => ({ name: r.adapter.identity.name, mode: r.mode })) });
  });
  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, { context: () => Promise.resolve(createContext(gateway, logger, deps.loaderPolicy)) }),
  );

  return {
    apollo,
    app,
    httpServer,
    async listen(port, host = '0.0.0.0') {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, resolve);
      });
      const address = httpServer.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      return new URL(`http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/graphql`);
    },
    async stop() {
      await apollo.stop();
    },
  };
}
