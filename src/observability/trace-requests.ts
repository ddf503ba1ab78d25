import { context, isSpanContextValid, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type SpanOptions } from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { requestIdOf } from './request-id';

const tracer = trace.getTracer('parley');
const SERVER: SpanOptions = { kind: SpanKind.SERVER };

/**
 * The server span of a GraphQL request, continuing the client's `traceparent` when it sent one,
 * made active for everything the request does: the operation plugin names it after the operation,
 * each upstream exchange is its child (src/http/upstream-span.ts), and log lines carry its trace
 * id. Called after the body is read: the request's body events run outside any context, and
 * whatever `next` starts inherits this one through async_hooks.
 *
 * While tracing is off the extracted context is empty and the span a non-recording no-op: the
 * request goes on untouched.
 */
export function traceRequest<T>(route: string, req: IncomingMessage, res: ServerResponse, next: () => T): T {
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const method = req.method ?? 'GET';
  const span = tracer.startSpan(`${method} ${route}`, SERVER, parent);
  if (!span.isRecording() && !isSpanContextValid(span.spanContext())) return next();
  if (span.isRecording()) {
    span.setAttributes({
      'http.request.method': method,
      'http.route': route,
      'url.path': route,
      'url.scheme': (req.socket as Partial<TLSSocket>).encrypted === true ? 'https' : 'http',
    });
    const requestId = requestIdOf(res);
    if (requestId !== undefined) span.setAttribute('parley.request_id', requestId);
  }
  // 'close' follows every response, complete or not.
  res.once('close', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    if (!res.writableFinished) span.setAttribute('error.type', 'client_disconnected');
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  return context.with(trace.setSpan(parent, span), next);
}
