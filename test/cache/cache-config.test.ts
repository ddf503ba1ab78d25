import { CACHE_DEFAULTS, readCacheConfig } from '../../src/cache/cache-config';
import { createCaches } from '../../src/cache/create-caches';
import { configErrorOf } from '../support/errors';

describe('readCacheConfig', () => {
  it('defaults to the in-memory store, a 100 ms Redis timeout, a 5 s upstream TTL and 10 minutes for revalidation', () => {
    expect(readCacheConfig({})).toEqual({ redisTimeoutMs: 100, upstreamTtlSeconds: 5, upstreamStaleSeconds: 600 });
    expect(CACHE_DEFAULTS.upstreamTtlSeconds).toBe(5);
  });

  it('reads a Redis URL with credentials and a database number', () => {
    const url = 'rediss://parley:s3cret-pass@cache.internal:6380/2';
    expect(readCacheConfig({ PARLEY_REDIS_URL: url, PARLEY_REDIS_TIMEOUT_MS: '50', PARLEY_UPSTREAM_CACHE_TTL_S: '0' })).toMatchObject({
      redisUrl: url, redisTimeoutMs: 50, upstreamTtlSeconds: 0,
    });
  });

  it.each([
    ['not a URL', 'redis://u:s3cret-pass@[cache.internal]:6379', 'PARLEY_REDIS_URL: is not a URL (expected redis://host:6379 or rediss://host:6380)'],
    ['another scheme', 'http://u:s3cret-pass@cache.internal:6379', 'PARLEY_REDIS_URL: must use redis: or rediss:'],
    ['a named database', 'redis://u:s3cret-pass@cache.internal:6379/sessions', 'PARLEY_REDIS_URL: may name a database by number only (redis://host:6379/0)'],
    ['a query string', 'redis://u:s3cret-pass@cache.internal:6379/0?password=x', 'PARLEY_REDIS_URL: must not contain a query string or fragment'],
  ])('refuses a Redis URL with %s, naming the variable and never its value', (_what, value, message) => {
    const error = configErrorOf(() => readCacheConfig({ PARLEY_REDIS_URL: value }));
    expect(error.message).toBe(message);
    expect(error.message).not.toContain('s3cret-pass');
  });

  it.each([
    ['PARLEY_REDIS_TIMEOUT_MS', '0', 'PARLEY_REDIS_TIMEOUT_MS: must be a whole number from 5 to 10000'],
    ['PARLEY_UPSTREAM_CACHE_TTL_S', '5s', 'PARLEY_UPSTREAM_CACHE_TTL_S: must be a whole number from 0 to 86400'],
    ['PARLEY_UPSTREAM_CACHE_STALE_S', '-1', 'PARLEY_UPSTREAM_CACHE_STALE_S: must be a whole number from 0 to 604800'],
  ])('refuses %s=%s naming the variable', (name, value, message) => {
    expect(configErrorOf(() => readCacheConfig({ [name]: value })).message).toBe(message);
  });
});

describe('createCaches', () => {
  it('builds no upstream cache when PARLEY_UPSTREAM_CACHE_TTL_S is 0, and the memory store without PARLEY_REDIS_URL', async () => {
    const off = createCaches(readCacheConfig({ PARLEY_UPSTREAM_CACHE_TTL_S: '0' }));
    expect(off.upstream).toBeUndefined();
    expect(off.store.kind).toBe('memory');
    await off.close();
    const on = createCaches(readCacheConfig({}));
    expect(on.upstream).toBeDefined();
    await on.close();
  });
});
