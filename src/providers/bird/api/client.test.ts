import { readablePage } from '../../../../test/support/readable';
import { failure } from '../../../../test/support/errors';
import { useSimulated, withSimulated } from '../../../../test/support/provider-fixture';
import type { JsonValue } from '../../../kit/json';
import type { PageResult } from '../../../kit/paging/request';
import type { CommonConversation } from '../../../schema/conversation.interface';
import { Channel } from '../../../schema/enums';
import type { BirdConversation } from '../graphql/conversation.type';
import { birdAdapter } from '../index';
import {
  EMAIL_CHANNEL_ID, GENERATED_COUNT, OTHER_CONVERSATION_ID, SEED_CONVERSATION_ID, SIM_OTHER_WORKSPACE, SIM_WORKSPACE, WHATSAPP_CHANNEL_ID,
} from '../simulator/seed';

const CONV_PATH = `/workspaces/${SIM_WORKSPACE}/conversations/${SEED_CONVERSATION_ID}`;
const OTHER_PATH = `/workspaces/${SIM_OTHER_WORKSPACE}/conversations/${OTHER_CONVERSATION_ID}`;

describe('BirdClient against the simulator', () => {
  const sim = useSimulated(birdAdapter);

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
    await withSimulated(birdAdapter, { BIRD_WORKSPACE_ID: '' }, async (bare) => {
      expect(() => bare.client.parseKey(SEED_CONVERSATION_ID)).toThrow(/BIRD_WORKSPACE_ID/);
      await expect(bare.client.listConversations?.({ first: 5, after: null }, bare.io())).rejects.toMatchObject({ extensions: { code: 'UNSUPPORTED' } });
      expect(bare.upstream()).toEqual([]);
    });
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

    it('fetches a channel node by its id, short in the default workspace', async () => {
      const node = await sim.client.fetchNode?.('channel', EMAIL_CHANNEL_ID, sim.io());
      expect(node).toMatchObject({ id: `bird:channel:${EMAIL_CHANNEL_ID}`, channelId: EMAIL_CHANNEL_ID, name: 'Support e-mail' });
      expect(sim.upstream()).toEqual([`GET /workspaces/${SIM_WORKSPACE}/channels/${EMAIL_CHANNEL_ID}`]);
    });

    it.each([
      ['an unknown kind', 'workspace', SIM_WORKSPACE], ['a malformed key', 'message', '../x'],
      ['a channel key that is not a UUID', 'channel', 'not-a-uuid'], ['a channel key with a conversation in it', 'channel', `${SIM_WORKSPACE}/${SEED_CONVERSATION_ID}/${EMAIL_CHANNEL_ID}`],
    ])(
      'refuses %s before any request',
      async (_, kind, key) => {
        await expect(sim.client.fetchNode?.(kind, key, sim.io())).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
        expect(sim.upstream()).toEqual([]);
      },
    );
  });

  describe('listing', () => {
    it('lists the default workspace newest first, 20 per request, and pages with the token', async () => {
      const first = readablePage((await sim.client.listConversations!({ first: 20, after: null }, sim.io())));
      const updated = first?.items.map((item) => item.node.updatedAt ?? '') ?? [];
      expect(updated).toEqual([...updated].sort().reverse());
      expect(first?.totalCount).toBe(212);
      const next = readablePage((await sim.client.listConversations!({ first: 20, after: first?.items[19]?.cursor ?? null }, sim.io())));
      expect(next?.items[0]?.node.id).not.toBe(first?.items[19]?.node.id);
      const calls = sim.upstream();
      expect(calls[0]).toBe(`GET /workspaces/${SIM_WORKSPACE}/conversations?limit=20`);
      expect(calls[1]).toMatch(new RegExp(`^GET /workspaces/${SIM_WORKSPACE}/conversations\\?limit=20&pageToken=`));
      expect(calls).toHaveLength(2);
    });

    it('maps every conversation of the default workspace over three windows of 100, one request each', async () => {
      const ids: string[] = [];
      let after: JsonValue | null = null;
      for (let guard = 0; guard < 5; guard += 1) {
        const page: PageResult<CommonConversation> | undefined = readablePage((await sim.client.listConversations!({ first: 100, after }, sim.io())));
        ids.push(...(page?.items ?? []).map((item) => item.node.id));
        after = page?.items[page.items.length - 1]?.cursor ?? null;
        if (!page?.hasNextPage) break;
      }
      // The seed, the 250-message conversation and the generated ones; the other workspace's is not listed.
      expect(ids).toHaveLength(GENERATED_COUNT + 2);
      expect(new Set(ids).size).toBe(ids.length);
      expect(sim.upstream()).toHaveLength(3);
    });

    it("refuses a conversation's message cursor given to the listing, before any request", async () => {
      const conversation = (await sim.client.fetchConversation(sim.client.parseKey(SEED_CONVERSATION_ID), sim.io())) as BirdConversation;
      const cursor = (await conversation.links.messages(conversation.ref, { first: 1, after: null }, sim.io())).items[0]?.cursor ?? null;
      sim.simulator.reset();
      await expect(sim.client.listConversations?.({ first: 5, after: cursor }, sim.io())).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(sim.upstream()).toEqual([]);
    });

    it('does not prime the conversation loader itself: the gateway primes listed conversations', async () => {
      const io = sim.io();
      const primed: string[] = [];
      await sim.client.listConversations?.({ first: 5, after: null }, { ...io, primeConversation: (key) => primed.push(key) });
      expect(primed).toEqual([]);
    });

    it('lists ids that parseKey reads back to the key fetchConversation uses', async () => {
      const page = readablePage((await sim.client.listConversations!({ first: 3, after: null }, sim.io())));
      for (const item of page?.items ?? []) {
        expect(sim.client.parseKey(item.node.id.slice('bird:'.length))).toBe(`${SIM_WORKSPACE}/${item.node.nativeId}`);
      }
    });
  });
});
