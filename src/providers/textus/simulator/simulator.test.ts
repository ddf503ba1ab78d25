import { SimulatedProvider } from '../../../simulator/sim-server';
import { GENERATED_COUNT } from './generate';
import { createTextUsSimulator } from '.';
import { timelinePage } from './routes';
import { LONG_SLUG, SEED_SLUG, SIM_TOKEN, seedConversation } from './seed';
import { simStore } from './store';

const HEADERS = { Authorization: `Bearer ${SIM_TOKEN}`, Accept: 'application/vnd.textus+jsonld' };

describe('TextUs simulator', () => {
  const sim = new SimulatedProvider(createTextUsSimulator());
  let base: URL;
  beforeAll(async () => {
    base = await sim.start();
  });
  afterAll(() => sim.stop());

  const get = async (path: string, headers: Record<string, string> = HEADERS) => {
    const res = await fetch(new URL(path, base), { headers });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
  };

  it('serves the documented example under its id and under the slug it was requested with', async () => {
    for (const slug of ['kY1QwY', 'Pvwqm5G']) {
      const res = await get(`/conversations/${slug}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/vnd.textus+jsonld');
      expect(res.body).toEqual(seedConversation());
    }
  });

  it('builds the example timeline page exactly as the example embeds it', () => {
    const record = simStore().conversations.get(SEED_SLUG)!;
    expect(timelinePage(record, 0)).toEqual(seedConversation()['timeline']);
  });

  it('answers 401 with a JSON-LD error body when the token is wrong', async () => {
    const res = await get('/conversations/kY1QwY', { ...HEADERS, Authorization: 'Bearer nope' });
    expect(res).toMatchObject({ status: 401, body: { '@type': 'Error', error: 'Unauthorized' } });
  });

  it('answers 406 when the TextUs media type is not accepted', async () => {
    const res = await get('/conversations/kY1QwY', { Authorization: HEADERS.Authorization, Accept: 'application/json' });
    expect(res.status).toBe(406);
  });

  it('sends the rate-limit headers on every reply, errors included', async () => {
    const res = await get('/conversations/nothere');
    expect(res).toMatchObject({ status: 404, body: { '@type': 'Error', error: 'Not Found' } });
    expect(res.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeLessThan(1000);
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  });

  it('answers 429 with Retry-After once the window is spent', () => {
    const reply = createTextUsSimulator().rateLimited({ limit: 1000, remaining: 0, resetAt: 1_700_000_300, resetIn: 42 });
    expect(reply).toMatchObject({ status: 429, headers: { 'Retry-After': '42' }, body: { '@type': 'Error', error: 'Too Many Requests' } });
  });

  it(`generates ${GENERATED_COUNT} conversations besides the example and the long one, listed newest first`, () => {
    const { listed } = simStore();
    expect(listed).toHaveLength(GENERATED_COUNT + 2);
    const positions = listed.map((record) => Date.parse(record.latestPosition));
    expect(positions).toEqual([...positions].sort((a, b) => b - a));
  });

  it('pages the 250-item timeline through view.next and back through view.previous', async () => {
    const seen: string[] = [];
    let next: string | null = `/conversations/${LONG_SLUG}/timeline`;
    let last: Record<string, unknown> = {};
    while (next !== null) {
      last = (await get(next)).body;
      seen.push(...(last['members'] as { id: string }[]).map((member) => member.id));
      next = (last['view'] as { next: string | null }).next;
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    const previous = (last['view'] as { previous: string }).previous;
    expect(((await get(previous)).body['members'] as { id: string }[])[0]?.id).toBe(seen[200]);
  });

  it('answers 400 to a cursor it did not issue', async () => {
    expect((await get(`/conversations/${LONG_SLUG}/timeline?cursor=bogus`)).status).toBe(400);
  });

  it('lists conversations of its account only, with associatedContacts as a link', async () => {
    const list = await get('/sanford.llc/conversation_filters/all/conversations');
    const members = list.body['members'] as Record<string, unknown>[];
    expect(members).toHaveLength(25);
    expect(typeof members[0]?.['associatedContacts']).toBe('string');
    expect(typeof members[0]?.['requestingUserInfo']).toBe('object');
    expect((await get('/other/conversation_filters/all/conversations')).status).toBe(404);
  });

  it('serves the users, contacts, messages and events the example links to', async () => {
    for (const path of ['/users/wqyODPA', '/users/hikvlD', '/contacts/Vled2N', '/messages/QNDkpL', '/conversation_events/Pvwqm5G']) {
      expect((await get(path)).body['id']).toBe(path);
    }
  });
});
