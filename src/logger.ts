import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import { ConfigError } from './config-error';
import { readOptional, type Env } from './kit/env';

export type { Level, Logger };

/** pino's levels, plus `silent`; anything else stops start-up. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/**
 * LOG_LEVEL, checked here rather than by pino: pino's own error quotes the value and comes with
 * a stack, where a configuration error names the variable and what it accepts.
 */
export function readLogLevel(env: Env): LogLevel {
  const raw = readOptional(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!isLogLevel(raw)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  return raw;
}

/**
 * The active span's ids, named as OpenTelemetry's pino instrumentation names them, so a log line
 * leads to its trace. Only when tracing is on and a request is being served: otherwise the API's
 * context is the empty root and this is one lookup. A new object every time: pino merges the
 * line's own fields into it.
 */
export function traceFields(): Record<string, string> {
  const span = trace.getSpan(context.active());
  const ids = span?.spanContext();
  if (!ids || !isSpanContextValid(ids)) return {};
  return { trace_id: ids.traceId, span_id: ids.spanId, trace_flags: ids.traceFlags.toString(16).padStart(2, '0') };
}

/**
 * JSON logs on stdout (pino: structured, fast, the Node default for services), or on
 * `destination` (tests). Credentials are redacted by path in case a header object is ever
 * logged by mistake.
 */
export function createLogger(env: Env = process.env, destination?: DestinationStream): Logger {
  const options = {
    level: readLogLevel(env),
    base: { service: 'parley' },
    redact: { paths: ['*.authorization', '*.Authorization', '*["x-key"]', '*.token', '*.secret'], censor: '[redacted]' },
    mixin: traceFields,
  };
  return destination ? pino(options, destination) : pino(options);
}

export const silentLogger: Logger = pino({ level: 'silent' });
