import { SimulatedProvider } from './sim-server';
import type { SimulatorSpec } from './sim-types';

const spec: SimulatorSpec = {
  slug: 'acme',
  routes: [
    { method: 'GET', path: '/things/:id', handle: (req) => ({ status: 200, body: { id: req.params['id'] } }) },
    { method: 'GET', path: '/broken', handle: () => ({ status: 500, body: { error: 'boom' } }) },
  ],
  rateLimit: { limit: 100, windowSeconds: 60 },
  guard: () => null,
  notFound: () => ({ status: 404, body: { error: 'missing' } }),
  rateLimited: () => ({ status: 429 }),
  rateLimitHeaders: () => ({}),
  env: () => ({}),
};
const MODIFIED = 'Fri, 16 Mar 2012 14:07:23 GMT';

describe('SimulatedProvider HTTP caching (off by default)', () => {
  let sim: SimulatedProvider;
  const get = (path: string, headers: Record<string, string> = {}): Promise<Response> => fetch(new URL(path, sim.baseUrl), { headers });

  beforeAll(async () => {
    sim = new SimulatedProvider(spec);
    await sim.start();
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  it('sends no Cache-Control or validators and never 304 unless a test turns caching on', async () => {
    const res = await get('/things/1', { 'if-none-match': '*', 'if-modified-since': MODIFIED });
    expect(res.status).toBe(200);
    expect([res.headers.get('cache-control'), res.headers.get('etag'), res.headers.get('last-modified')]).toEqual([null, null, null]);
  });

  it('sends the configured headers and a body-derived ETag, and answers a matching If-None-Match with a bodiless 304', async () => {
    sim.caching = { cacheControl: 'max-age=60', etag: true };
    const first = await get('/things/1');
    const etag = first.headers.get('etag') ?? '';
    expect(first.headers.get('cache-control')).toBe('max-age=60');
    expect(etag).toMatch(/^"[0-9a-f]{20}"$/);
    expect((await get('/things/2')).headers.get('etag')).not.toBe(etag);
    const again = await get('/things/1', { 'if-none-match': `W/"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get('/things/1', { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('answers If-Modified-Since at or after Last-Modified with 304, and earlier with the body', async () => {
    sim.caching = { lastModified: MODIFIED };
    expect((await get('/things/1', { 'if-modified-since': MODIFIED })).status).toBe(304);
    expect((await get('/things/1', { 'if-modified-since': 'Thu, 15 Mar 2012 00:00:00 GMT' })).status).toBe(200);
  });

  it('leaves error replies and paths outside its match alone', async () => {
    sim.caching = { etag: true, match: /^\/things\/1$/ };
    expect((await get('/broken')).headers.get('etag')).toBeNull();
    expect((await get('/things/2')).headers.get('etag')).toBeNull();
    expect((await get('/things/1')).headers.get('etag')).not.toBeNull();
  });
});
