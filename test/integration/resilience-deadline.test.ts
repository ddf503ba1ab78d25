import { createContext } from '../../src/context';
import { EFFICIENT } from '../../src/loaders/create-loaders';
import { silentLogger } from '../../src/logger';
import { SEED_CONVERSATION_ID } from '../../src/providers/bird/simulator/seed';
import { startHarness, type Harness } from '../support/harness';
import { startStall, type Stall } from '../support/stall-server';

/**
 * Findings 3 and 2 (second half). Before: requests queued behind a hung provider waited 8.1 s
 * against a 2 s timeout, a client that went away kept its upstream requests running, and one
 * operation could send thousands of upstream requests. The operation's deadline, its client
 * signal and its upstream cap are set through `createContext` (the server passes them from
 * PARLEY_OPERATION_TIMEOUT_MS, the connection and PARLEY_MAX_UPSTREAM_PER_OPERATION); the
 * operations run through Apollo against the simulators.
 */

const BIRD_QUERY = `query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id } } }`;
const BIRD = `bird:${SEED_CONVERSATION_ID}`;

/** Polls `condition` every 20 ms for up to `ms`; the assertion that follows says what was expected. */
async function eventually(condition: () => boolean, ms = 2000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

type Errors = { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];

async function run(h: Harness, query: string, variables: Record<string, unknown>, options: Parameters<typeof createContext>[3]): Promise<{ errors?: Errors; data?: unknown }> {
  const contextValue = createContext(h.gateway, silentLogger, EFFICIENT, options);
  try {
    const response = await h.server.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { errors?: Errors; data?: unknown };
  } finally {
    contextValue.operation.dispose();
  }
}

describe('operation deadline and client disconnect (Bird stalled)', () => {
  let h: Harness;
  let stall: Stall;
  beforeAll(async () => {
    stall = await startStall();
    h = await startHarness({}, { timeoutMs: 5000, overrides: { BIRD_BASE_URL: stall.url.href } });
    await h.query(BIRD_QUERY, { id: 'helpscout:123' });
  });
  afterAll(async () => {
    await h.stop();
    await stall.close();
  });
  // The stalled requests of one test open Bird's breaker; each test starts from a closed one.
  beforeEach(() => h.gateway.get('bird').client.http.resetResilience());

  it('ends a request queued behind 20 stalled ones at its own deadline with PROVIDER_TIMEOUT, never sending it', async () => {
    const blockers = Array.from({ length: 20 }, () => h.query(BIRD_QUERY, { id: BIRD }));
    await eventually(() => h.gateway.get('bird').client.http.health().inFlight === 20);
    expect(h.gateway.get('bird').client.http.health()).toMatchObject({ inFlight: 20, queued: 0 });
    const started = performance.now();
    const result = await run(h, BIRD_QUERY, { id: BIRD }, { operationTimeoutMs: 800 });
    expect(performance.now() - started).toBeLessThan(800 + 500);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'bird did not answer within the operation deadline of 800 ms',
        extensions: expect.objectContaining({ code: 'PROVIDER_TIMEOUT', provider: 'bird' }),
      }),
    ]);
    expect(stall.seen).toBe(20);
    await Promise.all(blockers);
    expect(h.gateway.get('bird').client.http.health()).toMatchObject({ inFlight: 0, queued: 0 });
  }, 15_000);

  it('aborts the upstream request when the client disconnects and frees its slot', async () => {
    const client = new AbortController();
    const seenBefore = stall.seen;
    const pending = run(h, BIRD_QUERY, { id: BIRD }, { signal: client.signal });
    await eventually(() => stall.seen === seenBefore + 1);
    expect(stall.seen).toBe(seenBefore + 1);
    client.abort();
    const result = await pending;
    expect(result.errors?.[0]).toMatchObject({ message: 'bird request cancelled: the client disconnected', extensions: { code: 'PROVIDER_TIMEOUT' } });
    await eventually(() => stall.closed === stall.seen);
    // Every upstream connection is closed: nothing is left running for the client that went away.
    expect(stall.closed).toBe(stall.seen);
    expect(h.gateway.get('bird').client.http.health()).toMatchObject({ inFlight: 0, queued: 0 });
  });
});

describe('upstream request cap per operation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('sends the first 3 of 5 requests and refuses the other 2 with a clear error when the cap is 3', async () => {
    const ids = ['helpscout:123', 'helpscout:9001', 'helpscout:9002', 'helpscout:9003', 'helpscout:9004'];
    const result = await run(h, `query($ids: [ID!]!) { conversations(ids: $ids) { ... on CommonConversation { id } } }`, { ids }, { maxUpstreamRequests: 3 });
    expect(h.upstream('helpscout')).toHaveLength(3);
    const refused = (result.errors ?? []).filter((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');
    expect(refused).toHaveLength(2);
    expect(refused[0]?.message).toBe('This operation needs more than 3 upstream requests (the limit per operation); ask for fewer ids, aliases or items');
  });
});
