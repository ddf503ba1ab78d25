import type { ApolloServerPlugin } from '@apollo/server';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { Context } from '../context';
import type { ParleyMetrics } from './metrics';

/**
 * Per operation: counts it by name and outcome with its duration (metrics), and names the
 * request's server span after the operation (`query ConversationCommon`) with its outcome, error
 * codes and upstream request count. The span is the one `traceRequests` made active; with tracing
 * off there is none and only the two metric calls remain.
 */
export function operationPlugin(metrics: ParleyMetrics): ApolloServerPlugin<Context> {
  return {
    requestDidStart({ contextValue }) {
      const started = performance.now();
      const span = trace.getActiveSpan();
      const traced = span?.isRecording() === true ? span : undefined;
      return Promise.resolve({
        didResolveOperation({ operation, operationName }) {
          if (!operation) return Promise.resolve();
          const type = operation.operation;
          traced?.updateName(operationName ? `${type} ${operationName}` : type);
          traced?.setAttributes({ 'graphql.operation.type': type, ...(operationName ? { 'graphql.operation.name': operationName } : {}) });
          return Promise.resolve();
        },
        willSendResponse({ operation, operationName, errors }) {
          const outcome = errors && errors.length > 0 ? 'error' : 'success';
          // No operation: the document did not parse or validate, or named no operation it holds.
          metrics.operation(operation !== undefined, operationName, outcome, (performance.now() - started) / 1000);
          if (traced) {
            traced.setAttribute('parley.upstream_requests', contextValue.stats.upstreamRequests);
            if (errors && errors.length > 0) {
              const codes = [...new Set(errors.map((e) => {
                const code = e.extensions['code'];
                return typeof code === 'string' ? code : 'UNKNOWN';
              }))];
              traced.setAttribute('parley.error_codes', codes);
              traced.setStatus({ code: SpanStatusCode.ERROR });
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}
