import type { CacheEvent, CacheEventListener } from './cache-event';
import { KEY_PREFIX, type CacheStore } from './store';

/**
 * Apollo Server's `KeyValueCache<string>` (@apollo/utils.keyvaluecache), spelled out here so
 * that Parley depends on the shape rather than on a package it does not install itself.
 */
export interface StringKeyValueCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/**
 * Lifetime of an entry Apollo stores without a TTL (persisted queries): a day. Redis would
 * otherwise keep every document ever registered; a client whose hash expired registers it again
 * (the APQ protocol's PERSISTED_QUERY_NOT_FOUND round trip).
 */
export const DEFAULT_APOLLO_TTL_SECONDS = 86_400;

/** Apollo prefixes its keys per feature: `apq:` for persisted queries, `fqc:` for the response cache plugin. */
function layerOf(key: string): CacheEvent['layer'] | undefined {
  if (key.startsWith('apq:')) return 'apq';
  if (key.startsWith('fqc:')) return 'response';
  return undefined;
}

/**
 * Apollo Server's `cache` on a Parley store: persisted queries (and the response cache plugin)
 * shared by every replica that uses the same Redis. It never rejects: a store failure is a miss
 * (Apollo then answers PERSISTED_QUERY_NOT_FOUND and the client sends the document again) and
 * an 'error' event.
 */
export function apolloCache(store: CacheStore, emit?: CacheEventListener): StringKeyValueCache {
  const report = (key: string, result: CacheEvent['result']): void => {
    const layer = layerOf(key);
    if (layer) emit?.({ layer, result });
  };
  return {
    async get(key) {
      try {
        const value = await store.get(KEY_PREFIX + key);
        report(key, value === undefined ? 'miss' : 'hit');
        return value;
      } catch {
        report(key, 'error');
        return undefined;
      }
    },
    async set(key, value, options) {
      // As in Apollo's own InMemoryLRUCache, no TTL (undefined, null or 0) means "no expiry of its own".
      const ttl = options?.ttl && options.ttl > 0 ? Math.min(options.ttl, DEFAULT_APOLLO_TTL_SECONDS) : DEFAULT_APOLLO_TTL_SECONDS;
      try {
        await store.set(KEY_PREFIX + key, value, ttl);
        report(key, 'store');
      } catch {
        report(key, 'error');
      }
    },
    async delete(key) {
      try {
        await store.delete(KEY_PREFIX + key);
        return true;
      } catch {
        report(key, 'error');
        return false;
      }
    },
  };
}
