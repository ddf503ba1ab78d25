import { SimulatedProvider } from '../../../simulator/sim-server';
import { birdSimulator } from './index';
import { GENERATED_COUNT, PAGING_CONVERSATION_ID, SEED_CONVERSATION_ID, seedConversation, SIM_ACCESS_KEY, SIM_WORKSPACE } from './seed';
import { buildWorld } from './world';

/** A list page as the simulator sends it (the simulator tests read raw JSON, not Parley's parsers). */
interface ListBody {
  results: { id: string; body?: { text?: { text: string } }; lastMessage?: { id: string } | null }[];
  nextPageToken: string;
  total: number;
}

const AUTH = { authorization: `AccessKey ${SIM_ACCESS_KEY}` };
const CONVERSATIONS = `workspaces/${SIM_WORKSPACE}/conversations`;

describe('Bird simulator', () => {
  const sim = new SimulatedProvider(birdSimulator.create());
  beforeAll(() => sim.start());
  afterAll(() => sim.stop());
  beforeEach(() => sim.reset());

  const get = async (path: string, headers: Record<string, string> = AUTH) => {
    const res = await fetch(new URL(path, sim.baseUrl), { headers });
    return { status: res.status, headers: res.headers, body: (await res.json()) as unknown };
  };

  it('points the adapter at itself with a key and the default workspace', () => {
    expect(sim.env()).toEqual({ BIRD_BASE_URL: sim.baseUrl.href, BIRD_ACCESS_KEY: SIM_ACCESS_KEY, BIRD_WORKSPACE_ID: SIM_WORKSPACE });
  });

  it('serves the seed conversation under the demo id with the seed values and real addresses', async () => {
    const { status, body } = await get(`${CONVERSATIONS}/${SEED_CONVERSATION_ID}`);
    expect(status).toBe(200);
    expect(body).toEqual(seedConversation);
    expect(JSON.stringify(body)).not.toContain('email protected');
  });

  it.each([
    ['no key', {}],
    ['a Bearer token', { authorization: `Bearer ${SIM_ACCESS_KEY}` }],
    ['a wrong key', { authorization: 'AccessKey nope' }],
  ])('answers 401 with Bird\'s error body for %s', async (_, headers) => {
    expect(await get(`${CONVERSATIONS}/${SEED_CONVERSATION_ID}`, headers)).toMatchObject({ status: 401, body: { code: 'Unauthorized' } });
  });

  it('answers 406 when the client does not accept JSON', async () => {
    expect((await get(`${CONVERSATIONS}/${SEED_CONVERSATION_ID}`, { ...AUTH, accept: 'text/html' })).status).toBe(406);
  });

  it.each(['0', '101', 'ten', '-1'])('answers 422 for limit=%s', async (limit) => {
    expect(await get(`${CONVERSATIONS}?limit=${limit}`)).toMatchObject({ status: 422, body: { code: 'InvalidPayload' } });
  });

  it('answers 422 for a pageToken it never issued', async () => {
    expect((await get(`${CONVERSATIONS}?pageToken=bm9wZQ==`)).status).toBe(422);
  });

  it('lists at least 200 conversations newest first, 10 by default, with a total', async () => {
    const list = (await get(CONVERSATIONS)).body as ListBody;
    expect(list.results).toHaveLength(10);
    expect(list.total).toBeGreaterThanOrEqual(200);
    expect(list.total).toBe(GENERATED_COUNT + 2);
    expect(list.nextPageToken).toBeTruthy();
  });

  it('serves 250 messages newest first by default and oldest first with reverse=true', async () => {
    const path = `${CONVERSATIONS}/${PAGING_CONVERSATION_ID}/messages?limit=100`;
    const newest = (await get(path)).body as ListBody;
    const oldest = (await get(`${path}&reverse=true`)).body as ListBody;
    expect(newest.total).toBe(250);
    expect(newest.results[0]?.body?.text?.text).toBe('Message 250 of 250');
    expect(oldest.results[0]?.body?.text?.text).toBe('Message 1 of 250');
  });

  it('keeps every generated lastMessage equal to the newest message', () => {
    for (const conversation of buildWorld().conversations.values()) {
      const { lastMessage } = conversation.body as ListBody['results'][number];
      expect(lastMessage?.id).toBe(conversation.messages[conversation.messages.length - 1]?.['id']);
    }
  });

  it('generates the same data on every build', () => {
    expect([...buildWorld().conversations.keys()]).toEqual([...buildWorld().conversations.keys()]);
  });

  it('sends no X-RateLimit headers and answers 429 with Retry-After once the budget is spent', async () => {
    const spec = birdSimulator.create();
    const reply = spec.rateLimited({ limit: 1, remaining: 0, resetAt: 0, resetIn: 12 });
    expect(reply).toMatchObject({ status: 429, headers: { 'retry-after': '12' }, body: { code: 'TooManyRequests' } });
    const { headers } = await get(`${CONVERSATIONS}/${SEED_CONVERSATION_ID}`);
    const names: string[] = [];
    headers.forEach((_, name) => names.push(name));
    expect(names.filter((name) => name.startsWith('x-ratelimit'))).toEqual([]);
  });

  it('answers 403 for a workspace the key has no access to', async () => {
    expect(await get(`workspaces/00000000-0000-4000-a000-000000000000/conversations`)).toMatchObject({ status: 403, body: { code: 'Forbidden' } });
  });
});
