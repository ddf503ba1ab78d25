import { ConfigError } from '../config-error';
import { readOptional, readWhole, type Env } from '../kit/env';

/** The shared cache's settings (README, "Operating Parley"). */
export interface CacheConfig {
  /** PARLEY_REDIS_URL; unset: a bounded in-memory store in this process, with the same behaviour. */
  redisUrl?: string;
  /** PARLEY_REDIS_TIMEOUT_MS: longest wait for one Redis command; past it, the lookup is a miss. */
  redisTimeoutMs: number;
  /** PARLEY_UPSTREAM_CACHE_TTL_S: lifetime of an upstream answer without its own max-age; 0 turns the upstream cache off. */
  upstreamTtlSeconds: number;
  /** PARLEY_UPSTREAM_CACHE_STALE_S: how long an expired entry with an ETag or Last-Modified is kept for revalidation. */
  upstreamStaleSeconds: number;
}

export const CACHE_DEFAULTS: Omit<CacheConfig, 'redisUrl'> = { redisTimeoutMs: 100, upstreamTtlSeconds: 5, upstreamStaleSeconds: 600 };

export const CACHE_ENV = {
  redisUrl: 'PARLEY_REDIS_URL',
  redisTimeoutMs: 'PARLEY_REDIS_TIMEOUT_MS',
  upstreamTtlSeconds: 'PARLEY_UPSTREAM_CACHE_TTL_S',
  upstreamStaleSeconds: 'PARLEY_UPSTREAM_CACHE_STALE_S',
} as const;

/**
 * `redis://[user:password@]host[:port][/db]` or `rediss://` (TLS). Checked here so a typo stops
 * start-up instead of leaving every replica on misses; the message never quotes the value,
 * which usually holds a password.
 */
function readRedisUrl(env: Env): string | undefined {
  const name = CACHE_ENV.redisUrl;
  const raw = readOptional(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL (expected redis://host:6379 or rediss://host:6380)');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new ConfigError(name, 'must use redis: or rediss:');
  if (url.hostname === '') throw new ConfigError(name, 'has no host');
  if (url.pathname !== '' && url.pathname !== '/' && !/^\/\d{1,2}$/.test(url.pathname)) {
    throw new ConfigError(name, 'may name a database by number only (redis://host:6379/0)');
  }
  if (url.search !== '' || url.hash !== '') throw new ConfigError(name, 'must not contain a query string or fragment');
  return raw;
}

export function readCacheConfig(env: Env): CacheConfig {
  const redisUrl = readRedisUrl(env);
  return {
    ...(redisUrl === undefined ? {} : { redisUrl }),
    redisTimeoutMs: readWhole(env, CACHE_ENV.redisTimeoutMs, CACHE_DEFAULTS.redisTimeoutMs, 5, 10_000),
    upstreamTtlSeconds: readWhole(env, CACHE_ENV.upstreamTtlSeconds, CACHE_DEFAULTS.upstreamTtlSeconds, 0, 86_400),
    upstreamStaleSeconds: readWhole(env, CACHE_ENV.upstreamStaleSeconds, CACHE_DEFAULTS.upstreamStaleSeconds, 0, 604_800),
  };
}
