import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { readOptional, type Env } from '../kit/env';

/** A started tracing SDK: flush and stop it on shutdown. */
export interface Tracing {
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** Span processors to use instead of the exporters the OTEL_* variables name (tests: an in-memory exporter). */
  spanProcessors?: SpanProcessor[];
}

/**
 * Tracing is on when the standard variables ask for an exporter: `OTEL_TRACES_EXPORTER` (other
 * than `none`), or an OTLP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT` or its `_TRACES_` form).
 * `OTEL_SDK_DISABLED=true` wins over both. Nothing else turns it on, so a default start makes no
 * connection to a collector that is not there.
 */
export function tracingRequested(env: Env): boolean {
  if (readOptional(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true') return false;
  const exporters = readOptional(env, 'OTEL_TRACES_EXPORTER');
  if (exporters !== undefined) return exporters.split(',').some((name) => name.trim() !== 'none');
  return readOptional(env, 'OTEL_EXPORTER_OTLP_ENDPOINT') !== undefined || readOptional(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT') !== undefined;
}

/**
 * Starts the OpenTelemetry Node SDK for traces only, configured by the standard OTEL_* variables
 * (exporter, endpoint, protocol, headers, sampler, resource attributes), when they ask for it;
 * otherwise starts nothing and returns undefined: the API stays the no-op it is by default, so
 * spans cost a non-recording object and no `traceparent` is sent anywhere.
 *
 * Parley's spans are made by hand (the GraphQL operation, every upstream exchange), so no
 * auto-instrumentation is loaded and this may run after the other imports. The SDK's own metrics
 * and logs pipelines stay off (metrics are Prometheus, logs are pino on stdout), or it would
 * push to a default OTLP endpoint. Unless `OTEL_PROPAGATORS` says otherwise only W3C trace
 * context is propagated: baggage from a client is not forwarded to third-party APIs.
 */
export function startTracing(env: Env = process.env, options: TracingOptions = {}): Tracing | undefined {
  const disabled = readOptional(env, 'OTEL_SDK_DISABLED')?.toLowerCase() === 'true';
  if (disabled || (!options.spanProcessors && !tracingRequested(env))) return undefined;
  const sdk = new NodeSDK({
    ...(readOptional(env, 'OTEL_SERVICE_NAME') === undefined ? { serviceName: 'parley' } : {}),
    ...(readOptional(env, 'OTEL_PROPAGATORS') === undefined ? { textMapPropagator: new W3CTraceContextPropagator() } : {}),
    ...(options.spanProcessors ? { spanProcessors: options.spanProcessors } : {}),
    instrumentations: [],
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
