import { createLogger, type Logger } from '../../src/logger';

/** A real Parley logger (pino, with its trace mixin) whose JSON lines are kept for assertions. */
export function capturingLogger(level = 'info'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ LOG_LEVEL: level }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}
