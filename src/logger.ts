import { pino, type Logger } from 'pino';
import { ConfigError } from './config-error';
import { readOptional, type Env } from './kit/env';

export type { Logger };

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
 * JSON logs on stdout (pino: structured, fast, the Node default for services). Credentials
 * are redacted by path in case a header object is ever logged by mistake.
 */
export function createLogger(env: Env = process.env): Logger {
  return pino({
    level: readLogLevel(env),
    base: { service: 'parley' },
    redact: { paths: ['*.authorization', '*.Authorization', '*["x-key"]', '*.token', '*.secret'], censor: '[redacted]' },
  });
}

export const silentLogger: Logger = pino({ level: 'silent' });
