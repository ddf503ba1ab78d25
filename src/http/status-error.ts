import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley-error';

export interface HeaderReader {
  get(name: string): string | null;
}

/** Retry-After as seconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); Help Scout's own header too. */
export function retryAfterSeconds(headers: HeaderReader, now = Date.now()): number | undefined {
  const raw = headers.get('retry-after') ?? headers.get('x-ratelimit-retry-after');
  if (raw === null) return undefined;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim());
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The one place an upstream HTTP status becomes a Parley error. Messages name the provider and
 * the status, never the URL (it may carry ids or secrets the client did not send).
 */
export function statusError(provider: string, status: number, headers: HeaderReader, upstreamRef?: string): ParleyError {
  const details = { provider, httpStatus: status, upstreamRef };
  switch (status) {
    case 401:
      return new ParleyError(ErrorCode.UNAUTHENTICATED, `${provider} refused Parley's credentials (HTTP 401)`, details);
    case 403:
      return new ParleyError(ErrorCode.FORBIDDEN, `${provider} denied access to this resource (HTTP 403)`, details);
    case 404:
      return new ParleyError(ErrorCode.NOT_FOUND, `${provider} has no such resource (HTTP 404)`, details);
    case 410:
      return new ParleyError(ErrorCode.GONE, `${provider} says the resource was deleted (HTTP 410)`, details);
    case 429:
      return new ParleyError(ErrorCode.RATE_LIMITED, `${provider} rate limit reached (HTTP 429)`, {
        ...details,
        retryAfter: retryAfterSeconds(headers),
      });
    case 408:
    case 504:
      return new ParleyError(ErrorCode.PROVIDER_TIMEOUT, `${provider} timed out (HTTP ${status})`, details);
    default:
      if (status >= 500) {
        return new ParleyError(ErrorCode.PROVIDER_UNAVAILABLE, `${provider} is unavailable (HTTP ${status})`, details);
      }
      // Other 4xx (400, 406, 409, 422…) mean the provider refused a request Parley built; the
      // caller cannot fix that, so it is reported as the provider being unusable for it.
      return new ParleyError(ErrorCode.PROVIDER_UNAVAILABLE, `${provider} rejected the request (HTTP ${status})`, details);
  }
}
