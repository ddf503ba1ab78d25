import { context, INVALID_SPAN_CONTEXT, isSpanContextValid, propagation, SpanKind, SpanStatusCode, trace, type Span, type SpanOptions } from '@opentelemetry/api';
import type { CacheResult, FetchResponse } from './http-types';
import { routeTemplate } from './route-template';

// A ProxyTracer: the no-op tracer until an SDK registers a provider (src/observability/tracing.ts).
const tracer = trace.getTracer('parley.http');
const CLIENT: SpanOptions = { kind: SpanKind.CLIENT };

export interface UpstreamSpanStart {
  provider: string;
  method: string;
  url: URL;
  attempt: number;
}

/**
 * Starts the client span of one upstream exchange (a child of the active span, the GraphQL
 * operation's) and writes its `traceparent` into the outgoing `headers`. While tracing is off the
 * span is the API's non-recording no-op: no template is computed and no header is written.
 * Attributes follow the OpenTelemetry HTTP client conventions; the URL appears only as its path
 * template (src/http/route-template.ts) with the host, never with ids or the query.
 */
export function startUpstreamSpan(start: UpstreamSpanStart, headers: Record<string, string>): Span {
  const span = tracer.startSpan(start.method, CLIENT);
  if (span.isRecording()) {
    const template = routeTemplate(start.url.pathname);
    span.updateName(`${start.method} ${template}`);
    span.setAttributes({
      'http.request.method': start.method,
      'url.template': template,
      'url.scheme': start.url.protocol.slice(0, -1),
      'server.address': start.url.hostname,
      'server.port': Number(start.url.port) || (start.url.protocol === 'https:' ? 443 : 80),
      'parley.provider': start.provider,
      'parley.upstream.attempt': start.attempt,
    });
    if (start.attempt > 1) span.setAttribute('http.request.resend_count', start.attempt - 1);
  }
  // An unsampled trace still propagates (flags 00), so the upstream's own tracing stays joined.
  // With tracing off the no-op span carries the API's invalid context object itself: one comparison.
  const ids = span.spanContext();
  if (ids !== INVALID_SPAN_CONTEXT && isSpanContextValid(ids)) propagation.inject(trace.setSpan(context.active(), span), headers);
  return span;
}

/**
 * Records the response headers (status, cache part, error type) and ends the span once the body
 * is read, with its size: the wrapped `text()` is the one every caller already makes (a body left
 * unread would also hold its keep-alive socket). While the span does not record, `res` is
 * returned as it is.
 */
export function traceResponse(span: Span, res: FetchResponse, cache: CacheResult | undefined): FetchResponse {
  if (!span.isRecording()) {
    span.end();
    return res;
  }
  span.setAttribute('http.response.status_code', res.status);
  if (cache !== undefined) span.setAttribute('parley.cache.result', cache);
  if (res.status >= 400) {
    span.setAttribute('error.type', String(res.status));
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  return {
    status: res.status,
    headers: res.headers,
    text: () =>
      res.text().then(
        (text) => {
          span.setAttribute('http.response.body.size', Buffer.byteLength(text));
          span.end();
          return text;
        },
        (error: unknown) => {
          span.setAttribute('error.type', error instanceof Error ? error.name : 'body');
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
          throw error;
        },
      ),
  };
}

/** Ends the span of an exchange that got no response (network error, timeout): the Parley error code, no message (it could hold the URL). */
export function failUpstreamSpan(span: Span, code: string): void {
  if (span.isRecording()) {
    span.setAttribute('error.type', code);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/**
 * A request the upstream response cache answered: no exchange, so no `traceparent` goes anywhere,
 * but the trace still shows the resource the operation needed and that it cost no request.
 */
export function cacheHitSpan(provider: string, method: string, url: URL): void {
  const span = tracer.startSpan(method, CLIENT);
  if (span.isRecording()) {
    const template = routeTemplate(url.pathname);
    span.updateName(`${method} ${template}`);
    span.setAttributes({
      'http.request.method': method,
      'url.template': template,
      'server.address': url.hostname,
      'parley.provider': provider,
      'parley.cache.result': 'hit',
    });
  }
  span.end();
}
