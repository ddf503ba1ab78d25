import { apolloCache, DEFAULT_APOLLO_TTL_SECONDS } from '../../src/cache/apollo-cache';
import type { CacheEvent } from '../../src/cache/cache-event';
import { MemoryStore } from '../../src/cache/memory-store';
import type { CacheStore } from '../../src/cache/store';
import { manualClock } from './replicas';

describe("Apollo's cache on a Parley store", () => {
  it('keeps a persisted query without a TTL of its own for a day, under the parley: prefix', async () => {
    const clock = manualClock();
    const store = new MemoryStore(1024 * 1024, clock.now);
    const events: CacheEvent[] = [];
    const cache = apolloCache(store, (e) => events.push(e));
    await cache.set('apq:abc', '{ a }');
    expect(await store.get('parley:apq:abc')).toBe('{ a }');
    clock.advance(DEFAULT_APOLLO_TTL_SECONDS - 1);
    expect(await cache.get('apq:abc')).toBe('{ a }');
    clock.advance(1);
    expect(await cache.get('apq:abc')).toBeUndefined();
    expect(events.map((e) => `${e.layer}:${e.result}`)).toEqual(['apq:store', 'apq:hit', 'apq:miss']);
  });

  it("reports the response cache plugin's keys as the response layer", async () => {
    const events: CacheEvent[] = [];
    await apolloCache(new MemoryStore(), (e) => events.push(e)).get('fqc:key');
    expect(events).toEqual([{ layer: 'response', result: 'miss' }]);
  });

  it('never rejects when the store fails: a miss for Apollo, an error event for the metrics', async () => {
    const failing: CacheStore = {
      kind: 'redis',
      get: () => Promise.reject(new Error('Command timed out')),
      set: () => Promise.reject(new Error('Command timed out')),
      delete: () => Promise.reject(new Error('Command timed out')),
      ready: () => Promise.resolve(false),
      close: () => Promise.resolve(),
    };
    const events: CacheEvent[] = [];
    const cache = apolloCache(failing, (e) => events.push(e));
    await expect(cache.get('apq:x')).resolves.toBeUndefined();
    await expect(cache.set('apq:x', 'q', { ttl: 60 })).resolves.toBeUndefined();
    await expect(cache.delete('apq:x')).resolves.toBe(false);
    expect(events).toEqual([1, 2, 3].map(() => ({ layer: 'apq', result: 'error' })));
  });
});
