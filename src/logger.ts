import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs on stdout (pino: structured, fast, the Node default for services). Credentials
 * are redacted by path in case a header object is ever logged by mistake.
 */
export function createLogger(level = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  return pino({
    level,
    base: { service: 'parley' },
    redact: { paths: ['*.authorization', '*.Authorization', '*["x-key"]', '*.token', '*.secret'], censor: '[redacted]' },
  });
}

export const silentLogger: Logger = pino({ level: 'silent' });
