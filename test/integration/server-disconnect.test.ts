import { startHarness, type Harness } from '../support/harness';

/**
 * Finding 3 (server part): a client that disconnects used to leave its upstream requests
 * running to their end. The server now aborts the operation when the client's connection
 * closes before its response is complete, and the operation's signal ends every upstream
 * request it started.
 */

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

describe('Client disconnect', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  afterEach(() => h.reset());

  const inFlight = (): number => h.gateway.get('helpscout').client.http.health().inFlight;

  it('ends the upstream request within 1 s when the client disconnects while Help Scout takes 5 s', async () => {
    h.simulator('helpscout').latencyMs = 5000;
    const client = new AbortController();
    const request = fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ conversation(id: "helpscout:123") { __typename } }' }),
      signal: client.signal,
    }).catch((error: unknown) => error);
    await waitFor(() => h.upstream('helpscout').length === 1, 5000);
    expect(inFlight()).toBe(1);
    client.abort();
    expect(await request).toMatchObject({ name: 'AbortError' });
    await waitFor(() => inFlight() === 0, 1000);
    expect(h.upstream('helpscout')).toEqual(['GET /v2/conversations/123']);
  });

  it('does not abort an operation whose client stays until the answer', async () => {
    h.simulator('helpscout').latencyMs = 300;
    const result = await h.query('{ conversation(id: "helpscout:123") { ... on CommonConversation { subject } } }');
    expect(result).toEqual({ status: 200, data: { conversation: { subject: 'Help' } } });
    expect(inFlight()).toBe(0);
  });
});
