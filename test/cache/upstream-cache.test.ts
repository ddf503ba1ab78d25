import type { CacheEvent } from '../../src/cache/cache-event';
import { upstreamKey } from '../../src/cache/cache-key';
import { MemoryStore } from '../../src/cache/memory-store';
import type { CacheStore } from '../../src/cache/store';
import { UpstreamCache } from '../../src/cache/upstream-cache';
import type { UpstreamResponse } from '../../src/http/http-types';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { startReplica, startUpstreams, type Upstreams } from './replicas';

const url = new URL('https://api.example.com/v2/things/1');
const request = { provider: 'example', identity: 'cred-1', url };
const answer = (body: unknown, headers: Record<string, string> = {}): UpstreamResponse => ({
  url: url.href, status: 200, body, redirectedFrom: [],
  headers: { get: (name) => headers[name.toLowerCase()] ?? null, forEach: (cb) => Object.entries(headers).forEach(([n, v]) => cb(v, n)) },
});

/** The cache's own rules, with the in-memory store and a hand-written upstream. */
describe('UpstreamCache', () => {
  let events: CacheEvent[];
  const emit = (event: CacheEvent): void => void events.push(event);
  beforeEach(() => {
    events = [];
  });

  it("replays the resource's headers but none that belong to one exchange (cookies, rate limits, length)", async () => {
    const cache = new UpstreamCache({ store: new MemoryStore(), defaultTtlSeconds: 5, staleSeconds: 60 });
    const headers = { 'content-type': 'application/json', 'layer-count': '42', 'set-cookie': 'sid=abc', 'x-ratelimit-remaining': '3', 'content-length': '7' };
    await cache.through(request, () => Promise.resolve(answer({ id: 1 }, headers)), emit);
    const hit = await cache.through(request, () => Promise.reject(new Error('sent upstream')), emit);
    const kept: Record<string, string> = {};
    hit.headers.forEach?.((value, name) => (kept[name] = value));
    expect(kept).toEqual({ 'content-type': 'application/json', 'layer-count': '42' });
    expect(hit.body).toEqual({ id: 1 });
  });

  it('does not store an answer larger than the entry bound', async () => {
    const cache = new UpstreamCache({ store: new MemoryStore(), defaultTtlSeconds: 5, staleSeconds: 60, maxEntryBytes: 200 });
    await cache.through(request, () => Promise.resolve(answer({ text: 'x'.repeat(300) })), emit);
    expect(events.map((e) => e.result)).toEqual(['miss']);
  });

  it('reads an unreadable entry as a miss and replaces it', async () => {
    const store = new MemoryStore();
    await store.set(upstreamKey('example', 'cred-1', url), '{"v":1,"url":42}', 60);
    const cache = new UpstreamCache({ store, defaultTtlSeconds: 5, staleSeconds: 60 });
    expect((await cache.through(request, () => Promise.resolve(answer({ id: 2 })), emit)).body).toEqual({ id: 2 });
    expect(events.map((e) => e.result)).toEqual(['miss', 'store']);
  });

  it('answers from the upstream when the store fails, reporting errors and no extra miss', async () => {
    const broken: CacheStore = {
      kind: 'redis',
      get: () => Promise.reject(new Error('connection refused')),
      set: () => Promise.reject(new Error('connection refused')),
      delete: () => Promise.reject(new Error('connection refused')),
      ready: () => Promise.resolve(false),
      close: () => Promise.resolve(),
    };
    const cache = new UpstreamCache({ store: broken, defaultTtlSeconds: 5, staleSeconds: 60 });
    expect((await cache.through(request, () => Promise.resolve(answer({ id: 3 })), emit)).body).toEqual({ id: 3 });
    expect(events).toEqual([{ layer: 'upstream', provider: 'example', result: 'error' }, { layer: 'upstream', provider: 'example', result: 'error' }]);
  });

  it('gives each reader its own copy of a cached body', async () => {
    const cache = new UpstreamCache({ store: new MemoryStore(), defaultTtlSeconds: 5, staleSeconds: 60 });
    await cache.through(request, () => Promise.resolve(answer({ tags: ['a'] })), emit);
    const first = await cache.through(request, () => Promise.reject(new Error('sent upstream')), emit);
    (first.body as { tags: string[] }).tags.push('changed by one request');
    expect((await cache.through(request, () => Promise.reject(new Error('sent upstream')), emit)).body).toEqual({ tags: ['a'] });
  });
});

describe('The upstream cache without Redis', () => {
  let up: Upstreams;
  beforeAll(async () => {
    up = await startUpstreams([helpScoutAdapter]);
  });
  afterAll(() => up?.stop());
  beforeEach(() => up.reset());
  const SUBJECT = '{ conversation(id: "helpscout:123") { ... on CommonConversation { subject } } }';

  it('serves the second read of one process from its bounded memory', async () => {
    const replica = await startReplica(up, { adapters: [helpScoutAdapter] });
    try {
      expect(replica.caches.store.kind).toBe('memory');
      for (let i = 0; i < 2; i += 1) expect((await replica.query(SUBJECT)).data).toEqual({ conversation: { subject: 'Help' } });
      expect(up.requests('helpscout')).toEqual(['GET /v2/conversations/123']);
    } finally {
      await replica.stop();
    }
  });

  it('sends every read upstream when PARLEY_UPSTREAM_CACHE_TTL_S is 0', async () => {
    const replica = await startReplica(up, { adapters: [helpScoutAdapter], cache: { upstreamTtlSeconds: 0 } });
    try {
      for (let i = 0; i < 2; i += 1) await replica.query(SUBJECT);
      expect(up.requests('helpscout')).toEqual(['GET /v2/conversations/123', 'GET /v2/conversations/123']);
      expect(replica.events).toEqual([]);
    } finally {
      await replica.stop();
    }
  });
});
