import { createHash } from 'node:crypto';
import { RedisStore } from '../../src/cache/redis-store';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { startRedis, type RedisServer } from '../support/redis';
import { count, startReplica, startUpstreams, type Replica, type Upstreams } from './replicas';

/**
 * Redis down or stalled never fails or stalls a query: each lookup is a miss counted as an
 * 'error' CacheEvent, the answer comes from the upstream, and the client reconnects by itself.
 */
const adapters = [helpScoutAdapter];
const SUBJECT = '{ conversation(id: "helpscout:123") { ... on CommonConversation { id subject } } }';
const SEED = { conversation: { id: 'helpscout:123', subject: 'Help' } };
const READS = ['helpscout:123', 'helpscout:1001', 'helpscout:122'].map((id) => `{ conversation(id: "${id}") { ... on CommonConversation { id } } }`);

// Each replica builds its schema and server: seconds on a busy 2-core machine running the whole suite.
jest.setTimeout(30_000);

describe('The shared cache when Redis fails', () => {
  let redis: RedisServer;
  let up: Upstreams;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    redis = await startRedis();
    up = await startUpstreams(adapters);
    a = await startReplica(up, { adapters, cache: { redisUrl: redis.url } });
    b = await startReplica(up, { adapters, cache: { redisUrl: redis.url } });
  });
  afterAll(async () => {
    redis?.resume();
    await a?.stop();
    await b?.stop();
    await up?.stop();
    await redis?.stop();
  });
  beforeEach(() => {
    up.reset();
    a.events.length = 0;
    b.events.length = 0;
  });

  it('keeps every query answering when Redis is killed mid-test, counts the errors, and uses Redis again once it is back', async () => {
    expect((await a.query(SUBJECT)).data).toEqual(SEED);
    await redis.kill();
    for (const replica of [a, b]) {
      for (const query of READS) {
        const answer = await replica.query(query);
        expect(answer.errors).toBeUndefined();
        expect(answer.data).toEqual({ conversation: { id: query.includes('1001') ? 'helpscout:1001' : 'helpscout:123' } });
      }
    }
    // Every read went upstream (122 is a 301 plus 123): nothing was served from a dead cache.
    expect(up.requests('helpscout')).toHaveLength(1 + 2 * 4);
    expect(count(b.events, 'upstream', 'error')).toBeGreaterThanOrEqual(READS.length);
    expect(count(b.events, 'upstream', 'hit')).toBe(0);

    await redis.restart();
    expect(await a.caches.store.ready(10_000)).toBe(true);
    expect(await b.caches.store.ready(10_000)).toBe(true);
    up.reset();
    b.events.length = 0;
    await a.query(SUBJECT);
    expect((await b.query(SUBJECT)).data).toEqual(SEED);
    expect(up.requests('helpscout')).toEqual(['GET /v2/conversations/123']);
    expect(b.events).toEqual([{ layer: 'upstream', provider: 'helpscout', result: 'hit' }]);
  });

  it('still runs a persisted query sent with its document while Redis is down; the hash alone is then unknown', async () => {
    await redis.kill();
    try {
      const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(SUBJECT).digest('hex') } };
      expect((await a.post({ query: SUBJECT, extensions })).data).toEqual(SEED);
      const unknown = await b.post({ extensions });
      expect(unknown.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
      expect(count(a.events, 'apq', 'error')).toBeGreaterThanOrEqual(1);
      expect(count(b.events, 'apq', 'error')).toBe(1);
    } finally {
      await redis.restart();
      await Promise.all([a.caches.store.ready(10_000), b.caches.store.ready(10_000)]);
    }
  });

  it('answers while Redis is stalled: the lookup gives up after the command timeout and counts as an error', async () => {
    redis.pause();
    try {
      expect((await a.query(SUBJECT)).data).toEqual(SEED);
      expect(up.requests('helpscout')).toEqual(['GET /v2/conversations/123']);
      expect(count(a.events, 'upstream', 'error')).toBeGreaterThanOrEqual(1);
    } finally {
      redis.resume();
    }
  });
});

describe('RedisStore', () => {
  let redis: RedisServer;
  let store: RedisStore;
  beforeAll(async () => {
    redis = await startRedis();
    store = new RedisStore({ url: redis.url, timeoutMs: 50, cooldownMs: 60_000 });
    await store.ready(10_000);
  });
  afterAll(async () => {
    redis?.resume();
    await store?.close();
    await redis?.stop();
  });

  it('stores with a TTL in whole seconds and reads back', async () => {
    await store.set('parley:test:a', 'value', 0.2);
    expect(await store.get('parley:test:a')).toBe('value');
    await store.delete('parley:test:a');
    expect(await store.get('parley:test:a')).toBeUndefined();
  });

  it('times a stalled command out, then fails at once instead of queueing more behind it', async () => {
    redis.pause();
    try {
      await expect(store.get('parley:test:b')).rejects.toThrow('Command timed out');
      await expect(store.get('parley:test:b')).rejects.toThrow('Redis timed out moments ago: not waiting on it again yet');
    } finally {
      redis.resume();
    }
  });
});
