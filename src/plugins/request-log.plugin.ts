import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/**
 * One log line per operation: name, duration, upstream requests sent, error codes. Enough to
 * see progress and timing without a tracing stack; resolver errors are logged where they end.
 * With `info` off the operation gets no listener at all: no clock read, no line object, no
 * child logger.
 */
export function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart({ contextValue }) {
      if (!contextValue.logsAt('info')) return Promise.resolve();
      const started = performance.now();
      return Promise.resolve({
        willSendResponse({ operationName, errors }) {
          contextValue.logger.info(
            {
              operation: operationName ?? '(anonymous)',
              ms: Math.round((performance.now() - started) * 10) / 10,
              upstreamRequests: contextValue.stats.upstreamRequests,
              errors: errors?.map((e) => e.extensions['code'] ?? 'UNKNOWN'),
            },
            'graphql operation',
          );
          return Promise.resolve();
        },
      });
    },
  };
}
