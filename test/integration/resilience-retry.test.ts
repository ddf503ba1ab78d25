import type { GatewayOptions } from '../../src/bootstrap';
import { SEED_CONVERSATION_ID } from '../../src/providers/bird/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

/**
 * Finding 6: no retry, no breaker, no backoff. Before, one 503 failed the field, a 12 s outage
 * sent every query upstream, and after a 429 with Retry-After: 30 every following query went
 * upstream anyway; each case below asserted against the old code would see the old counts.
 */

const QUERY = `query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id } } }`;
const BIRD = `bird:${SEED_CONVERSATION_ID}`;
const CONVERSATION_PATH = /\/conversations\/907798f8/;

// The breaker's half-open wait as an HttpClient option, passed through the providers' connect
// options (the gateway forwards them to every HttpClient it builds).
const tuned: GatewayOptions = { breaker: { halfOpenAfterMs: 1500 } };

describe('retries, breaker and rate limits (Bird over HTTP)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, tuned);
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    h.reset();
    for (const runtime of h.gateway.runtimes) runtime.client.http.resetResilience();
  });

  const bird = (): Promise<{ data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }> => h.query(QUERY, { id: BIRD });

  it.each([
    ['503', { reply: { status: 503, body: {} } }],
    ['502', { reply: { status: 502, body: {} } }],
    ['504', { reply: { status: 504, body: {} } }],
    ['a reset connection', { drop: true }],
  ])('answers with data after one %s, retrying the GET once', async (_what, fault) => {
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 1, ...fault });
    const result = await bird();
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ conversation: { id: BIRD } });
    expect(h.upstream('bird')).toHaveLength(2);
  });

  it('does not retry a 500 or a 404: one upstream request', async () => {
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 1, reply: { status: 500, body: {} } });
    const result = await bird();
    expect(result.errors?.[0]).toMatchObject({ message: 'bird is unavailable (HTTP 500)', extensions: { code: 'PROVIDER_UNAVAILABLE' } });
    expect(h.upstream('bird')).toHaveLength(1);
  });

  it('gives up after 2 retries of a lasting 503: three upstream requests and PROVIDER_UNAVAILABLE', async () => {
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 10, reply: { status: 503, body: {} } });
    const result = await bird();
    expect(result.errors?.[0]).toMatchObject({ message: 'bird is unavailable (HTTP 503)', extensions: { code: 'PROVIDER_UNAVAILABLE', httpStatus: 503 } });
    expect(h.upstream('bird')).toHaveLength(3);
  });

  it('waits out a 429 with Retry-After: 1 and then answers with data', async () => {
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 1, reply: { status: 429, headers: { 'retry-after': '1' }, body: {} } });
    const started = performance.now();
    const result = await bird();
    expect(result.data).toEqual({ conversation: { id: BIRD } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(h.upstream('bird')).toHaveLength(2);
  });

  it('after a 429 with Retry-After: 30 answers RATE_LIMITED at once without calling Bird, other providers unaffected', async () => {
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 1, reply: { status: 429, headers: { 'retry-after': '30' }, body: {} } });
    const first = await bird();
    expect(first.errors?.[0]).toMatchObject({ message: 'bird rate limit reached (HTTP 429)', extensions: { code: 'RATE_LIMITED', retryAfter: 30 } });
    const next = await Promise.all(Array.from({ length: 5 }, bird));
    for (const result of next) {
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^bird rate limit reached; retry after (29|30) s$/), extensions: { code: 'RATE_LIMITED' } });
    }
    expect(h.upstream('bird')).toHaveLength(1);
    expect(h.gateway.get('bird').client.http.health().retryAfterSeconds).toBeGreaterThanOrEqual(29);
    expect((await h.query(QUERY, { id: 'helpscout:123' })).errors).toBeUndefined();
  });

  it('opens the breaker within 5 failures, sends nothing while open, and closes after one successful probe', async () => {
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 1000, reply: { status: 503, body: {} } });
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await bird());
    expect(h.upstream('bird')).toHaveLength(5);
    expect(answers.at(-1)?.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^bird is failing; Parley stopped calling it for [12] s \(circuit open\)$/),
      extensions: { code: 'PROVIDER_UNAVAILABLE', retryAfter: expect.any(Number) },
    });
    expect(h.gateway.get('bird').client.http.health()).toMatchObject({ breaker: 'open', inFlight: 0, queued: 0 });

    // The outage ends; after the half-open wait, one probe goes through and closes the breaker.
    h.reset();
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect((await bird()).data).toEqual({ conversation: { id: BIRD } });
    expect(h.upstream('bird')).toHaveLength(1);
    expect(h.gateway.get('bird').client.http.health()).toMatchObject({ breaker: 'closed', retryAfterSeconds: null });
  });
});
