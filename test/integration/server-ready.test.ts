import { adapters } from '../../src/providers/registry';
import { startHarness, type Harness } from '../support/harness';

/**
 * `/health` stays a liveness check; `/ready` shows each provider's mode and what its HTTP client
 * reports (breaker, cooldown, slots), read from `HttpClient.health()`.
 */

interface Ready {
  status: string;
  providers: { name: string; slug: string; mode: string; breaker: string | null; retryAfterSeconds: number | null; inFlight: number | null; queued: number | null }[];
}

async function ready(h: Harness): Promise<{ status: number; body: Ready }> {
  const res = await fetch(new URL('/ready', h.url));
  return { status: res.status, body: (await res.json()) as Ready };
}

const BIRD_ID = 'bird:907798f8-fd72-44d5-8042-fcc05c1bb570';

describe('Readiness', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  afterEach(() => {
    h.reset();
    for (const runtime of h.gateway.runtimes) runtime.client.http.resetResilience();
  });

  it('answers GET /health with the liveness shape it always had', async () => {
    const res = await fetch(new URL('/health', h.url));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', providers: adapters.map((a) => ({ name: a.identity.name, mode: 'SIMULATED' })) });
  });

  it('answers GET /ready with 200 and every provider closed, idle and SIMULATED', async () => {
    const { status, body } = await ready(h);
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ready',
      providers: adapters.map((a) => ({ name: a.identity.name, slug: a.identity.slug, mode: 'SIMULATED', breaker: 'closed', retryAfterSeconds: null, inFlight: 0, queued: 0 })),
    });
  });

  it("shows Bird's breaker open with a retry time once Bird keeps failing, the others closed, and stays 200", async () => {
    h.simulator('bird').injectFault({ match: /conversations/, times: 1000, reply: { status: 503, body: { message: 'down' } } });
    let bird: Ready['providers'][number] | undefined;
    for (let attempt = 0; attempt < 10 && bird?.breaker !== 'open'; attempt += 1) {
      const result = await h.query(`{ conversation(id: "${BIRD_ID}") { __typename } }`);
      expect(result.errors?.[0]?.extensions?.['provider']).toBe('bird');
      bird = (await ready(h)).body.providers.find((p) => p.slug === 'bird');
    }
    const { status, body } = await ready(h);
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.providers.find((p) => p.slug === 'bird')).toMatchObject({ breaker: 'open', inFlight: 0, queued: 0 });
    expect(bird?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(bird?.retryAfterSeconds).toBeLessThanOrEqual(30);
    expect(body.providers.filter((p) => p.slug !== 'bird').map((p) => p.breaker)).toEqual(['closed', 'closed', 'closed', 'closed']);
  });

  it('counts a request in flight while the upstream is answering', async () => {
    h.simulator('helpscout').latencyMs = 800;
    const pending = h.query('{ conversation(id: "helpscout:123") { __typename } }');
    await waitFor(() => h.upstream('helpscout').length === 1);
    expect((await ready(h)).body.providers.find((p) => p.slug === 'helpscout')).toMatchObject({ breaker: 'closed', inFlight: 1, queued: 0 });
    expect((await pending).errors).toBeUndefined();
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
