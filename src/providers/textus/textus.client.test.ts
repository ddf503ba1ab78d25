import { createContext, type Context } from '../../context';
import { ParleyError } from '../../errors/parley-error';
import { NAIVE } from '../../loaders/create-loaders';
import { silentLogger } from '../../logger';
import { encodeCursor } from '../../schema/paging';
import { connectSimulated, type SimulatedClient } from '../../../test/support/provider-fixture';
import type { TextUsConversation } from './textus-conversation.type';
import { LONG_SLUG } from './textus.sim-gen';
import { textUsAdapter } from '.';

async function failure(promise: Promise<unknown>): Promise<ParleyError> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  if (error instanceof ParleyError) return error;
  throw new Error(`expected a ParleyError, got ${String(error)}`);
}

describe('TextUs client against its simulator', () => {
  let sim: SimulatedClient;
  let ctx: Context;
  const io = () => ctx.loaders.io(sim.gateway.get('textus'));
  const load = async (key: string) => (await ctx.loaders.conversation.load(`textus:${key}`)) as TextUsConversation;

  beforeAll(async () => {
    sim = await connectSimulated(textUsAdapter);
  });
  afterAll(() => sim.stop());
  beforeEach(() => {
    sim.simulator.reset();
    ctx = createContext(sim.gateway, silentLogger);
  });

  describe('parseKey', () => {
    it('accepts a slug as its own canonical key', () => {
      expect(sim.client.parseKey('kY1QwY')).toBe('kY1QwY');
    });

    it.each(['', 'a/b', 'kY1QwY?x=1', 'kY1QwY#x', '..', 'a\u0000b', 'a b', 'ké', 'x'.repeat(33), 'kY1QwY%2F'])(
      'refuses the key %j before any request',
      (key) => {
        const error: unknown = (() => {
          try {
            return sim.client.parseKey(key);
          } catch (caught) {
            return caught;
          }
        })();
        expect(error).toBeInstanceOf(ParleyError);
        expect((error as ParleyError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', provider: 'textus' });
        expect(sim.upstream()).toEqual([]);
      },
    );
  });

  describe('fetchConversation', () => {
    it('makes one GET with the bearer token and the TextUs Accept', async () => {
      await sim.client.fetchConversation('kY1QwY', io());
      expect(sim.upstream()).toEqual(['GET /conversations/kY1QwY']);
      expect(sim.simulator.requests[0]?.headers).toMatchObject({ accept: 'application/vnd.textus+jsonld', authorization: 'Bearer textus-simulated-token' });
    });

    it('returns the body\'s slug as id when requested under another slug, and caches it under both', async () => {
      const conversation = await load('Pvwqm5G');
      expect(conversation.id).toBe('textus:kY1QwY');
      expect(await load('kY1QwY')).toBe(conversation);
      expect(sim.upstream()).toEqual(['GET /conversations/Pvwqm5G']);
    });

    it('serves participants, customer, the first messages and embedded users without further requests', async () => {
      const conversation = await load('kY1QwY');
      const people = await conversation.participants(ctx);
      expect(people.map((person) => person.id)).toEqual(['textus:contact:Vled2N', 'textus:user:wqyODPA']);
      expect((await conversation.customer(ctx))?.displayName).toBe('Jamel Hirthe');
      const messages = await conversation.messages({ first: 3, after: null }, ctx);
      expect(messages.edges.map((edge) => edge.node.id)).toEqual(['textus:message:QNDkpL', 'textus:message:06oyogE', 'textus:event:Pvwqm5G']);
      expect(await sim.client.fetchNode?.('user', 'wqyODPA', io())).toMatchObject({ displayName: 'Chuck Norris' });
      expect(sim.upstream()).toEqual(['GET /conversations/kY1QwY']);
    });

    it('fetches a sender that is only a link once, and an inbound sender from the conversation', async () => {
      const conversation = await load('kY1QwY');
      const [outbound, inbound] = (await conversation.messages({ first: 2, after: null }, ctx)).edges.map((edge) => edge.node);
      expect((await outbound?.sender(ctx))?.displayName).toBe('Carlos Ray');
      expect((await outbound?.sender(ctx))?.id).toBe('textus:user:hikvlD');
      expect((await inbound?.sender(ctx))?.id).toBe('textus:contact:Vled2N');
      expect(sim.upstream()).toEqual(['GET /conversations/kY1QwY', 'GET /users/hikvlD']);
    });

    it('reads the assignee from the assignments link', async () => {
      const conversation = await load('kY1QwY');
      expect((await conversation.assignee(ctx))?.id).toBe('textus:user:wqyODPA');
      expect(sim.upstream()).toEqual(['GET /conversations/kY1QwY', 'GET /conversations/kY1QwY/assignments']);
    });
  });

  describe('messages', () => {
    it('pages the 250-item timeline oldest first, reading each newer page once', async () => {
      const first = await (await load(LONG_SLUG)).messages({ first: 100, after: null }, ctx);
      expect(sim.upstream()).toHaveLength(10);
      expect(first.pageInfo.hasNextPage).toBe(true);
      sim.simulator.reset();
      ctx = createContext(sim.gateway, silentLogger);
      const second = await (await load(LONG_SLUG)).messages({ first: 100, after: first.pageInfo.endCursor }, ctx);
      const timelinePage: unknown = expect.stringContaining('/timeline?cursor=');
      expect(sim.upstream()).toEqual([`GET /conversations/${LONG_SLUG}`, ...Array.from({ length: 4 }, () => timelinePage)]);
      const times = [...first.edges, ...second.edges].map((edge) => Date.parse(edge.node.createdAt ?? ''));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(200);
    });

    it('answers first: 0 from the conversation alone, without walking the timeline', async () => {
      const connection = await (await load(LONG_SLUG)).messages({ first: 0, after: null }, ctx);
      expect(connection).toMatchObject({ totalCount: 250, edges: [], pageInfo: { hasNextPage: true } });
      expect(sim.upstream()).toEqual([`GET /conversations/${LONG_SLUG}`]);
    });

    it('still answers correctly when nothing may be primed or cached (the benchmark baseline)', async () => {
      ctx = createContext(sim.gateway, silentLogger, NAIVE);
      const conversation = await load('kY1QwY');
      const [outbound, inbound] = (await conversation.messages({ first: 2, after: null }, ctx)).edges.map((edge) => edge.node);
      expect((await inbound?.sender(ctx))?.id).toBe('textus:contact:Vled2N');
      expect((await outbound?.sender(ctx))?.id).toBe('textus:user:hikvlD');
      expect((await conversation.participants(ctx)).map((person) => person.id)).toEqual(['textus:contact:Vled2N', 'textus:user:wqyODPA']);
      expect(sim.upstream()).toEqual([
        'GET /conversations/kY1QwY', 'GET /conversations/kY1QwY/timeline', 'GET /conversations/kY1QwY', 'GET /users/hikvlD',
      ]);
    });

    it('refuses a cursor whose page belongs to another collection, before any request', async () => {
      const conversation = await load('kY1QwY');
      sim.simulator.reset();
      const forged = encodeCursor('textus', { page: '/users/wqyODPA', after: '/messages/QNDkpL' });
      expect((await failure(conversation.messages({ first: 5, after: forged }, ctx))).code).toBe('BAD_USER_INPUT');
      const malformed = encodeCursor('textus', [1, 2]);
      expect((await failure(conversation.messages({ first: 5, after: malformed }, ctx))).code).toBe('BAD_USER_INPUT');
      expect(sim.upstream()).toEqual([]);
    });
  });

  describe('listConversations', () => {
    it('lists newest first in one request and caches each listed conversation', async () => {
      const page = await sim.client.listConversations!({ first: 20, after: null }, io());
      expect(page.items).toHaveLength(20);
      expect(page).toMatchObject({ hasNextPage: true, totalCount: 202 });
      const times = page.items.map((item) => Date.parse(item.node.lastActivityAt ?? ''));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(await load(page.items[3]!.node.nativeId)).toBe(page.items[3]!.node);
      expect(sim.upstream()).toEqual(['GET /sanford.llc/conversation_filters/all/conversations']);
    });

    it('continues after a cursor from its page, without repeating or skipping', async () => {
      const first = await sim.client.listConversations!({ first: 20, after: null }, io());
      const next = await sim.client.listConversations!({ first: 20, after: first.items[19]!.cursor }, sim.io());
      const ids = [...first.items, ...next.items].map((item) => item.node.id);
      expect(new Set(ids).size).toBe(40);
      expect(sim.upstream().slice(1)).toEqual([
        'GET /sanford.llc/conversation_filters/all/conversations',
        expect.stringMatching(/^GET \/sanford\.llc\/conversation_filters\/all\/conversations\?cursor=/),
      ]);
    });

    it('continues from the next page directly when the cursor ends a page', async () => {
      const first = await sim.client.listConversations!({ first: 25, after: null }, io());
      const next = await sim.client.listConversations!({ first: 5, after: first.items[24]!.cursor }, sim.io());
      expect(next.items).toHaveLength(5);
      expect(sim.upstream()).toEqual([
        'GET /sanford.llc/conversation_filters/all/conversations',
        expect.stringMatching(/^GET \/sanford\.llc\/conversation_filters\/all\/conversations\?cursor=/),
      ]);
    });

    it('answers UNSUPPORTED naming TEXTUS_ACCOUNT when no account is configured', async () => {
      const bare = await connectSimulated(textUsAdapter, { TEXTUS_ACCOUNT: '' });
      try {
        const error = await failure(bare.client.listConversations!({ first: 5, after: null }, bare.io()));
        expect(error.code).toBe('UNSUPPORTED');
        expect(error.message).toContain('TEXTUS_ACCOUNT');
        expect(bare.upstream()).toEqual([]);
      } finally {
        await bare.stop();
      }
    });
  });

  describe('fetchNode', () => {
    it.each([
      ['message', 'QNDkpL', 'GET /messages/QNDkpL', 'TextUsMessage'],
      ['event', 'Pvwqm5G', 'GET /conversation_events/Pvwqm5G', 'TextUsConversationEvent'],
      ['user', 'hikvlD', 'GET /users/hikvlD', 'TextUsUser'],
      ['contact', 'Vled2N', 'GET /contacts/Vled2N', 'TextUsContact'],
    ])('fetches a %s with one GET', async (kind, key, request, type) => {
      const node = await sim.client.fetchNode!(kind, key, io());
      expect(node.constructor.name).toBe(type);
      expect(node.id).toBe(`textus:${kind}:${key}`);
      expect(sim.upstream()).toEqual([request]);
    });

    it.each([['widget', 'abc'], ['user', 'a/b'], ['message', '..']])('refuses kind %j with key %j before any request', async (kind, key) => {
      expect((await failure(sim.client.fetchNode!(kind, key, io()))).code).toBe('BAD_USER_INPUT');
      expect(sim.upstream()).toEqual([]);
    });
  });
});
