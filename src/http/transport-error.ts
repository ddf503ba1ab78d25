import { ErrorCode } from '../errors/error-codes';
import { ParleyError, badResponse } from '../errors/parley-error';

/** What the error mapping needs to know about the client that failed. */
export interface TransportLimits {
  provider: string;
  timeoutMs: number;
  maxBytes: number;
}

export function timeoutError(limits: TransportLimits): ParleyError {
  return new ParleyError(ErrorCode.PROVIDER_TIMEOUT, `${limits.provider} did not answer within ${limits.timeoutMs} ms`, {
    provider: limits.provider,
  });
}

export function tooLarge(limits: TransportLimits): ParleyError {
  return badResponse(limits.provider, `body larger than ${limits.maxBytes} bytes`);
}

/**
 * A failure of the fetch implementation (no response, or a body that could not be read) as a
 * Parley error. node-fetch and undici name aborts, timeouts and the size cap differently; both
 * spellings are read here, and nothing of the original message (it may hold the URL) is kept.
 */
export function transportError(limits: TransportLimits, error: unknown): ParleyError {
  if (error instanceof ParleyError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
  if (name === 'TimeoutError' || name === 'AbortError' || type === 'aborted' || type === 'body-timeout') return timeoutError(limits);
  if (type === 'max-size') return tooLarge(limits);
  return new ParleyError(ErrorCode.PROVIDER_UNAVAILABLE, `${limits.provider} could not be reached`, { provider: limits.provider });
}
