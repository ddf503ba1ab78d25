/**
 * What a cache layer reports, for metrics (`parley_cache_*`) and spans. The cache layers emit
 * these and never depend on the metrics code, so a cache works the same with metrics off.
 */
export interface CacheEvent {
  /** upstream: provider responses; apq: persisted queries; response: whole GraphQL responses. */
  layer: 'upstream' | 'apq' | 'response';
  /** Provider slug, for the upstream layer. */
  provider?: string;
  /**
   * hit: served from the cache; miss: not there (or expired without validators); revalidated: a
   * stale entry confirmed by a 304; error: the cache store failed or timed out (counted as a miss,
   * never a failed query); store: an entry was written.
   */
  result: 'hit' | 'miss' | 'revalidated' | 'error' | 'store';
}

export type CacheEventListener = (event: CacheEvent) => void;
