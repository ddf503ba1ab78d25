import { helpScoutAdapter } from '../../src/providers/helpscout';
import { SIM_APP } from '../../src/providers/helpscout/simulator/seed';
import { textUsAdapter } from '../../src/providers/textus';
import { LONG_SLUG } from '../../src/providers/textus/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

type Json = Record<string, unknown>;

const decode = (cursor: string): { p: string; c: Json } => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { p: string; c: Json };
const encode = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('TextUs cursors cannot smuggle query strings', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [textUsAdapter] });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  const page = (after: string | null) => h.query<Json, { after: string | null }>(
    `query Page($after: String) { conversation(id: "textus:${LONG_SLUG}") { ... on TextUsConversation {
      messages(first: 100, after: $after) { pageInfo { endCursor } edges { node { id } } } } } }`,
    { after },
  );

  it.each([
    ['an extra parameter after the cursor', (address: string) => `${address}&per_page=100000`],
    ['a parameter before the cursor', (address: string) => address.replace('?cursor=', '?include=secrets&cursor=')],
    ['a cursor value with an escaped "&"', (address: string) => `${address}%26admin%3Dtrue`],
    ['a query string in place of the cursor', (address: string) => address.replace(/\?.*$/, '?admin=true')],
  ])('refuses a forged cursor with %s as BAD_USER_INPUT before any page request', async (_, forge) => {
    const first = await page(null);
    const messages = ((first.data?.['conversation'] as Json)['messages'] as Json)['pageInfo'] as Json;
    const issued = decode(String(messages['endCursor']));
    const address = String(issued.c['p']);
    expect(address).toMatch(/\?cursor=/);
    h.reset();
    const forged = encode({ ...issued, c: { ...issued.c, p: forge(address) } });
    const result = await page(forged);
    expect(result.errors?.map((e) => [e.path, e.extensions?.['code'], e.message])).toEqual([
      [['conversation', 'messages'], 'BAD_USER_INPUT', 'Cursor is not a cursor Parley issued for this list'],
    ]);
    expect(h.upstream('textus')).toEqual([`GET /conversations/${LONG_SLUG}`]);
  });
});

describe('Help Scout token renewal under a 401 storm', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ }, {
      adapters: [helpScoutAdapter],
      overrides: { HELPSCOUT_TOKEN: undefined, HELPSCOUT_APP_ID: SIM_APP.id, HELPSCOUT_APP_SECRET: SIM_APP.secret },
    });
  });
  afterAll(() => h.stop());

  it('renews the token once when ten requests sent with a revoked token get their 401s one after another', async () => {
    const sim = h.simulator('helpscout');
    const query = '{ conversation(id: "helpscout:123") { ... on CommonConversation { id } } }';
    expect((await h.query(query)).data).toEqual({ conversation: { id: 'helpscout:123' } });
    expect(h.upstream('helpscout')).toEqual(['POST /v2/oauth2/token', 'GET /v2/conversations/123']);
    h.reset();
    // The Help Scout simulator's spec keeps the tokens it issued (tests reach simulators only through their seed and the harness).
    (sim.spec as typeof sim.spec & { readonly issuedTokens: Set<string> }).issuedTokens.clear();
    // Ten requests leave with the revoked token; their 401s arrive 40 ms apart from 300 ms on, all but
    // the first after the renewal it caused has finished.
    for (let i = 0; i < 10; i += 1) sim.injectFault({ match: /^\/v2\/conversations\/123$/, delayMs: 300 + i * 40 });
    const results = await Promise.all(Array.from({ length: 10 }, () => h.query(query)));
    expect(results.map((r) => r.data)).toEqual(Array(10).fill({ conversation: { id: 'helpscout:123' } }));
    // One renewal for the burst (the old code renewed once per 401: 10 token requests here).
    expect(h.upstream('helpscout').filter((r) => r.startsWith('POST'))).toEqual(['POST /v2/oauth2/token']);
    const sent = sim.requests.filter((r) => r.method === 'GET').map((r) => r.headers.authorization);
    expect(sent).toEqual([...Array(10).fill('Bearer hs-sim-issued-1'), ...Array(10).fill('Bearer hs-sim-issued-2')]);
  });
});
