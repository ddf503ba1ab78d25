import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** Extra, client-safe facts an error may carry. Never put URLs with secrets or bodies here. */
export interface ErrorDetails {
  /** Provider slug (`helpscout`, …) when an upstream is involved. */
  provider?: string;
  /** Upstream HTTP status, when there was one. */
  httpStatus?: number;
  /** Seconds to wait before retrying (RATE_LIMITED). */
  retryAfter?: number;
  /** Provider's own error reference (Help Scout `logRef`, Layer error `id`), safe to show. */
  upstreamRef?: string;
  /** COST_ESTIMATED_TOO_EXPENSIVE: the operation's estimate and the limit it exceeded. */
  estimatedCost?: number;
  maxCost?: number;
}

/**
 * The only error class resolvers and layers throw on purpose. Anything else reaching the
 * client is masked as INTERNAL_SERVER_ERROR by the error formatter.
 */
export class ParleyError extends GraphQLError {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    const extensions: Record<string, unknown> = { code };
    for (const [key, value] of Object.entries(details)) {
      if (value !== undefined) extensions[key] = value;
    }
    super(message, { extensions });
    this.name = 'ParleyError';
    this.code = code;
    this.details = details;
  }
}

export function badUserInput(message: string, provider?: string): ParleyError {
  return new ParleyError(ErrorCode.BAD_USER_INPUT, message, { provider });
}

export function badResponse(provider: string, message: string): ParleyError {
  return new ParleyError(
    ErrorCode.PROVIDER_BAD_RESPONSE,
    `${provider} answered with data Parley cannot read: ${message}`,
    { provider },
  );
}

export function unsupported(provider: string, message: string): ParleyError {
  return new ParleyError(ErrorCode.UNSUPPORTED, message, { provider });
}

export function linkRejected(provider: string, reason: string): ParleyError {
  return new ParleyError(
    ErrorCode.LINK_REJECTED,
    `A link in ${provider}'s response was not followed: ${reason}`,
    { provider },
  );
}

/**
 * Sets the HTTP status Apollo answers with when this error stops a request before execution
 * (Apollo reads `extensions.http`; the error formatter never shows it to clients).
 */
export function withHttpStatus<E extends GraphQLError>(error: E, status: number): E {
  error.extensions['http'] = { status };
  return error;
}

export function isParleyError(error: unknown): error is ParleyError {
  return error instanceof ParleyError;
}

/** Normalises anything thrown into an Error, so DataLoader slots always hold an Error. */
export function toError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
