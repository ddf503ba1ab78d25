import { SimulatedProvider } from '../../../simulator/sim-server';
import { helpScoutAdapter } from '../index';
import { helpScoutSimulator } from './index';
import { FOREIGN_LINK_ID, GENERATED_IDS, LONG_ID, LONG_THREADS, SEED_ID, SIM_APP, SIM_TOKEN } from './seed';

const createHelpScoutSimulator = helpScoutSimulator.create;

describe('Help Scout simulator', () => {
  const sim = new SimulatedProvider(createHelpScoutSimulator());
  beforeAll(() => sim.start());
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const get = (path: string, token = SIM_TOKEN): Promise<Response> =>
    fetch(new URL(path, sim.baseUrl), { headers: { authorization: `Bearer ${token}` }, redirect: 'manual' });
  const json = async (path: string): Promise<Record<string, unknown>> => (await (await get(path)).json()) as Record<string, unknown>;

  it('points the adapter at itself through the variables the adapter reads', () => {
    const env = createHelpScoutSimulator().env(sim.baseUrl);
    expect(Object.keys(env).every((name) => helpScoutAdapter.envVars.some((variable) => variable.name === name))).toBe(true);
    expect(helpScoutAdapter.hasCredentials(env)).toBe(true);
  });

  it('refuses a wrong token with 401 and the documented error envelope', async () => {
    const res = await get('/v2/conversations/123', 'nope');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/hal+json');
    expect(await res.json()).toMatchObject({ logRef: expect.any(String), message: 'Unauthorized', _embedded: { errors: [] }, _links: { about: { href: expect.any(String) } } });
  });

  it('sends the per-minute rate-limit headers on every reply, errors included', async () => {
    for (const res of [await get('/v2/conversations/123'), await get('/v2/conversations/999999')]) {
      expect(res.headers.get('x-ratelimit-limit-minute')).toBe('12000');
      expect(Number(res.headers.get('x-ratelimit-remaining-minute'))).toBeLessThan(12000);
    }
  });

  it('answers 429 with X-RateLimit-Retry-After and the error envelope once the minute budget is spent', async () => {
    const tight = new SimulatedProvider({ ...createHelpScoutSimulator(), rateLimit: { limit: 1, windowSeconds: 60 } });
    await tight.start();
    try {
      const call = (): Promise<Response> => fetch(new URL('/v2/conversations/123', tight.baseUrl), { headers: { authorization: `Bearer ${SIM_TOKEN}` } });
      expect((await call()).status).toBe(200);
      const limited = await call();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('x-ratelimit-retry-after'))).toBeGreaterThan(0);
      expect(limited.headers.get('x-ratelimit-remaining-minute')).toBe('0');
      expect(await limited.json()).toMatchObject({ logRef: expect.any(String), message: 'Too many requests' });
    } finally {
      await tight.stop();
    }
  });

  it('serves the seed with absolute links on its own origin and an empty threads array without embed', async () => {
    const body = await json(`/v2/conversations/${SEED_ID}`);
    expect(body).toMatchObject({ id: 123, number: 12, threads: 2, _embedded: { threads: [] } });
    expect(body['_links']).toMatchObject({ mailbox: { href: `${sim.baseUrl.origin}/v2/mailboxes/13` }, web: { href: 'https://secure.helpscout.net/conversation/123/12' } });
  });

  it('embeds the threads newest first with embed=threads and refuses other embed values with 400', async () => {
    const body = await json(`/v2/conversations/${SEED_ID}?embed=threads`);
    expect(body['_embedded']).toMatchObject({ threads: [{ id: 123002 }, { id: 123001 }] });
    expect((await get(`/v2/conversations/${SEED_ID}?embed=customers`)).status).toBe(400);
  });

  it('answers 301 with a Location on its own origin for a merged conversation', async () => {
    const res = await get('/v2/conversations/122');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${sim.baseUrl.origin}/v2/conversations/123`);
  });

  it('pages threads 50 at a time, newest first, with next and previous links', async () => {
    const body = await json(`/v2/conversations/${LONG_ID}/threads?page=2`);
    expect(body['page']).toEqual({ size: 50, totalElements: LONG_THREADS, totalPages: 5, number: 2 });
    expect(body['_links']).toMatchObject({
      next: { href: `${sim.baseUrl.origin}/v2/conversations/${LONG_ID}/threads?page=3` },
      previous: { href: `${sim.baseUrl.origin}/v2/conversations/${LONG_ID}/threads?page=1` },
    });
    expect(body['_embedded']).toMatchObject({ threads: expect.arrayContaining([expect.objectContaining({ id: 2000200 })]) });
    expect((await get(`/v2/conversations/${LONG_ID}/threads?page=0`)).status).toBe(400);
  });

  it('lists only active conversations by default and everything with status=all, 25 per page', async () => {
    const all = await json('/v2/conversations?status=all');
    expect(all['page']).toEqual({ size: 25, totalElements: GENERATED_IDS.count + 3, totalPages: 9, number: 1 });
    const active = await json('/v2/conversations');
    expect((active['page'] as { totalElements: number }).totalElements).toBeLessThan(GENERATED_IDS.count);
  });

  it('serves the resources the seed links to, consistent with the seed', async () => {
    expect(await json('/v2/customers/238604')).toMatchObject({ firstName: 'Rob', lastName: 'Robertovic', _embedded: { emails: [{ value: 'rob@acme.com' }] } });
    expect(await json('/v2/users/14')).toMatchObject({ firstName: 'Clo', lastName: 'Ser', email: 'closer@closers.com', photoUrl: 'pic.jpg' });
    expect(await json('/v2/mailboxes/13')).toMatchObject({ id: 13, name: 'Support' });
    expect((await json(`/v2/conversations/${FOREIGN_LINK_ID}`))['_links']).toMatchObject({ mailbox: { href: 'https://evil.example/v2/mailboxes/13' } });
  });

  const tokenRequest = (secret: string): Promise<Response> =>
    fetch(new URL('/v2/oauth2/token', sim.baseUrl), {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: SIM_APP.id, client_secret: secret }).toString(),
    });

  it('issues tokens for a form POST with the app credentials in the body', async () => {
    const token = (await (await tokenRequest(SIM_APP.secret)).json()) as { access_token: string; expires_in: number };
    expect(token.expires_in).toBe(172800);
    expect((await get('/v2/conversations/123', token.access_token)).status).toBe(200);
  });

  it('refuses a token request with a wrong app secret with 401 invalid_client', async () => {
    const res = await tokenRequest('wrong');
    expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([401, 'invalid_client']);
  });
});
