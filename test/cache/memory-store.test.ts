import { MemoryStore } from '../../src/cache/memory-store';
import { manualClock } from './replicas';

describe('MemoryStore (no PARLEY_REDIS_URL)', () => {
  it('lets an entry expire after its TTL, like a Redis key', async () => {
    const clock = manualClock();
    const store = new MemoryStore(1024, clock.now);
    await store.set('k', 'v', 10);
    clock.advance(9);
    expect(await store.get('k')).toBe('v');
    clock.advance(1);
    expect(await store.get('k')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('stays within its byte bound by dropping the least recently used entries first', async () => {
    // Each entry: (1-char key + 9-char value) × 2 bytes = 20 bytes; 60 bytes hold three.
    const store = new MemoryStore(60);
    for (const key of ['a', 'b', 'c']) await store.set(key, '123456789', 60);
    expect(await store.get('a')).toBe('123456789');
    await store.set('d', '123456789', 60);
    expect(await store.get('b')).toBeUndefined();
    expect(await Promise.all(['a', 'c', 'd'].map((key) => store.get(key)))).toEqual(['123456789', '123456789', '123456789']);
    expect(store.size).toBe(60);
  });

  it('refuses an entry larger than the whole bound instead of emptying itself for it', async () => {
    const store = new MemoryStore(60);
    await store.set('a', 'x', 60);
    await store.set('big', 'y'.repeat(100), 60);
    expect(await store.get('big')).toBeUndefined();
    expect(await store.get('a')).toBe('x');
  });

  it('replaces an entry without counting it twice', async () => {
    const store = new MemoryStore(1024);
    await store.set('a', 'one', 60);
    await store.set('a', 'two', 60);
    expect(await store.get('a')).toBe('two');
    expect(store.size).toBe(8);
  });
});
