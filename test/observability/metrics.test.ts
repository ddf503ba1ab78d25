import { SEED_CONVERSATION_ID } from '../../src/providers/bird/simulator/seed';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { startHarness, type Harness } from '../support/harness';
import { scrape, type Exposition } from '../support/prometheus';

/**
 * Issue 11, item 2: GET /metrics in Prometheus text format, counting real operations over HTTP
 * against the simulators; every delta below is exact.
 */

const ONE = 'query OneConversation { conversation(id: "helpscout:123") { ... on CommonConversation { id subject } } }';
const MISSING = 'query MissingConversation { conversation(id: "helpscout:999999") { ... on CommonConversation { id } } }';
const BIRD = `query BirdConversation { conversation(id: "bird:${SEED_CONVERSATION_ID}") { ... on CommonConversation { id } } }`;
const CONVERSATION_PATH = /\/conversations\/907798f8/;

/** The change of every named series between two scrapes. */
function delta(before: Exposition, after: Exposition) {
  return (name: string, labels: Record<string, string> = {}): number => after.sum(name, labels) - before.sum(name, labels);
}

describe('GET /metrics', () => {
  let h: Harness;
  const metrics = (): Promise<Exposition> => scrape(new URL('/metrics', h.url));
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  it('parses as Prometheus text: process metrics and every Parley family with its type', async () => {
    const exposition = await metrics();
    expect(Object.fromEntries([...exposition.types].filter(([name]) => name.startsWith('parley_')))).toEqual({
      parley_graphql_operations_total: 'counter',
      parley_graphql_operation_duration_seconds: 'histogram',
      parley_upstream_requests_total: 'counter',
      parley_upstream_request_duration_seconds: 'histogram',
      parley_upstream_retries_total: 'counter',
      parley_upstream_rate_limit_waits_total: 'counter',
      parley_upstream_rate_limit_wait_seconds_total: 'counter',
      parley_upstream_rate_limited_total: 'counter',
      parley_upstream_breaker_opens_total: 'counter',
      parley_upstream_breaker_state: 'gauge',
      parley_upstream_in_flight: 'gauge',
      parley_upstream_queued: 'gauge',
      parley_dataloader_batch_size: 'histogram',
      parley_cache_events_total: 'counter',
    });
    expect(exposition.types.get('process_cpu_user_seconds_total')).toBe('counter');
    expect(exposition.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
    // Per-provider series exist before anything happened, so rates are defined from the start.
    for (const provider of h.gateway.slugs()) {
      expect(exposition.count('parley_upstream_retries_total', { provider })).toBe(1);
      expect(exposition.sum('parley_upstream_breaker_state', { provider, state: 'closed' })).toBe(1);
    }
  });

  it('counts a named query as one success, and its upstream requests by provider and 2xx exactly as the simulator received them', async () => {
    const before = await metrics();
    const result = await h.query(ONE);
    const after = await metrics();
    expect(result.errors).toBeUndefined();
    const d = delta(before, after);
    expect(d('parley_graphql_operations_total', { operation: 'OneConversation', outcome: 'success' })).toBe(1);
    expect(d('parley_graphql_operation_duration_seconds_count', { operation: 'OneConversation', outcome: 'success' })).toBe(1);
    expect(h.upstream('helpscout')).toEqual(['GET /v2/conversations/123']);
    expect(d('parley_upstream_requests_total', { provider: 'helpscout', status_class: '2xx', cache: 'none' })).toBe(1);
    expect(d('parley_upstream_request_duration_seconds_count', { provider: 'helpscout', status_class: '2xx' })).toBe(1);
    expect(d('parley_upstream_requests_total')).toBe(h.upstream().length);
  });

  it('counts a failed query as outcome error and its 404 as a 4xx upstream request', async () => {
    const before = await metrics();
    const result = await h.query(MISSING);
    const after = await metrics();
    expect(result.errors?.[0]).toMatchObject({ message: 'helpscout has no such resource (HTTP 404)', extensions: { code: 'NOT_FOUND', provider: 'helpscout' } });
    const d = delta(before, after);
    expect(d('parley_graphql_operations_total', { operation: 'MissingConversation', outcome: 'error' })).toBe(1);
    expect(d('parley_graphql_operations_total', { operation: 'MissingConversation', outcome: 'success' })).toBe(0);
    expect(d('parley_upstream_requests_total', { provider: 'helpscout', status_class: '4xx' })).toBe(1);
    expect(d('parley_upstream_requests_total')).toBe(1);
  });

  it('labels a document that does not parse (invalid) and an unnamed one (anonymous), never by what the client sent', async () => {
    const before = await metrics();
    const broken = await h.query('query Broken { conversation(');
    const anonymous = await h.query('{ providers { name } }');
    const after = await metrics();
    expect(broken.errors?.[0]).toMatchObject({ message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(anonymous.errors).toBeUndefined();
    const d = delta(before, after);
    expect(d('parley_graphql_operations_total', { operation: '(invalid)', outcome: 'error' })).toBe(1);
    expect(d('parley_graphql_operations_total', { operation: '(anonymous)', outcome: 'success' })).toBe(1);
    expect(after.count('parley_graphql_operations_total', { operation: 'Broken' })).toBe(0);
  });

  it('counts a 429 with Retry-After: 1 as one rate-limit wait and one retry, then a 2xx', async () => {
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 1, reply: { status: 429, headers: { 'retry-after': '1' }, body: {} } });
    const before = await metrics();
    const result = await h.query(BIRD);
    const after = await metrics();
    expect(result.errors).toBeUndefined();
    const d = delta(before, after);
    expect(h.upstream('bird')).toHaveLength(2);
    expect(d('parley_upstream_requests_total', { provider: 'bird', status_class: '4xx' })).toBe(1);
    expect(d('parley_upstream_requests_total', { provider: 'bird', status_class: '2xx' })).toBe(1);
    expect(d('parley_upstream_retries_total', { provider: 'bird' })).toBe(1);
    expect(d('parley_upstream_rate_limit_waits_total', { provider: 'bird' })).toBe(1);
    // The wait is what was left of the announced second after the retry's backoff.
    const waited = d('parley_upstream_rate_limit_wait_seconds_total', { provider: 'bird' });
    expect(waited).toBeGreaterThan(0);
    expect(waited).toBeLessThanOrEqual(1);
    expect(d('parley_upstream_rate_limited_total', { provider: 'bird' })).toBe(0);
  });

  it('counts a 429 with Retry-After: 30 as refused without a request, and shows the breaker open after 5 failing requests', async () => {
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 1, reply: { status: 429, headers: { 'retry-after': '30' }, body: {} } });
    const before = await metrics();
    await h.query(BIRD);
    const limited = await h.query(BIRD);
    const middle = await metrics();
    expect(limited.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^bird rate limit reached; retry after (29|30) s$/), extensions: { code: 'RATE_LIMITED', provider: 'bird' } });
    expect(delta(before, middle)('parley_upstream_rate_limited_total', { provider: 'bird' })).toBe(1);
    expect(h.upstream('bird')).toHaveLength(1);

    h.reset();
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 1000, reply: { status: 503, body: {} } });
    for (let i = 0; i < 3; i += 1) await h.query(BIRD);
    const after = await metrics();
    const d = delta(middle, after);
    // Query 1: three 503s (two retries); query 2: two more open the breaker, its third try is refused; query 3: refused.
    expect(h.upstream('bird')).toHaveLength(5);
    expect(d('parley_upstream_requests_total', { provider: 'bird', status_class: '5xx' })).toBe(5);
    expect(d('parley_upstream_retries_total', { provider: 'bird' })).toBe(4);
    expect(d('parley_upstream_breaker_opens_total', { provider: 'bird' })).toBe(1);
    expect(after.sum('parley_upstream_breaker_state', { provider: 'bird', state: 'open' })).toBe(1);
    expect(after.sum('parley_upstream_breaker_state', { provider: 'bird', state: 'closed' })).toBe(0);
    expect(after.sum('parley_upstream_breaker_state', { provider: 'helpscout', state: 'closed' })).toBe(1);
  });

  it('records DataLoader batch sizes: three ids in conversations(ids:) are one conversation batch of 3', async () => {
    const before = await metrics();
    const result = await h.query(`{ conversations(ids: ["helpscout:123", "textus:kY1QwY", "bird:${SEED_CONVERSATION_ID}"]) { ... on CommonConversation { id } } }`);
    const after = await metrics();
    expect(result.errors).toBeUndefined();
    const d = delta(before, after);
    expect(d('parley_dataloader_batch_size_count', { loader: 'conversation' })).toBe(1);
    expect(d('parley_dataloader_batch_size_sum', { loader: 'conversation' })).toBe(3);
    expect(d('parley_dataloader_batch_size_bucket', { loader: 'conversation', le: '2' })).toBe(0);
    expect(d('parley_dataloader_batch_size_bucket', { loader: 'conversation', le: '5' })).toBe(1);
    // One resource batch per provider, one URL each.
    expect(d('parley_dataloader_batch_size_count', { loader: 'resource' })).toBe(3);
    expect(d('parley_dataloader_batch_size_sum', { loader: 'resource' })).toBe(3);
  });

  it('counts cache events from the HTTP layer (through the gateway) and from server-level caches', async () => {
    const before = await metrics();
    h.gateway.events.hooks.onCacheEvent({ layer: 'upstream', provider: 'helpscout', result: 'hit' });
    h.gateway.events.hooks.onCacheEvent({ layer: 'upstream', provider: 'helpscout', result: 'error' });
    h.server.metrics.onCacheEvent({ layer: 'apq', result: 'miss' });
    const after = await metrics();
    const d = delta(before, after);
    expect(d('parley_cache_events_total', { layer: 'upstream', provider: 'helpscout', result: 'hit' })).toBe(1);
    expect(d('parley_cache_events_total', { layer: 'upstream', provider: 'helpscout', result: 'error' })).toBe(1);
    expect(d('parley_cache_events_total', { layer: 'apq', provider: '', result: 'miss' })).toBe(1);
    // A hit is a 2xx answer that cost no request.
    expect(d('parley_upstream_requests_total', { provider: 'helpscout', status_class: '2xx', cache: 'hit' })).toBe(1);
  });

  it('keeps two servers apart: a query on one moves only its own counters', async () => {
    const other = await startHarness({}, { adapters: [helpScoutAdapter] });
    try {
      const mine = await metrics();
      const theirs = await scrape(new URL('/metrics', other.url));
      await other.query(ONE);
      expect(delta(mine, await metrics())('parley_graphql_operations_total')).toBe(0);
      expect(delta(mine, await metrics())('parley_upstream_requests_total')).toBe(0);
      const d = delta(theirs, await scrape(new URL('/metrics', other.url)));
      expect(d('parley_graphql_operations_total', { operation: 'OneConversation' })).toBe(1);
      expect(d('parley_upstream_requests_total', { provider: 'helpscout' })).toBe(1);
    } finally {
      await other.stop();
    }
  });
});
