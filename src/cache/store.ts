/**
 * Where cached strings live: Redis shared by every replica, or a bounded map in this process.
 * Methods may reject (Redis down, slow or refusing); the layers above turn every rejection into
 * a miss and a CacheEvent, so no caller ever waits on or fails because of the store.
 */
export interface CacheStore {
  readonly kind: 'memory' | 'redis';
  get(key: string): Promise<string | undefined>;
  /** Stores `value` for `ttlSeconds` (a whole number of seconds, at least 1). */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Resolves true once the store can answer, false if it cannot within `timeoutMs` (it keeps trying). */
  ready(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Every key Parley writes starts with this, so a Redis shared with other software stays apart. */
export const KEY_PREFIX = 'parley:';
