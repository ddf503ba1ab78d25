import { SEED_SYSTEM_BODY, SEED_USER_BODY } from '../../../../test/fixtures/layer/layer.seed.fixture';
import { SimulatedProvider } from '../../../simulator/sim-server';
import { layerAdapter } from '../index';
import { conversationsOf } from './data';
import { layerSimulator } from './index';
import { LAYER_MEDIA_TYPE } from './render';
import { GENERATED_COUNT, LISTED_COUNT, SEED_SYSTEM_ID, SEED_USER_ID, SIM_APP_ID, SIM_TOKEN, SIM_USER_ID } from './seed';

const AUTH = { authorization: `Bearer ${SIM_TOKEN}`, accept: LAYER_MEDIA_TYPE };

describe('Layer simulator', () => {
  const sim = new SimulatedProvider(layerSimulator.create());
  let origin: string;
  beforeAll(async () => {
    origin = (await sim.start()).origin;
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  async function get(path: string, headers: Record<string, string> = AUTH): Promise<{ status: number; body: unknown; headers: Headers }> {
    const res = await fetch(`${origin}${path}`, { headers });
    return { status: res.status, body: await res.json(), headers: res.headers };
  }
  /** The seed body with its URLs moved to the simulator origin and the one simulated app. */
  const rebuilt = (body: unknown, seedApp: string): unknown =>
    JSON.parse(JSON.stringify(body).replaceAll(`https://api.layer.com/apps/${seedApp}`, `${origin}/apps/${SIM_APP_ID}`));

  it('serves the user-perspective seed value for value, on its own origin', async () => {
    const res = await get(`/apps/${SIM_APP_ID}/users/1234567/conversations/${SEED_USER_ID}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(rebuilt(SEED_USER_BODY, '1ab339a8-adb6-11e5-ad04-192ee3134c94'));
    expect(res.headers.get('content-type')).toBe(LAYER_MEDIA_TYPE);
  });

  it('serves the system-perspective seed value for value', async () => {
    const res = await get(`/apps/${SIM_APP_ID}/conversations/${SEED_SYSTEM_ID}`);
    expect(res.body).toEqual(rebuilt(SEED_SYSTEM_BODY, SIM_APP_ID));
  });

  it('answers 404 not_found in the user perspective of a user who is not a participant', async () => {
    const res = await get(`/apps/${SIM_APP_ID}/users/1234567/conversations/${SEED_SYSTEM_ID}`);
    expect(res).toMatchObject({ status: 404, body: { id: 'not_found', code: 102 } });
  });

  it('answers 401 authentication_required without the bearer token', async () => {
    const res = await get(`/apps/${SIM_APP_ID}/conversations/${SEED_SYSTEM_ID}`, { accept: LAYER_MEDIA_TYPE });
    expect(res).toMatchObject({ status: 401, body: { id: 'authentication_required', code: 4 } });
  });

  it('answers 406 invalid_header with the documented body without the versioned Accept', async () => {
    const res = await get(`/apps/${SIM_APP_ID}/conversations/${SEED_SYSTEM_ID}`, { authorization: AUTH.authorization, accept: 'application/json' });
    expect(res).toMatchObject({ status: 406, body: { id: 'invalid_header', code: 107, data: { header: 'Accept' } } });
  });

  it('builds the 429 rate_limit_exceeded reply with Retry-After in seconds', () => {
    const spec = layerSimulator.create();
    const reply = spec.rateLimited({ limit: 3000, remaining: 0, resetAt: 0, resetIn: 42 });
    expect(reply).toMatchObject({ status: 429, body: { id: 'rate_limit_exceeded', code: 7 }, headers: { 'Retry-After': '42' } });
  });

  it('lists messages newest first with Layer-Count and continues with from_id', async () => {
    const path = `/apps/${SIM_APP_ID}/users/1234567/conversations/${SEED_USER_ID}/messages`;
    const all = await get(path);
    expect(all.headers.get('layer-count')).toBe('3');
    const ids = (all.body as { id: string }[]).map((m) => m.id);
    expect(ids[0]).toBe(SEED_USER_BODY.last_message.id);
    const older = await get(`${path}?page_size=1&from_id=${encodeURIComponent(ids[0] ?? '')}`);
    expect((older.body as { id: string }[]).map((m) => m.id)).toEqual([ids[1]]);
  });

  it.each(['0', '101', 'ten'])('answers 400 invalid_request for page_size=%s', async (size) => {
    const res = await get(`/apps/${SIM_APP_ID}/users/1234567/conversations?page_size=${size}`);
    expect(res).toMatchObject({ status: 400, body: { id: 'invalid_request', code: 10 } });
  });

  it('serves identities consistent with the seed participants', async () => {
    const res = await get(`/apps/${SIM_APP_ID}/users/2222222/identity`);
    expect(res.body).toMatchObject({ id: 'layer:///identities/2222222', user_id: '2222222', identity_type: 'bot' });
  });

  it('generates the same conversations on every run, enough to list and page', () => {
    const list = conversationsOf(SIM_USER_ID);
    expect(list.length).toBeGreaterThanOrEqual(GENERATED_COUNT);
    expect(list).toHaveLength(LISTED_COUNT);
    expect(list[0]?.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(list.every((conversation) => conversation.messages().length > 0)).toBe(true);
  });

  it('points Parley at itself through exactly the variables the adapter reads', () => {
    const env = layerSimulator.create().env(new URL('http://127.0.0.1:1/'));
    expect(Object.keys(env).sort()).toEqual(layerAdapter.envVars.map((variable) => variable.name).sort());
    expect(env).toMatchObject({ LAYER_TOKEN: SIM_TOKEN, LAYER_APP_ID: SIM_APP_ID, LAYER_USER_ID: SIM_USER_ID });
  });
});
