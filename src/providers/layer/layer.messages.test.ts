import { connectSimulated, type SimulatedClient } from '../../../test/support/provider-fixture';
import { ParleyError } from '../../errors/parley-error';
import type { JsonValue } from '../shared/json';
import { layerAdapter } from './index';
import { loadMessagePage, loadNewestMessage } from './layer.messages';
import { LONG_ID, SEED_USER_ID, SIM_APP_ID } from './layer.sim-data';
import { messageUuidOf } from './layer.wire';

const MESSAGES = (conversation: string): string => `/apps/${SIM_APP_ID}/users/1234567/conversations/${conversation}/messages`;
const LONG = MESSAGES(LONG_ID);
const longMessage = (n: number): string => `25000000-0000-4000-b000-${String(n).padStart(12, '0')}`;

describe('Layer messages, oldest first over a newest-first API', () => {
  let sim: SimulatedClient;
  let base: (conversation: string) => URL;
  beforeAll(async () => {
    sim = await connectSimulated(layerAdapter);
    base = (conversation) => new URL(MESSAGES(conversation), sim.simulator.baseUrl);
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.simulator.reset());

  /** Reads every page with a fresh IO per page (one operation each), as a client paging would. */
  async function pageThrough(first: number): Promise<{ texts: string[]; pages: number }> {
    const texts: string[] = [];
    let after: JsonValue | null = null;
    let pages = 0;
    for (;;) {
      const page = await loadMessagePage(sim.io(), base(LONG_ID), { first, after });
      pages += 1;
      texts.push(...page.items.map((item) => item.node.wire.parts[0]?.body ?? ''));
      const last = page.items[page.items.length - 1];
      if (!page.hasNextPage || !last) return { texts, pages };
      after = last.cursor;
    }
  }

  it('reads the whole list for the first page and returns the oldest messages first', async () => {
    const page = await loadMessagePage(sim.io(), base(LONG_ID), { first: 100, after: null });
    expect(page.items.map((item) => messageUuidOf(item.node.wire.id)).slice(0, 2)).toEqual([longMessage(1), longMessage(2)]);
    expect(page).toMatchObject({ hasNextPage: true, totalCount: 250 });
    expect(sim.upstream()).toEqual([
      `GET ${LONG}?page_size=100`,
      `GET ${LONG}?page_size=100&from_id=${longMessage(151)}`,
      `GET ${LONG}?page_size=100&from_id=${longMessage(51)}`,
    ]);
  });

  it('pages through 250 messages by 100 in order, with one request per later page', async () => {
    const { texts, pages } = await pageThrough(100);
    expect(texts).toEqual(Array.from({ length: 250 }, (_, k) => `Message ${k + 1} of 250`));
    expect(pages).toBe(3);
    expect(sim.upstream()).toEqual([
      `GET ${LONG}?page_size=100`,
      `GET ${LONG}?page_size=100&from_id=${longMessage(151)}`,
      `GET ${LONG}?page_size=100&from_id=${longMessage(51)}`,
      `GET ${LONG}?page_size=100&from_id=${longMessage(201)}`,
      `GET ${LONG}?page_size=100`,
    ]);
  });

  it.each([20, 33, 99, 1])('pages through 250 messages by %i without duplicates or gaps', async (first) => {
    const { texts, pages } = await pageThrough(first);
    expect(texts).toEqual(Array.from({ length: 250 }, (_, k) => `Message ${k + 1} of 250`));
    expect(pages).toBe(Math.ceil(250 / first));
    // The first page reads all 3 upstream pages; later pages mostly one each.
    expect(sim.upstream().length).toBeLessThanOrEqual(3 + 2 * pages);
  });

  it('returns a short conversation in one request with no next page', async () => {
    const page = await loadMessagePage(sim.io(), base(SEED_USER_ID), { first: 20, after: null });
    expect(page.items.map((item) => item.node.wire.parts[0]?.body)).toEqual(['Hi! Did you get my note?', 'Yes, thanks.', 'hello']);
    expect(page).toMatchObject({ hasNextPage: false, totalCount: 3 });
    expect(sim.upstream()).toEqual([`GET ${MESSAGES(SEED_USER_ID)}?page_size=100`]);
  });

  it.each([
    ['a string', 'abc'],
    ['a foreign shape', { page: 2 }],
    ['an id that is not a UUID', { id: '../x', pos: null, anchor: null, depth: null }],
    ['extra fields', { id: longMessage(1), pos: null, anchor: null, depth: null, url: 'https://evil.example/' }],
  ])('refuses a cursor that is %s before any request', async (_what, after) => {
    await expect(loadMessagePage(sim.io(), base(LONG_ID), { first: 10, after })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(sim.upstream()).toEqual([]);
  });

  it('refuses a cursor whose message is not in the conversation', async () => {
    const after = { id: '00000000-0000-4000-a000-000000000000', pos: null, anchor: null, depth: null };
    await expect(loadMessagePage(sim.io(), base(SEED_USER_ID), { first: 10, after })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('stops with PROVIDER_BAD_RESPONSE when the upstream pages loop back', async () => {
    const io = sim.io();
    const firstPage = await io.get(`${LONG.slice(1)}?page_size=100`);
    // Every later page answers with the first page again: its last id repeats, so the next URL repeats.
    sim.simulator.injectFault({ match: /from_id=/, times: 10, reply: { status: 200, body: firstPage.body, contentType: 'application/json' } });
    const error: unknown = await loadMessagePage(sim.io(), base(LONG_ID), { first: 10, after: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParleyError);
    expect(error).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringContaining('loops') });
  });

  it('reads only the newest message with page_size=1 when messages are not selected', async () => {
    const newest = await loadNewestMessage(sim.io(), base(LONG_ID), false);
    expect(newest?.wire.parts[0]?.body).toBe('Message 250 of 250');
    expect(sim.upstream()).toEqual([`GET ${LONG}?page_size=1`]);
  });
});
