import { readableItems } from '../../../../test/support/readable';
import { useSimulated } from '../../../../test/support/provider-fixture';
import type { ProviderIO } from '../../../kit/contract';
import type { JsonValue } from '../../../kit/json';
import type { HelpScoutConversation } from '../graphql/conversation.type';
import { helpScoutAdapter } from '../index';
import { FOREIGN_LINK_ID, LONG_ID, LONG_THREADS, SEED_ID } from '../simulator/seed';

const LONG = `/v2/conversations/${LONG_ID}`;
const THREADS = `v2/conversations/${LONG_ID}/threads`;
const embedAll = (): boolean => true;

describe('Help Scout threads as messages, oldest first', () => {
  const sim = useSimulated(helpScoutAdapter);

  const conversationOf = async (id: number, io: ProviderIO): Promise<HelpScoutConversation> =>
    (await sim.client.fetchConversation(String(id), io)) as HelpScoutConversation;

  /** One operation: fetch the conversation, then one page of its messages. */
  async function page(first: number, after: JsonValue | null, selects?: () => boolean, change?: (c: HelpScoutConversation) => void) {
    const io = sim.io(selects);
    const conversation = await conversationOf(LONG_ID, io);
    change?.(conversation);
    return conversation.follow.messages(conversation, { first, after }, io);
  }

  async function walkAll(selects?: () => boolean): Promise<string[]> {
    const ids: string[] = [];
    let after: JsonValue | null = null;
    for (let i = 0; i < 10; i += 1) {
      const result = await page(100, after, selects);
      ids.push(...readableItems(result).map((item) => item.node.nativeId));
      expect(result.totalCount).toBe(LONG_THREADS);
      if (!result.hasNextPage) return ids;
      after = result.items[result.items.length - 1]?.cursor ?? null;
    }
    throw new Error('paging did not end');
  }

  const expectedIds = Array.from({ length: LONG_THREADS }, (_, i) => String(LONG_ID * 1000 + 1 + i));

  it('walks the threads endpoint backwards: all 250 in order, no gaps, 2+2+1 pages over three operations', async () => {
    expect(await walkAll()).toEqual(expectedIds);
    expect(sim.upstream()).toEqual([
      `GET ${LONG}`, `GET ${LONG}/threads?page=5`, `GET ${LONG}/threads?page=4`,
      `GET ${LONG}`, `GET ${LONG}/threads?page=3`, `GET ${LONG}/threads?page=2`,
      `GET ${LONG}`, `GET ${LONG}/threads?page=1`,
    ]);
  });

  it('serves every page from the embedded threads when the operation asked for them: one request per operation', async () => {
    expect(await walkAll(embedAll)).toEqual(expectedIds);
    expect(sim.upstream()).toEqual([`GET ${LONG}?embed=threads`, `GET ${LONG}?embed=threads`, `GET ${LONG}?embed=threads`]);
  });

  it('issues the same cursors from embedded threads and from the endpoint', async () => {
    const embedded = await page(3, null, embedAll);
    const endpoint = await page(3, null);
    expect(embedded.items.map((i) => i.cursor)).toEqual(endpoint.items.map((i) => i.cursor));
    expect(endpoint.items[0]?.cursor).toEqual({ p: `${THREADS}?page=5`, a: String(LONG_ID * 1000 + 1) });
  });

  it('continues an endpoint cursor in an operation that embeds the threads, with no threads request', async () => {
    const endpoint = await page(3, null);
    sim.simulator.reset();
    const embedded = await page(3, endpoint.items[2]?.cursor ?? null, embedAll);
    expect(readableItems(embedded).map((i) => i.node.nativeId)).toEqual(expectedIds.slice(3, 6));
    expect(sim.upstream()).toEqual([`GET ${LONG}?embed=threads`]);
  });

  it('continues a cursor at an endpoint page boundary after its anchor thread, with no threads request, when the threads are embedded', async () => {
    const endpoint = await page(50, null);
    expect(endpoint.items[49]?.cursor).toEqual({ p: `${THREADS}?page=4`, a: null, r: { p: `${THREADS}?page=5`, a: expectedIds[49], t: LONG_THREADS } });
    sim.simulator.reset();
    const embedded = await page(10, endpoint.items[49]?.cursor ?? null, embedAll);
    expect(readableItems(embedded).map((i) => i.node.nativeId)).toEqual(expectedIds.slice(50, 60));
    expect(sim.upstream()).toEqual([`GET ${LONG}?embed=threads`]);
  });

  it('re-anchors a page-boundary cursor on its thread when threads were added since, so none is skipped', async () => {
    // Issued when the conversation had 240 threads: the 40 oldest filled page 5 and the cursor pointed at page 4.
    // With 250 threads page 4 now starts 10 threads later; trusting the boundary would skip those 10.
    const stale = { p: `${THREADS}?page=4`, a: null, r: { p: `${THREADS}?page=5`, a: expectedIds[39]!, t: 240 } };
    const result = await page(10, stale);
    expect(readableItems(result).map((i) => i.node.nativeId)).toEqual(expectedIds.slice(40, 50));
    expect(sim.upstream()).toEqual([`GET ${LONG}`, `GET ${LONG}/threads?page=4`, `GET ${LONG}/threads?page=5`]);
  });

  it('finds the last page with one extra request when the thread count is behind the endpoint, reading the guess once', async () => {
    const result = await page(100, null, undefined, (c) => void (c.threadCount = 200));
    expect(readableItems(result).map((i) => i.node.nativeId)).toEqual(expectedIds.slice(0, 100));
    expect(sim.upstream()).toEqual([`GET ${LONG}`, `GET ${LONG}/threads?page=4`, `GET ${LONG}/threads?page=5`]);
  });

  it('finds the last page with one extra request when the thread count is ahead of the endpoint', async () => {
    const result = await page(10, null, undefined, (c) => void (c.threadCount = 300));
    expect(readableItems(result).map((i) => i.node.nativeId)).toEqual(expectedIds.slice(0, 10));
    expect(sim.upstream()).toEqual([`GET ${LONG}`, `GET ${LONG}/threads?page=6`, `GET ${LONG}/threads?page=5`]);
  });

  it('refuses a cursor whose thread is no longer on its page (threads were added) as BAD_USER_INPUT, asking to page again', async () => {
    // Issued when the conversation had 240 threads: thread 40 was then on page 4, it is on page 5 now.
    const stale = page(10, { p: `${THREADS}?page=4`, a: String(LONG_ID * 1000 + 40) });
    await expect(stale).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('page again') });
  });

  it.each([
    ['a string', 'page-2'],
    ['the old page/index shape', { page: 1, index: 0, size: 50, total: 250 }],
    ['page 0', { p: `${THREADS}?page=0`, a: null }],
    ['an extra key', { p: `${THREADS}?page=1`, a: null, url: 'https://evil.example' }],
    ['another conversation', { p: `v2/conversations/${SEED_ID}/threads?page=1`, a: String(SEED_ID * 1000 + 1) }],
    ['a foreign origin', { p: `https://evil.example/${THREADS}?page=1`, a: null }],
    ['the conversation list', { p: 'v2/conversations?status=all&page=1', a: null }],
  ])('refuses a cursor holding %s as BAD_USER_INPUT before any threads request', async (_, after) => {
    for (const selects of [undefined, embedAll]) {
      sim.simulator.reset();
      await expect(page(10, after, selects)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', extensions: { provider: 'helpscout' } });
      expect(sim.upstream().filter((request) => request.includes('/threads'))).toEqual([]);
    }
  });

  it('stops with PROVIDER_BAD_RESPONSE when a previous link loops back', async () => {
    const threads = Array.from({ length: 50 }, (_, i) => ({ id: 9000 + i, type: 'note' }));
    sim.simulator.injectFault({
      match: /threads\?page=5$/,
      reply: {
        status: 200, contentType: 'application/hal+json',
        body: { _embedded: { threads }, page: { size: 50, totalElements: 250, totalPages: 5, number: 5 }, _links: { previous: { href: `${sim.simulator.baseUrl.origin}${LONG}/threads?page=5` } } },
      },
    });
    await expect(page(100, null)).rejects.toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringContaining('loops') });
  });

  it('stops with PROVIDER_BAD_RESPONSE when a page is shorter than its totals say', async () => {
    sim.simulator.injectFault({
      match: /threads\?page=5$/,
      reply: { status: 200, contentType: 'application/hal+json', body: { _embedded: { threads: [{ id: 1, type: 'note' }] }, page: { size: 50, totalElements: 250, totalPages: 5, number: 5 } } },
    });
    await expect(page(10, null)).rejects.toMatchObject({ code: 'PROVIDER_BAD_RESPONSE' });
  });

  it('returns an empty page without hasNextPage after the newest thread', async () => {
    const result = await page(5, { p: `${THREADS}?page=1`, a: expectedIds[LONG_THREADS - 1] ?? '' });
    expect(result).toMatchObject({ items: [], hasNextPage: false, totalCount: LONG_THREADS });
  });

  it('reads the last message from threads page 1, shared with a messages page of the same operation', async () => {
    const io = sim.io();
    const conversation = await conversationOf(SEED_ID, io);
    const [last, messages] = await Promise.all([
      conversation.follow.lastMessage(conversation, io),
      conversation.follow.messages(conversation, { first: 5, after: null }, io),
    ]);
    expect(last?.nativeId).toBe('123002');
    expect(readableItems(messages).map((i) => i.node.nativeId)).toEqual(['123001', '123002']);
    expect(sim.upstream()).toEqual(['GET /v2/conversations/123', 'GET /v2/conversations/123/threads?page=1']);
  });

  it('answers a conversation without threads with no last message and no request for it', async () => {
    const io = sim.io();
    const conversation = await conversationOf(FOREIGN_LINK_ID, io);
    expect(await conversation.follow.lastMessage(conversation, io)).toBeNull();
    expect(sim.upstream()).toEqual(['GET /v2/conversations/666']);
  });
});
