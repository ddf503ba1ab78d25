import { propagation, trace } from '@opentelemetry/api';
import { startTracing, tracingRequested } from '../../src/observability/tracing';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { startHarness } from '../support/harness';

/** Issue 11, item 1: tracing is off unless the OTEL_* variables ask for it, and then costs nothing and sends nothing. */

describe('tracing off', () => {
  it.each([
    [{}, false],
    [{ OTEL_SERVICE_NAME: 'parley' }, false],
    [{ OTEL_TRACES_EXPORTER: 'none' }, false],
    [{ OTEL_TRACES_EXPORTER: 'otlp' }, true],
    [{ OTEL_TRACES_EXPORTER: 'console,none' }, true],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }, true],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }, false],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'TRUE' }, false],
  ])('with %j tracing is requested: %s', (env, requested) => {
    expect(tracingRequested(env)).toBe(requested);
  });

  it('starts no SDK without OTEL_* variables, or when OTEL_SDK_DISABLED=true wins: no tracer provider, no propagator', () => {
    expect(startTracing({})).toBeUndefined();
    expect(startTracing({ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9/' })).toBeUndefined();
    const span = trace.getTracer('probe').startSpan('probe');
    expect(span.isRecording()).toBe(false);
    expect(span.spanContext().traceId).toBe('00000000000000000000000000000000');
    expect(propagation.fields()).toEqual([]);
  });

  it('forwards no traceparent upstream, even the one a client sent', async () => {
    const h = await startHarness({}, { adapters: [helpScoutAdapter] });
    try {
      const res = await fetch(h.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
        body: JSON.stringify({ query: '{ conversation(id: "helpscout:123") { ... on CommonConversation { id } } }' }),
      });
      expect(res.status).toBe(200);
      const [request] = h.simulator('helpscout').requests;
      expect(request?.path).toBe('/v2/conversations/123');
      expect(request?.headers).not.toHaveProperty('traceparent');
    } finally {
      await h.stop();
    }
  });
});
