import { readableItems } from '../../../../test/support/readable';
import { useSimulated } from '../../../../test/support/provider-fixture';
import type { JsonValue } from '../../../kit/json';
import type { BirdConversation } from '../graphql/conversation.type';
import { birdAdapter } from '../index';
import { PAGING_CONVERSATION_ID, SEED_CONVERSATION_ID, SIM_WORKSPACE } from '../simulator/seed';

const CONV_PATH = `/workspaces/${SIM_WORKSPACE}/conversations/${SEED_CONVERSATION_ID}`;

describe('Bird links against the simulator', () => {
  const sim = useSimulated(birdAdapter);

  const load = async (key: string): Promise<BirdConversation> =>
    (await sim.client.fetchConversation(sim.client.parseKey(key), sim.io())) as BirdConversation;

  describe('participants', () => {
    it('lists participants with one request and primes each one for node lookups', async () => {
      const io = sim.io();
      const conversation = (await sim.client.fetchConversation(sim.client.parseKey(SEED_CONVERSATION_ID), io)) as BirdConversation;
      const participants = await conversation.links.participants(conversation.ref, io);
      expect(participants.map((p) => p.displayName)).toEqual(['Lucas De Mitri', 'My first email key']);
      await sim.client.fetchNode?.('participant', `${SEED_CONVERSATION_ID}/68b80b8d-8060-42df-bda3-73505a8fdb84`, io);
      expect(sim.upstream()).toEqual([`GET ${CONV_PATH}`, `GET ${CONV_PATH}/participants?limit=100`]);
    });

    it('deduplicates a participant the list repeats', async () => {
      const lucas = { id: 'p-1', type: 'contact', displayName: 'Lucas' };
      sim.simulator.injectFault({ match: /participants/, reply: { status: 200, body: { results: [lucas, lucas, { ...lucas, id: 'p-2' }] } } });
      const conversation = await load(SEED_CONVERSATION_ID);
      expect((await conversation.links.participants(conversation.ref, sim.io())).map((p) => p.nativeId)).toEqual(['p-1', 'p-2']);
    });
  });

  describe('messages', () => {
    const read = async (first: number, after: JsonValue | null, key = PAGING_CONVERSATION_ID) => {
      const conversation = await load(key);
      return conversation.links.messages(conversation.ref, { first, after }, sim.io());
    };
    const MESSAGES = `/workspaces/${SIM_WORKSPACE}/conversations/${PAGING_CONVERSATION_ID}/messages`;

    it('reads all 250 messages oldest first in three pages of 100, without gaps or duplicates', async () => {
      const texts: (string | null)[] = [];
      let after: JsonValue | null = null;
      for (let guard = 0; guard < 5; guard += 1) {
        const page = await read(100, after);
        texts.push(...readableItems(page).map((item) => item.node.text));
        after = page.items[page.items.length - 1]?.cursor ?? null;
        if (!page.hasNextPage) break;
      }
      expect(texts).toEqual(Array.from({ length: 250 }, (_, i) => `Message ${i + 1} of 250`));
      const pages = sim.upstream().filter((line) => line.includes('/messages'));
      expect(pages).toHaveLength(3);
      expect(pages[0]).toBe(`GET ${MESSAGES}?limit=100&reverse=true`);
      expect(pages[1]).toMatch(new RegExp(`^GET ${MESSAGES}\\?limit=100&reverse=true&pageToken=`));
    });

    it('continues exactly after a cursor that points inside a page', async () => {
      const first = await read(3, null);
      const page = await read(2, first.items[1]?.cursor ?? null);
      expect(readableItems(page).map((item) => item.node.text)).toEqual(['Message 3 of 250', 'Message 4 of 250']);
      expect(page.totalCount).toBe(250);
    });

    it('continues with another page size: the cursor page at the size it was issued with, then pages of the new size', async () => {
      const first = await read(10, null);
      sim.simulator.reset();
      const page = await read(30, first.items[9]?.cursor ?? null);
      expect(readableItems(page).map((item) => item.node.text)).toEqual(Array.from({ length: 30 }, (_, i) => `Message ${i + 11} of 250`));
      const pages = sim.upstream().filter((line) => line.includes('/messages'));
      expect(pages.map((line) => new URL(line.slice(4), 'http://x').searchParams.get('limit'))).toEqual(['10', '30']);
    });

    it('refuses a cursor that does not hold a page position, before any message request', async () => {
      await expect(read(10, { t: 5 })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', provider: 'bird' } });
      expect(sim.upstream().filter((line) => line.includes('/messages'))).toEqual([]);
    });

    it("refuses another conversation's message cursor before any message request", async () => {
      const seedCursor = (await read(1, null, SEED_CONVERSATION_ID)).items[0]?.cursor ?? null;
      sim.simulator.reset();
      await expect(read(10, seedCursor)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', provider: 'bird' } });
      expect(sim.upstream().filter((line) => line.includes('/messages'))).toEqual([]);
    });

    it('refuses a listing cursor given to messages before any message request', async () => {
      const listed = await sim.client.listConversations?.({ first: 1, after: null }, sim.io());
      sim.simulator.reset();
      await expect(read(10, listed?.items[0]?.cursor ?? null)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(sim.upstream().filter((line) => line.includes('/messages'))).toEqual([]);
    });

    it('stops with PROVIDER_BAD_RESPONSE when nextPageToken loops', async () => {
      const message = { id: 'm1', sender: { id: 'p1', type: 'contact' }, status: 'delivered', createdAt: '2024-01-01T00:00:00.000Z' };
      sim.simulator.injectFault({ match: /\/messages/, times: 10, reply: { status: 200, body: { results: [message], nextPageToken: 'same' } } });
      await expect(read(50, null)).rejects.toMatchObject({ extensions: { code: 'PROVIDER_BAD_RESPONSE' } });
    });
  });
});
