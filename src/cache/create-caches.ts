import type { Logger } from '../logger';
import type { CacheConfig } from './cache-config';
import { MemoryStore } from './memory-store';
import { RedisStore } from './redis-store';
import type { CacheStore } from './store';
import { UpstreamCache } from './upstream-cache';

export interface Caches {
  /** Redis when PARLEY_REDIS_URL is set, else this process's bounded memory: APQ (server `cache`) and upstream answers. */
  readonly store: CacheStore;
  /** For ConnectOptions.cache; undefined when PARLEY_UPSTREAM_CACHE_TTL_S is 0. */
  readonly upstream: UpstreamCache | undefined;
  close(): Promise<void>;
}

export interface CacheDeps {
  logger?: Logger;
  /** Wall clock of freshness decisions (tests share one between replicas and move it). */
  now?: () => number;
  /** Bound of the in-memory store (default 64 MiB). */
  memoryBytes?: number;
}

/** The store and the upstream cache the configuration asks for. Connecting to Redis happens in the background. */
export function createCaches(config: CacheConfig, deps: CacheDeps = {}): Caches {
  const store: CacheStore = config.redisUrl
    ? new RedisStore({ url: config.redisUrl, timeoutMs: config.redisTimeoutMs, ...(deps.logger ? { logger: deps.logger } : {}) })
    : new MemoryStore(deps.memoryBytes, deps.now);
  const upstream = config.upstreamTtlSeconds > 0
    ? new UpstreamCache({ store, defaultTtlSeconds: config.upstreamTtlSeconds, staleSeconds: config.upstreamStaleSeconds, ...(deps.now ? { now: deps.now } : {}) })
    : undefined;
  return { store, upstream, close: () => store.close() };
}
