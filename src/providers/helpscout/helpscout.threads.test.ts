import { connectSimulated, type SimulatedClient } from '../../../test/support/provider-fixture';
import type { JsonValue } from '../shared/json';
import type { ProviderIO } from '../adapter';
import { helpScoutAdapter } from './index';
import type { HelpScoutConversation } from './helpscout-conversation.type';
import { loadLastThread, loadThreads } from './helpscout.threads';

const LONG = '/v2/conversations/2000';
const embedAll = (): boolean => true;

describe('Help Scout threads as messages, oldest first', () => {
  let sim: SimulatedClient;
  beforeAll(async () => {
    sim = await connectSimulated(helpScoutAdapter);
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.simulator.reset());

  /** One operation: fetch the conversation, then one page of its messages. */
  async function page(first: number, after: JsonValue | null, selects?: () => boolean, io: ProviderIO = sim.io(selects)) {
    const conversation = (await sim.client.fetchConversation('2000', io)) as HelpScoutConversation;
    return loadThreads(conversation, { first, after }, io);
  }

  async function walkAll(selects?: () => boolean): Promise<string[]> {
    const ids: string[] = [];
    let after: JsonValue | null = null;
    for (let i = 0; i < 10; i += 1) {
      const result = await page(100, after, selects);
      ids.push(...result.items.map((item) => item.node.nativeId));
      expect(result.totalCount).toBe(250);
      if (!result.hasNextPage) return ids;
      after = result.items[result.items.length - 1]?.cursor ?? null;
    }
    throw new Error('paging did not end');
  }

  const expectedIds = Array.from({ length: 250 }, (_, i) => String(2000001 + i));

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
    expect(endpoint.items[0]?.cursor).toEqual({ page: 5, index: 49, size: 50, total: 250 });
  });

  it('finds the right page with one extra request when threads were added since the cursor was issued', async () => {
    // Issued when the conversation had 240 threads: position 40 was then on page 4, it is on page 5 now.
    const result = await page(10, { page: 5, index: 0, size: 50, total: 240 });
    expect(result.items.map((i) => i.node.nativeId)).toEqual(expectedIds.slice(40, 50));
    expect(sim.upstream()).toEqual([`GET ${LONG}`, `GET ${LONG}/threads?page=4`, `GET ${LONG}/threads?page=5`]);
  });

  it.each([
    ['a string', 'page-2'],
    ['an index past the page size', { page: 1, index: 50, size: 50, total: 250 }],
    ['a position past the total', { page: 6, index: 0, size: 50, total: 250 }],
    ['an extra key', { page: 1, index: 0, size: 50, total: 250, url: 'https://evil.example' }],
  ])('refuses a cursor holding %s as BAD_USER_INPUT', async (_, after) => {
    await expect(page(10, after)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', extensions: { provider: 'helpscout' } });
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

  it('returns an empty page without hasNextPage for first: 0 past the end', async () => {
    const result = await page(5, { page: 1, index: 0, size: 50, total: 250 });
    expect(result).toMatchObject({ items: [], hasNextPage: false, totalCount: 250 });
  });

  it('reads the last message from threads page 1, shared with a messages page of the same operation', async () => {
    const io = sim.io();
    const conversation = (await sim.client.fetchConversation('123', io)) as HelpScoutConversation;
    const [last, messages] = await Promise.all([loadLastThread(conversation, io), loadThreads(conversation, { first: 5, after: null }, io)]);
    expect(last?.nativeId).toBe('123002');
    expect(messages.items.map((i) => i.node.nativeId)).toEqual(['123001', '123002']);
    expect(sim.upstream()).toEqual(['GET /v2/conversations/123', 'GET /v2/conversations/123/threads?page=1']);
  });

  it('answers a conversation without threads with no last message and no request for it', async () => {
    const io = sim.io();
    const conversation = (await sim.client.fetchConversation('666', io)) as HelpScoutConversation;
    expect(await loadLastThread(conversation, io)).toBeNull();
    expect(sim.upstream()).toEqual(['GET /v2/conversations/666']);
  });
});
