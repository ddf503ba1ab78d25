import type { Redis } from 'ioredis';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import type { SimulatedProvider } from '../../src/simulator/sim-server';
import { count, manualClock, startReplicaPair, type Replica, type ReplicaPair, type Upstreams } from './replicas';

/**
 * Entry lifetimes on a real Redis: the upstream's Cache-Control, PARLEY_UPSTREAM_CACHE_TTL_S
 * (5 s here) otherwise, and revalidation of stale entries that carry an ETag or Last-Modified.
 * The replicas share a clock the tests move, so nothing waits.
 */
const adapters = [helpScoutAdapter];
const SUBJECT = '{ conversation(id: "helpscout:123") { ... on CommonConversation { id subject } } }';
const SEED = { conversation: { id: 'helpscout:123', subject: 'Help' } };
const GET_123 = 'GET /v2/conversations/123';
const LAST_MODIFIED = 'Fri, 16 Mar 2012 14:07:23 GMT';

// Each replica builds its schema and server: seconds on a busy 2-core machine running the whole suite.
jest.setTimeout(30_000);

describe('Upstream cache lifetimes and revalidation', () => {
  let pair: ReplicaPair;
  let admin: Redis;
  let up: Upstreams;
  let a: Replica;
  let b: Replica;
  let sim: SimulatedProvider;
  const clock = manualClock();
  const requests = (): string[] => up.requests('helpscout');
  const sentHeaders = (n: number): Record<string, unknown> => ({ ...sim.requests[n]?.headers });

  beforeAll(async () => {
    pair = await startReplicaPair(adapters, { cache: { upstreamTtlSeconds: 5 }, now: clock.now });
    ({ admin, up, a, b } = pair);
    sim = up.sims.get('helpscout')!;
  });
  afterAll(() => pair?.stop());
  beforeEach(() => pair.clear());

  it('goes upstream again once the default TTL has passed when the entry has no validator', async () => {
    await a.query(SUBJECT);
    clock.advance(4);
    await b.query(SUBJECT);
    expect(requests()).toEqual([GET_123]);
    clock.advance(2);
    expect((await b.query(SUBJECT)).data).toEqual(SEED);
    expect(requests()).toEqual([GET_123, GET_123]);
    expect(sentHeaders(1)['if-none-match']).toBeUndefined();
  });

  it('revalidates a stale entry with If-None-Match, and a 304 reuses the stored answer and refreshes it', async () => {
    sim.caching = { etag: true };
    await a.query(SUBJECT);
    expect(await admin.keys('parley:up:*')).toHaveLength(1);
    clock.advance(6);
    expect((await b.query(SUBJECT)).data).toEqual(SEED);
    expect(requests()).toEqual([GET_123, GET_123]);
    expect(sentHeaders(1)['if-none-match']).toMatch(/^"[0-9a-f]{20}"$/);
    expect(count(b.events, 'upstream', 'revalidated')).toBe(1);
    // Refreshed: fresh again for the TTL, so the next read sends nothing.
    clock.advance(4);
    expect((await a.query(SUBJECT)).data).toEqual(SEED);
    expect(requests()).toHaveLength(2);
  });

  it('replaces a stale entry when the upstream answers 200 to the revalidation: the new body is served and stored', async () => {
    sim.caching = { etag: true };
    await a.query(SUBJECT);
    clock.advance(6);
    sim.injectFault({ match: /conversations\/123/, rewrite: (body) => ({ ...(body as Record<string, unknown>), subject: 'Help, changed' }) });
    const changed = { conversation: { id: 'helpscout:123', subject: 'Help, changed' } };
    expect((await b.query(SUBJECT)).data).toEqual(changed);
    expect(sentHeaders(1)['if-none-match']).toMatch(/^"/);
    expect((await a.query(SUBJECT)).data).toEqual(changed);
    expect(requests()).toEqual([GET_123, GET_123]);
    expect([count(b.events, 'upstream', 'miss'), count(b.events, 'upstream', 'revalidated')]).toEqual([1, 0]);
  });

  it('revalidates with If-Modified-Since when the upstream sends only Last-Modified', async () => {
    sim.caching = { lastModified: LAST_MODIFIED };
    await a.query(SUBJECT);
    clock.advance(6);
    expect((await b.query(SUBJECT)).data).toEqual(SEED);
    expect(sentHeaders(1)['if-modified-since']).toBe(LAST_MODIFIED);
    expect(count(b.events, 'upstream', 'revalidated')).toBe(1);
  });

  it("keeps an answer for the upstream's max-age rather than the default TTL, private included", async () => {
    sim.caching = { cacheControl: 'private, max-age=600' };
    await a.query(SUBJECT);
    clock.advance(599);
    await b.query(SUBJECT);
    expect(requests()).toEqual([GET_123]);
    clock.advance(2);
    await b.query(SUBJECT);
    expect(requests()).toEqual([GET_123, GET_123]);
  });

  it('serves a max-age=0 answer with an ETag only after revalidating it, every time', async () => {
    sim.caching = { cacheControl: 'max-age=0', etag: true };
    await a.query(SUBJECT);
    expect((await b.query(SUBJECT)).data).toEqual(SEED);
    expect(requests()).toEqual([GET_123, GET_123]);
    expect(sentHeaders(1)['if-none-match']).toMatch(/^"/);
  });

  it('never stores a no-store answer, validators or not', async () => {
    sim.caching = { cacheControl: 'no-store', etag: true };
    await a.query(SUBJECT);
    await b.query(SUBJECT);
    expect(requests()).toEqual([GET_123, GET_123]);
    expect(sentHeaders(1)['if-none-match']).toBeUndefined();
    expect(count([...a.events, ...b.events], 'upstream', 'store')).toBe(0);
    expect(await admin.keys('parley:up:*')).toEqual([]);
  });

  it('asks the upstream again without validators when a revalidated merge now answers from another conversation', async () => {
    sim.caching = { etag: true };
    const merged = '{ conversation(id: "helpscout:122") { ... on HelpScoutConversation { id mergedFromId } } }';
    await a.query(merged);
    clock.advance(6);
    // The merge target now 301s elsewhere: its 304 (same body, same tag) says nothing about the entry of 122.
    sim.injectFault({ match: /conversations\/122$/, times: 2, reply: { status: 301, headers: { location: `${sim.baseUrl.origin}/v2/conversations/1001` } } });
    sim.injectFault({ match: /conversations\/1001$/, reply: { status: 304 } });
    expect((await b.query(merged)).data).toEqual({ conversation: { id: 'helpscout:1001', mergedFromId: '122' } });
    expect(requests()).toEqual([
      'GET /v2/conversations/122', GET_123, 'GET /v2/conversations/122', 'GET /v2/conversations/1001', 'GET /v2/conversations/122', 'GET /v2/conversations/1001',
    ]);
  });
});
