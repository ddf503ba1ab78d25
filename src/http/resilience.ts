import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley-error';
import type { RetryOptions } from './http-client';

export const DEFAULT_RETRY: Required<RetryOptions> = {
  maxRetries: 2,
  baseDelayMs: 100,
  maxDelayMs: 2000,
  budgetRatio: 0.2,
  budgetWindowMs: 10_000,
  budgetMinPerSecond: 1,
};

/** Errors that mean the operation ended (deadline, client gone), not that the provider failed. */
export const callerEnded = new WeakSet<object>();

const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/**
 * Worth another attempt: a network error (no HTTP status) or 429/502/503/504. Not a timeout of
 * the attempt (the deadline would be spent waiting again), not a 429 whose Retry-After is too
 * long to sit out (the rate gate answers those), not Parley's own fast failures (open breaker,
 * full bulkhead, which carry retryAfter and no status).
 */
export function isRetryable(error: unknown, maxRetryAfterMs: number): boolean {
  if (!(error instanceof ParleyError) || callerEnded.has(error)) return false;
  const { httpStatus, retryAfter } = error.details;
  if (httpStatus === undefined) return error.code === ErrorCode.PROVIDER_UNAVAILABLE && retryAfter === undefined;
  if (httpStatus === 429 && retryAfter !== undefined) return retryAfter * 1000 <= maxRetryAfterMs;
  return RETRY_STATUSES.has(httpStatus);
}

/**
 * What counts against the breaker: the provider could not be reached, timed out, or answered
 * 5xx. A 4xx (including 429, which the rate gate handles), an unreadable body and the caller's
 * own deadline or disconnect do not.
 */
export function isBreakerFailure(error: Error): boolean {
  if (!(error instanceof ParleyError) || callerEnded.has(error)) return false;
  const { httpStatus, retryAfter } = error.details;
  if (httpStatus !== undefined) return httpStatus >= 500;
  if (error.code === ErrorCode.PROVIDER_TIMEOUT) return true;
  return error.code === ErrorCode.PROVIDER_UNAVAILABLE && retryAfter === undefined;
}
