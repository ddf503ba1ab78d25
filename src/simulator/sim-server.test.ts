import { MAX_RECORDED, SimulatedProvider } from './sim-server';
import type { SimulatorSpec } from './sim-types';

function spec(overrides: Partial<SimulatorSpec> = {}): SimulatorSpec {
  return {
    slug: 'acme',
    routes: [{ method: 'GET', path: '/things/:id', handle: (req) => ({ status: 200, body: { id: req.params['id'] } }) }],
    rateLimit: { limit: 3, windowSeconds: 60 },
    guard: (req) => (req.headers.authorization === 'Bearer ok' ? null : { status: 401, body: { error: 'auth' } }),
    notFound: () => ({ status: 404, body: { error: 'missing' } }),
    rateLimited: (w) => ({ status: 429, body: { error: 'slow down' }, headers: { 'retry-after': String(w.resetIn) } }),
    rateLimitHeaders: (w) => ({ 'x-ratelimit-remaining': String(w.remaining) }),
    env: (base) => ({ ACME_BASE_URL: base.href }),
    ...overrides,
  };
}

describe('SimulatedProvider', () => {
  let sim: SimulatedProvider;
  const get = (path: string, auth = 'Bearer ok'): Promise<Response> => fetch(new URL(path, sim.baseUrl), { headers: { authorization: auth } });

  beforeEach(async () => {
    sim = new SimulatedProvider(spec());
    await sim.start();
  });
  afterEach(() => sim.stop());

  it('routes by path pattern and decodes parameters', async () => {
    const res = await get('/things/a%20b');
    expect(await res.json()).toEqual({ id: 'a b' });
  });

  it('records every request with its path and query', async () => {
    await get('/things/1?page=2');
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /things/1?page=2']);
  });

  it('keeps only the most recent requests once its bounded log is full, still counting all of them', async () => {
    expect(sim.maxRecorded).toBe(MAX_RECORDED);
    expect(MAX_RECORDED).toBe(10_000);
    sim.maxRecorded = 3;
    for (let i = 1; i <= 7; i += 1) await get(`/things/${i}`);
    expect(sim.requests.map((r) => r.path)).toEqual(['/things/5', '/things/6', '/things/7']);
    expect(sim.recorded).toBe(7);
    sim.reset();
    expect([sim.requests.length, sim.recorded]).toEqual([0, 0]);
  });

  it('answers the guard reply when credentials are wrong', async () => {
    expect((await get('/things/1', 'Bearer nope')).status).toBe(401);
  });

  it('answers the provider 404 for unknown paths', async () => {
    const res = await get('/other');
    expect([res.status, await res.json()]).toEqual([404, { error: 'missing' }]);
  });

  it('sends rate-limit headers and answers 429 past the budget', async () => {
    const statuses: number[] = [];
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await get('/things/1');
      statuses.push(res.status);
      remaining.push(res.headers.get('x-ratelimit-remaining'));
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(remaining).toEqual(['2', '1', '0', '0']);
  });

  it('serves an injected fault the given number of times, then recovers', async () => {
    sim.injectFault({ match: /things/, times: 1, reply: { status: 200, rawBody: '{"trunc' } });
    expect(await (await get('/things/1')).text()).toBe('{"trunc');
    expect(await (await get('/things/1')).json()).toEqual({ id: '1' });
  });

  it('adds the configured latency to every reply', async () => {
    sim.latencyMs = 60;
    const started = performance.now();
    await get('/things/1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('gives the env that points an adapter at it', () => {
    expect(sim.env()).toEqual({ ACME_BASE_URL: sim.baseUrl.href });
  });
});
