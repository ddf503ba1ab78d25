import { useSimulated } from '../../../../test/support/provider-fixture';
import { readableItems } from '../../../../test/support/readable';
import { failure } from '../../../../test/support/errors';
import type { JsonValue } from '../../../kit/json';
import type { PageRequest } from '../../../kit/paging/request';
import type { LayerLinks } from '../graphql/links';
import { layerAdapter } from '../index';
import { LONG_ID, LONG_MESSAGE_COUNT, SEED_USER_ID, SIM_APP_ID, longMessageId } from '../simulator/seed';
import { LayerClient } from './client';

const MESSAGES = (conversation: string): string => `/apps/${SIM_APP_ID}/users/1234567/conversations/${conversation}/messages`;
const LONG = MESSAGES(LONG_ID);
const TOP = `GET ${LONG}?page_size=100`;
const from = (k: number): string => `${TOP}&from_id=${longMessageId(k)}`;
const ALL_TEXTS = Array.from({ length: LONG_MESSAGE_COUNT }, (_, k) => `Message ${k + 1} of ${LONG_MESSAGE_COUNT}`);

describe('Layer links: messages oldest first over a newest-first API', () => {
  const sim = useSimulated(layerAdapter);
  let links: LayerLinks;
  const source = (conversation: string, viewer: string | null = '1234567') => ({
    messagesUrl: new URL(MESSAGES(conversation), sim.simulator.baseUrl).href,
    viewer,
    nativeId: conversation,
    perspectiveUserId: viewer,
  });
  const page = (conversation: string, request: PageRequest) => links.messages(source(conversation), request, sim.io());
  beforeAll(() => {
    if (!(sim.client instanceof LayerClient)) throw new Error('expected the Layer client');
    links = sim.client.scope.links;
  });

  /** Reads every window with a fresh IO each (one operation each), as a client paging would. */
  async function pageThrough(first: number): Promise<{ texts: (string | null)[]; windows: number }> {
    const texts: (string | null)[] = [];
    let after: JsonValue | null = null;
    let windows = 0;
    for (;;) {
      const result = await page(LONG_ID, { first, after });
      windows += 1;
      texts.push(...readableItems(result).map((item) => item.node.text));
      const last = result.items[result.items.length - 1];
      if (!result.hasNextPage || !last) return { texts, windows };
      after = last.cursor;
    }
  }

  it('reads the whole newest-first list for the first window and serves the oldest messages first', async () => {
    const result = await page(LONG_ID, { first: 100, after: null });
    expect(readableItems(result).map((item) => item.node.text).slice(0, 2)).toEqual(['Message 1 of 250', 'Message 2 of 250']);
    expect(result).toMatchObject({ hasNextPage: true, totalCount: 250 });
    expect(sim.upstream()).toEqual([TOP, from(151), from(51)]);
  });

  it('reads a later window in one request from the keyset anchor its cursor records, and the last from the newest page', async () => {
    const { texts, windows } = await pageThrough(100);
    expect(texts).toEqual(ALL_TEXTS);
    expect(windows).toBe(3);
    expect(sim.upstream()).toEqual([TOP, from(151), from(51), from(201), TOP]);
  });

  it.each([
    [20, 16],
    [33, 11],
    [50, 8],
    [99, 5],
    [7, 39],
  ])('pages through 250 messages by %i without duplicates or gaps, in %i upstream requests', async (first, requests) => {
    const { texts, windows } = await pageThrough(first);
    expect(texts).toEqual(ALL_TEXTS);
    expect(windows).toBe(Math.ceil(250 / first));
    expect(sim.upstream()).toHaveLength(requests);
  });

  it('pages a short conversation by 1, each window from the one page it has', async () => {
    const texts: (string | null)[] = [];
    let after: JsonValue | null = null;
    for (let window = 0; window < 3; window += 1) {
      const result = await page(SEED_USER_ID, { first: 1, after });
      texts.push(...readableItems(result).map((item) => item.node.text));
      expect(result.hasNextPage).toBe(window < 2);
      after = result.items[0]!.cursor;
    }
    expect(texts).toEqual(['Hi! Did you get my note?', 'Yes, thanks.', 'hello']);
    expect(sim.upstream()).toEqual(Array.from({ length: 3 }, () => `GET ${MESSAGES(SEED_USER_ID)}?page_size=100`));
  });

  it('returns a short conversation in one request with no next page, directions from the viewer', async () => {
    const result = await page(SEED_USER_ID, { first: 20, after: null });
    expect(readableItems(result).map((item) => [item.node.text, item.node.direction])).toEqual([
      ['Hi! Did you get my note?', 'INBOUND'], ['Yes, thanks.', 'OUTBOUND'], ['hello', 'OUTBOUND'],
    ]);
    expect(result).toMatchObject({ hasNextPage: false, totalCount: 3 });
    expect(sim.upstream()).toEqual([`GET ${MESSAGES(SEED_USER_ID)}?page_size=100`]);
  });

  it.each([
    ['a string', 'abc'],
    ['a foreign shape', { page: 2 }],
    ['the former Layer shape', { id: longMessageId(1), pos: null, anchor: null, depth: null }],
    ['another conversation\'s messages', { p: `apps/${SIM_APP_ID}/users/1234567/conversations/${SEED_USER_ID}/messages?page_size=100`, a: longMessageId(1) }],
    ['a foreign origin', { p: `https://evil.example${LONG}?page_size=100`, a: longMessageId(1) }],
  ])('refuses a cursor that is %s before any request', async (_what, after) => {
    await expect(page(LONG_ID, { first: 10, after })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(sim.upstream()).toEqual([]);
  });

  it('refuses a cursor whose message is not in the conversation', async () => {
    const after = { p: `${MESSAGES(SEED_USER_ID).slice(1)}?page_size=100`, a: '00000000-0000-4000-a000-000000000000' };
    await expect(page(SEED_USER_ID, { first: 10, after })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('answers LINK_REJECTED before any request when messages_url is on a foreign origin', async () => {
    const foreign = { messagesUrl: `https://evil.example${LONG}`, viewer: null, nativeId: LONG_ID, perspectiveUserId: null };
    await expect(links.messages(foreign, { first: 10, after: null }, sim.io())).rejects.toMatchObject({ code: 'LINK_REJECTED' });
    expect(sim.upstream()).toEqual([]);
  });

  it('stops with PROVIDER_BAD_RESPONSE when the upstream pages loop back', async () => {
    const firstPage = await sim.io().get(`${LONG.slice(1)}?page_size=100`);
    // Every later page answers with the first page again: its last id repeats, so the next URL repeats.
    sim.simulator.injectFault({ match: /from_id=/, times: 10, reply: { status: 200, body: firstPage.body, contentType: 'application/json' } });
    expect(await failure(page(LONG_ID, { first: 10, after: null }))).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringContaining('loops') });
  });

  it('answers UNSUPPORTED rather than a truncated list when Layer-Count is over 2000 messages', async () => {
    const firstPage = await sim.io().get(`${LONG.slice(1)}?page_size=100`);
    sim.simulator.reset();
    sim.simulator.injectFault({ match: /page_size=100$/, reply: { status: 200, body: firstPage.body, headers: { 'Layer-Count': '2001' } } });
    await expect(page(LONG_ID, { first: 10, after: null })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(sim.upstream()).toEqual([TOP]);
  });

  it('reads only the newest message with page_size=1 when messages are not selected', async () => {
    const newest = await links.newestMessage(source(LONG_ID), sim.io());
    expect(newest?.text).toBe('Message 250 of 250');
    expect(sim.upstream()).toEqual([`GET ${LONG}?page_size=1`]);
  });

  it('reads the newest message from the page messages starts on when messages are selected', async () => {
    const io = sim.io((type, field) => type === 'LayerConversation' && field === 'messages');
    const newest = await links.newestMessage(source(LONG_ID), io);
    await links.messages(source(LONG_ID), { first: 1, after: null }, io);
    expect(newest?.text).toBe('Message 250 of 250');
    expect(sim.upstream()).toEqual([TOP, from(151), from(51)]);
  });
});
