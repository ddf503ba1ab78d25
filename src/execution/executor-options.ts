import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../logger';
import type { ExecutorKind } from '../server/settings';
import { jitGateway } from './jit-gateway';

type ExecutionOptions = { schema: GraphQLSchema } | { gateway: ReturnType<typeof jitGateway> };

/**
 * How ApolloServer gets its schema: directly (graphql-js executes), or through the jit "gateway"
 * (compiled queries, graphql-js whenever a result has errors or a plugin needs per-field hooks).
 * Apollo accepts one or the other, never both.
 */
export function executionOptions(kind: ExecutorKind, schema: GraphQLSchema, logger: Logger): ExecutionOptions {
  if (kind === 'graphql-js') {
    logger.info({ executor: kind }, 'operation executor: graphql-js');
    return { schema };
  }
  logger.info({ executor: kind }, 'operation executor: compiled queries (graphql-jit), graphql-js on errors, traces and introspection');
  // Debug only: a fallback is expected on every operation with a field error.
  return { gateway: jitGateway(schema, { onFallback: (reason) => logger.debug({ executorFallback: reason }, 'operation ran on graphql-js') }) };
}
