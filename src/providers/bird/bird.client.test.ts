import { connectSimulated, type SimulatedClient } from '../../../test/support/provider-fixture';
import { Channel } from '../../schema/enums';
import type { JsonValue } from '../shared/json';
import { birdAdapter } from './index';
import { EMAIL_CHANNEL_ID, OTHER_CONVERSATION_ID, SEED_CONVERSATION_ID, SIM_OTHER_WORKSPACE, SIM_WORKSPACE, WHATSAPP_CHANNEL_ID } from './bird.sim-data';
import { PAGING_CONVERSATION_ID } from './bird.sim-gen';
import type { BirdConversation } from './bird-conversation.type';
import { failure } from '../../../test/support/errors';

const CONV_PATH = `/workspaces/${SIM_WORKSPACE}/conversations/${SEED_CONVERSATION_ID}`;
const OTHER_PATH = `/workspaces/${SIM_OTHER_WORKSPACE}/conversations/${OTHER_CONVERSATION_ID}`;

describe('BirdClient against the simulator', () => {
  let sim: SimulatedClient;
  beforeAll(async () => {
    sim = await connectSimulated(birdAdapter);
  });
  afterAll(() => sim.stop());
  beforeEach(() => sim.simulator.reset());

  const load = async (key: string, selects?: (type: string, field: string) => boolean): Promise<BirdConversation> =>
    (await sim.client.fetchConversation(sim.client.parseKey(key), sim.io(selects))) as BirdConversation;

  it('reads the seed conversation with one GET in the default workspace', async () => {
    const conversation = await load(SEED_CONVERSATION_ID);
    expect(conversation.subject).toBe('test');
    expect(sim.upstream()).toEqual([`GET ${CONV_PATH}`]);
  });

  it('sends one request for both spellings of a conversation within one operation', async () => {
    const io = sim.io();
    await Promise.all([SEED_CONVERSATION_ID, `${SIM_WORKSPACE}/${SEED_CONVERSATION_ID}`].map((key) => sim.client.fetchConversation(sim.client.parseKey(key), io)));
    expect(sim.upstream()).toEqual([`GET ${CONV_PATH}`]);
  });

  it('reads another workspace with a long key and returns the long id', async () => {
    const conversation = await load(`${SIM_OTHER_WORKSPACE}/${OTHER_CONVERSATION_ID}`);
    expect(conversation.id).toBe(`bird:${SIM_OTHER_WORKSPACE}/${OTHER_CONVERSATION_ID}`);
    expect(conversation.channel).toBe(Channel.UNKNOWN);
    expect(sim.upstream()).toEqual([`GET ${OTHER_PATH}`]);
  });

  it('fetches the channel when the operation selects channel and the style is not email', async () => {
    const conversation = await load(`${SIM_OTHER_WORKSPACE}/${OTHER_CONVERSATION_ID}`, (type, field) => type === 'BirdConversation' && field === 'channel');
    expect([conversation.channel, conversation.rawChannel]).toEqual([Channel.WHATSAPP, 'whatsapp']);
    expect(sim.upstream()).toEqual([`GET ${OTHER_PATH}`, `GET /workspaces/${SIM_OTHER_WORKSPACE}/channels/${WHATSAPP_CHANNEL_ID}`]);
  });

  it('never fetches the channel of an e-mail conversation, even when channel is selected', async () => {
    await load(SEED_CONVERSATION_ID, () => true);
    expect(sim.upstream()).toEqual([`GET ${CONV_PATH}`]);
  });

  it('leaves the channel UNKNOWN when the channel answers 404', async () => {
    sim.simulator.injectFault({ match: /\/channels\//, reply: { status: 404, body: { code: 'NotFound', message: 'gone' } } });
    const conversation = await load(`${SIM_OTHER_WORKSPACE}/${OTHER_CONVERSATION_ID}`, () => true);
    expect([conversation.channel, conversation.rawChannel]).toEqual([Channel.UNKNOWN, 'direct']);
  });

  it('answers NOT_FOUND with Bird\'s error code as upstream reference', async () => {
    const error = await failure(load('00000000-0000-4000-a000-000000000000'));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', provider: 'bird', upstreamRef: 'NotFound' });
  });

  it('answers FORBIDDEN for a workspace the key cannot read', async () => {
    const error = await failure(load(`00000000-0000-4000-a000-000000000001/${SEED_CONVERSATION_ID}`));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403, upstreamRef: 'Forbidden' });
  });

  it('reports a conversation in a conflicting state (409) as the provider refusing', async () => {
    const error = await failure(load('409c0f11-c7a1-4e5b-9d0e-000000000409'));
    expect(error.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', httpStatus: 409, upstreamRef: 'Conflict' });
  });

  it('answers RATE_LIMITED with retryAfter from a 429', async () => {
    sim.simulator.injectFault({ reply: { status: 429, headers: { 'retry-after': '7' }, body: { code: 'TooManyRequests', message: 'slow down' } } });
    expect((await failure(load(SEED_CONVERSATION_ID))).extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 7 });
  });

  it('refuses the short key naming BIRD_WORKSPACE_ID when no default workspace is configured', async () => {
    const bare = await connectSimulated(birdAdapter, { BIRD_WORKSPACE_ID: '' });
    try {
      expect(() => bare.client.parseKey(SEED_CONVERSATION_ID)).toThrow(/BIRD_WORKSPACE_ID/);
      await expect(bare.client.listConversations?.({ first: 5, after: null }, bare.io())).rejects.toMatchObject({ extensions: { code: 'UNSUPPORTED' } });
      expect(bare.upstream()).toEqual([]);
    } finally {
      await bare.stop();
    }
  });

  describe('nodes', () => {
    it('fetches a message node by its key', async () => {
      const key = `${SEED_CONVERSATION_ID}/d578f436-b3b7-49e6-95c2-24b77bb4e7ce`;
      const node = await sim.client.fetchNode?.('message', key, sim.io());
      expect(node).toMatchObject({ id: `bird:message:${key}`, text: 'Hey, listen!', isPreview: false });
      expect(sim.upstream()).toEqual([`GET ${CONV_PATH}/messages/d578f436-b3b7-49e6-95c2-24b77bb4e7ce`]);
    });

    it('fetches a participant node in another workspace', async () => {
      const key = `${SIM_OTHER_WORKSPACE}/${OTHER_CONVERSATION_ID}/274bd6ff-3295-49a0-a02d-651fb661d7fb`;
      expect(await sim.client.fetchNode?.('participant', key, sim.io())).toMatchObject({ id: `bird:participant:${key}`, phone: '+31612345678' });
      expect(sim.upstream()).toEqual([`GET ${OTHER_PATH}/participants/274bd6ff-3295-49a0-a02d-651fb661d7fb`]);
    });

    it.each([['an unknown kind', 'channel', `${SEED_CONVERSATION_ID}/${EMAIL_CHANNEL_ID}`], ['a malformed key', 'message', '../x']])(
      'refuses %s before any request',
      async (_, kind, key) => {
        await expect(sim.client.fetchNode?.(kind, key, sim.io())).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
        expect(sim.upstream()).toEqual([]);
      },
    );
  });

  describe('participants', () => {
    it('lists participants with one request and primes each one for node lookups', async () => {
      const io = sim.io();
      const conversation = (await sim.client.fetchConversation(sim.client.parseKey(SEED_CONVERSATION_ID), io)) as BirdConversation;
      const participants = await conversation.scope.links.participants(conversation, io);
      expect(participants.map((p) => p.displayName)).toEqual(['Lucas De Mitri', 'My first email key']);
      await sim.client.fetchNode?.('participant', `${SEED_CONVERSATION_ID}/68b80b8d-8060-42df-bda3-73505a8fdb84`, io);
      expect(sim.upstream()).toEqual([`GET ${CONV_PATH}`, `GET ${CONV_PATH}/participants?limit=100`]);
    });

    it('deduplicates a participant the list repeats', async () => {
      const lucas = { id: 'p-1', type: 'contact', displayName: 'Lucas' };
      sim.simulator.injectFault({ match: /participants/, reply: { status: 200, body: { results: [lucas, lucas, { ...lucas, id: 'p-2' }] } } });
      const conversation = await load(SEED_CONVERSATION_ID);
      expect((await conversation.scope.links.participants(conversation, sim.io())).map((p) => p.nativeId)).toEqual(['p-1', 'p-2']);
    });
  });

  describe('messages', () => {
    const read = async (first: number, after: JsonValue | null) => {
      const conversation = await load(PAGING_CONVERSATION_ID);
      return conversation.scope.links.messages(conversation, { first, after }, sim.io());
    };
    const MESSAGES = `/workspaces/${SIM_WORKSPACE}/conversations/${PAGING_CONVERSATION_ID}/messages`;

    it('reads all 250 messages oldest first in three pages of 100, without gaps or duplicates', async () => {
      const texts: (string | null)[] = [];
      let after: JsonValue | null = null;
      for (let guard = 0; guard < 5; guard += 1) {
        const page = await read(100, after);
        texts.push(...page.items.map((item) => item.node.text));
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
      expect(page.items.map((item) => item.node.text)).toEqual(['Message 3 of 250', 'Message 4 of 250']);
      expect(page.totalCount).toBe(250);
    });

    it('refuses a cursor that does not hold a Bird page position, before any message request', async () => {
      await expect(read(10, { t: 5 })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', provider: 'bird' } });
      expect(sim.upstream().filter((line) => line.includes('/messages'))).toEqual([]);
    });

    it('stops with PROVIDER_BAD_RESPONSE when nextPageToken loops', async () => {
      const message = { id: 'm1', sender: { id: 'p1', type: 'contact' }, status: 'delivered', createdAt: '2024-01-01T00:00:00.000Z' };
      sim.simulator.injectFault({ match: /\/messages/, times: 10, reply: { status: 200, body: { results: [message], nextPageToken: 'same' } } });
      await expect(read(50, null)).rejects.toMatchObject({ extensions: { code: 'PROVIDER_BAD_RESPONSE' } });
    });
  });

  describe('listing', () => {
    it('lists the default workspace newest first, 20 per request, and pages with the token', async () => {
      const first = await sim.client.listConversations?.({ first: 20, after: null }, sim.io());
      const updated = first?.items.map((item) => item.node.updatedAt ?? '') ?? [];
      expect(updated).toEqual([...updated].sort().reverse());
      expect(first?.totalCount).toBe(212);
      const next = await sim.client.listConversations?.({ first: 20, after: first?.items[19]?.cursor ?? null }, sim.io());
      expect(next?.items[0]?.node.id).not.toBe(first?.items[19]?.node.id);
      const calls = sim.upstream();
      expect(calls[0]).toBe(`GET /workspaces/${SIM_WORKSPACE}/conversations?limit=20`);
      expect(calls[1]).toMatch(new RegExp(`^GET /workspaces/${SIM_WORKSPACE}/conversations\\?limit=20&pageToken=`));
      expect(calls).toHaveLength(2);
    });
  });
});
