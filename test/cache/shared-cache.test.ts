import { createHash } from 'node:crypto';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { SIM_APP } from '../../src/providers/helpscout/simulator/seed';
import { layerAdapter } from '../../src/providers/layer';
import { LISTED_COUNT } from '../../src/providers/layer/simulator/seed';
import { startRedis, type RedisServer } from '../support/redis';
import { count, manualClock, startReplica, startReplicaPair, startUpstreams, type Replica, type ReplicaPair, type Upstreams } from './replicas';

/**
 * Issue 11, items 3 and 6: two replicas on one real Redis share persisted queries and upstream
 * answers, per credential. Requests are counted at the simulators both replicas talk to.
 */
const adapters = [helpScoutAdapter, layerAdapter];
const SUBJECT = '{ conversation(id: "helpscout:123") { ... on CommonConversation { id subject } } }';
const SEED = { conversation: { id: 'helpscout:123', subject: 'Help' } };

// Each replica builds its schema and server: seconds on a busy 2-core machine running the whole suite.
jest.setTimeout(30_000);

describe('Two replicas sharing one Redis', () => {
  let pair: ReplicaPair;
  let up: Upstreams;
  let a: Replica;
  let b: Replica;
  const clock = manualClock();
  const helpscout = (): string[] => up.requests('helpscout');

  beforeAll(async () => {
    pair = await startReplicaPair(adapters, { now: clock.now });
    ({ up, a, b } = pair);
  });
  afterAll(() => pair?.stop());
  beforeEach(() => pair.clear());

  it('shares persisted queries: a hash registered on replica A answers on replica B', async () => {
    const sha256Hash = createHash('sha256').update(SUBJECT).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await b.post({ extensions });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    expect((await a.post({ query: SUBJECT, extensions })).data).toEqual(SEED);
    const shared = await b.post({ extensions });
    expect(shared.errors).toBeUndefined();
    expect(shared.data).toEqual(SEED);
    expect(count(a.events, 'apq', 'store')).toBe(1);
    expect([count(b.events, 'apq', 'miss'), count(b.events, 'apq', 'hit')]).toEqual([1, 1]);
  });

  it('reads a conversation on A and then on B within the TTL with one upstream request', async () => {
    expect((await a.query(SUBJECT)).data).toEqual(SEED);
    expect((await b.query(SUBJECT)).data).toEqual(SEED);
    expect(helpscout()).toEqual(['GET /v2/conversations/123']);
    expect(a.events.filter((e) => e.layer === 'upstream')).toEqual([
      { layer: 'upstream', provider: 'helpscout', result: 'miss' },
      { layer: 'upstream', provider: 'helpscout', result: 'store' },
    ]);
    expect(b.events).toEqual([{ layer: 'upstream', provider: 'helpscout', result: 'hit' }]);
  });

  it("replays Help Scout's 301 merge from the cache: B answers with the id it was reached from and sends nothing", async () => {
    const merged = '{ conversation(id: "helpscout:122") { ... on HelpScoutConversation { id mergedFromId subject } } }';
    const expected = { conversation: { id: 'helpscout:123', mergedFromId: '122', subject: 'Help' } };
    expect((await a.query(merged)).data).toEqual(expected);
    expect((await b.query(merged)).data).toEqual(expected);
    expect(helpscout()).toEqual(['GET /v2/conversations/122', 'GET /v2/conversations/123']);
  });

  it("keeps the response headers a reader needs: Layer's listing total on B comes from the cached Layer-Count", async () => {
    const listing = '{ provider(name: LAYER) { conversations(first: 5) { totalCount edges { node { ... on CommonConversation { id } } } } } }';
    const first = await a.query(listing);
    expect(first.errors).toBeUndefined();
    expect(first.data).toMatchObject({ provider: { conversations: { totalCount: LISTED_COUNT } } });
    const before = up.requests('layer').length;
    expect(before).toBeGreaterThan(0);
    expect((await b.query(listing)).data).toEqual(first.data);
    expect(up.requests('layer')).toHaveLength(before);
  });

  it('keeps one operation at one lookup and one request per resource: the per-request loader stays in front', async () => {
    const twice = `{ x: conversation(id: "helpscout:123") { ... on CommonConversation { subject } }
      y: conversation(id: "helpscout:123") { ... on CommonConversation { id } } }`;
    expect((await a.query(twice)).data).toEqual({ x: { subject: 'Help' }, y: { id: 'helpscout:123' } });
    expect(helpscout()).toEqual(['GET /v2/conversations/123']);
    expect(count(a.events, 'upstream', 'miss') + count(a.events, 'upstream', 'hit')).toBe(1);
  });

  it('never stores an error status: a 404 read on A and on B reaches the upstream twice', async () => {
    const missing = '{ conversation(id: "helpscout:999") { __typename } }';
    for (const replica of [a, b]) {
      const answer = await replica.query(missing);
      expect(answer.errors?.[0]).toMatchObject({ message: 'helpscout has no such resource (HTTP 404)', extensions: { code: 'NOT_FOUND' } });
    }
    expect(helpscout()).toEqual(['GET /v2/conversations/999', 'GET /v2/conversations/999']);
    expect(count([...a.events, ...b.events], 'upstream', 'store')).toBe(0);
  });

  it('never stores a failed answer: a 500 on A is not served to B, which gets the real answer', async () => {
    up.sims.get('helpscout')!.injectFault({ match: /conversations\/123/, times: 1, reply: { status: 500, body: { message: 'boom' } } });
    const failed = await a.query(SUBJECT);
    expect(failed.errors?.[0]).toMatchObject({ message: 'helpscout is unavailable (HTTP 500)', extensions: { code: 'PROVIDER_UNAVAILABLE' } });
    expect((await b.query(SUBJECT)).data).toEqual(SEED);
    expect(helpscout()).toEqual(['GET /v2/conversations/123', 'GET /v2/conversations/123']);
  });
});

describe('Credentials and the shared cache', () => {
  let redis: RedisServer;
  let up: Upstreams;
  const replicas: Replica[] = [];
  const replica = async (env: Record<string, string> = {}): Promise<Replica> => {
    const started = await startReplica(up, { adapters: [helpScoutAdapter], cache: { redisUrl: redis.url }, env });
    replicas.push(started);
    return started;
  };

  beforeAll(async () => {
    redis = await startRedis();
    up = await startUpstreams([helpScoutAdapter]);
  });
  afterAll(async () => {
    for (const started of replicas) await started.stop();
    await up?.stop();
    await redis?.stop();
  });

  it('never serves one credential the entry of another: a wrong token still reaches the upstream and is refused', async () => {
    const good = await replica();
    const wrong = await replica({ HELPSCOUT_TOKEN: 'hs-some-other-token-77' });
    expect((await good.query(SUBJECT)).data).toEqual(SEED);
    const refused = await wrong.query(SUBJECT);
    expect(refused.errors?.[0]).toMatchObject({ message: "helpscout refused Parley's credentials (HTTP 401)", extensions: { code: 'UNAUTHENTICATED' } });
    const sent = up.sims.get('helpscout')!.requests.map((r) => r.headers.authorization);
    expect(sent).toEqual(['Bearer hs-sim-token-2f6c1d', 'Bearer hs-some-other-token-77']);
  });

  it("keys Help Scout's OAuth app by the app, not by its renewable token: a second app replica reads the first one's entry", async () => {
    up.reset();
    const oauth = { HELPSCOUT_TOKEN: '', HELPSCOUT_APP_ID: SIM_APP.id, HELPSCOUT_APP_SECRET: SIM_APP.secret };
    const first = await replica(oauth);
    const second = await replica(oauth);
    const statics = await replica();
    const query = '{ conversation(id: "helpscout:1001") { ... on CommonConversation { id } } }';
    for (const r of [first, second, statics]) expect((await r.query(query)).data).toEqual({ conversation: { id: 'helpscout:1001' } });
    // The second app replica never needed a token; the static-token replica is another credential.
    expect(up.requests('helpscout')).toEqual(['POST /v2/oauth2/token', 'GET /v2/conversations/1001', 'GET /v2/conversations/1001']);
    expect(second.events).toEqual([{ layer: 'upstream', provider: 'helpscout', result: 'hit' }]);
  });
});
