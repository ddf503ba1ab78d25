import type { HeaderReader } from '../http/status-error';

/** What an upstream's `Cache-Control` allows, as far as Parley's per-credential cache reads it. */
export interface CachePolicy {
  /** `no-store`: never written. */
  noStore: boolean;
  /** Seconds the answer is fresh: max-age (0 for `no-cache`), or undefined when the upstream says nothing. */
  maxAge?: number;
}

/**
 * Reads `Cache-Control`. `private` needs nothing: every entry belongs to one credential.
 * `s-maxage` is for caches shared between users, which this one is not. A max-age that is not
 * a whole number makes the answer stale at once (RFC 9111 §4.2.1).
 */
export function readCacheControl(value: string | null): CachePolicy {
  const policy: CachePolicy = { noStore: false };
  if (value === null) return policy;
  for (const directive of value.split(',')) {
    const [rawName = '', ...rest] = directive.split('=');
    const name = rawName.trim().toLowerCase();
    const argument = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    if (name === 'no-store') policy.noStore = true;
    else if (name === 'no-cache') policy.maxAge = 0;
    else if (name === 'max-age' && policy.maxAge === undefined) policy.maxAge = /^\d+$/.test(argument) ? Number(argument) : 0;
  }
  return policy;
}

/** Longest freshness Parley grants, whatever an upstream says: a day. */
export const MAX_FRESH_SECONDS = 86_400;

/**
 * Seconds an answer stays fresh from now: the upstream's max-age minus the `Age` it already
 * has, or `defaultSeconds` (PARLEY_UPSTREAM_CACHE_TTL_S) when it sends no max-age; at most a day.
 */
export function freshSeconds(headers: HeaderReader, policy: CachePolicy, defaultSeconds: number): number {
  if (policy.maxAge === undefined) return Math.min(defaultSeconds, MAX_FRESH_SECONDS);
  const age = Number(headers.get('age') ?? '0');
  return Math.max(0, Math.min(policy.maxAge - (Number.isFinite(age) && age > 0 ? age : 0), MAX_FRESH_SECONDS));
}
