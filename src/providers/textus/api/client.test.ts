import { readablePage } from '../../../../test/support/readable';
import { ParleyError } from '../../../errors/parley-error';
import type { ProviderIO } from '../../../kit/contract';
import type { LinkContext } from '../../../kit/link-io';
import { encodeCursor } from '../../../kit/paging/request';
import { createLoaders, NAIVE, type LoaderPolicy, type Loaders } from '../../../loaders/create-loaders';
import { failure } from '../../../../test/support/errors';
import { linkContextOf } from '../../../../test/support/link-context';
import { useSimulated, withSimulated } from '../../../../test/support/provider-fixture';
import type { TextUsConversation } from '../graphql/conversation.type';
import { TEXTUS } from '../identity';
import { LONG_SLUG } from '../simulator/seed';
import { textUsAdapter } from '..';

/** One operation's worth of loaders: the IO, the context object types see, and the conversation loader. */
interface Operation {
  loaders: Loaders;
  io: ProviderIO;
  ctx: LinkContext;
  load(key: string): Promise<TextUsConversation>;
}

describe('TextUs client against its simulator', () => {
  const sim = useSimulated(textUsAdapter);
  let op: Operation;

  const operation = (policy?: LoaderPolicy): Operation => {
    const loaders = createLoaders({ gateway: sim.gateway, stats: { upstreamRequests: 0 }, selection: () => undefined, ...(policy ? { policy } : {}) });
    const io = loaders.io(sim.gateway.get(TEXTUS.slug));
    return {
      loaders,
      io,
      ctx: linkContextOf(io, TEXTUS.slug),
      load: async (key) => (await loaders.conversation.load(`${TEXTUS.slug}:${key}`)) as TextUsConversation,
    };
  };

  beforeEach(() => {
    op = operation();
  });

  describe('parseKey', () => {
    it('accepts a slug as its own canonical key', () => {
      expect(sim.client.parseKey('kY1QwY')).toBe('kY1QwY');
    });

    it.each(['', 'a/b', 'kY1QwY?x=1', 'kY1QwY#x', '..', 'a\u0000b', 'a b', 'ké', 'x'.repeat(33), 'kY1QwY%2F'])(
      'refuses the key %j before any request',
      (key) => {
        expect(() => sim.client.parseKey(key)).toThrow(ParleyError);
        expect(() => sim.client.parseKey(key)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', provider: 'textus' }) }));
        expect(sim.upstream()).toEqual([]);
      },
    );
  });

  describe('fetchConversation', () => {
    it('makes one GET with the bearer token and the TextUs Accept', async () => {
      await sim.client.fetchConversation('kY1QwY', op.io);
      expect(sim.upstream()).toEqual(['GET /conversations/kY1QwY']);
      expect(sim.simulator.requests[0]?.headers).toMatchObject({ accept: 'application/vnd.textus+jsonld', authorization: 'Bearer textus-simulated-token' });
    });

    it("returns the body's slug as id when requested under another slug, and caches it under both", async () => {
      const conversation = await op.load('Pvwqm5G');
      expect(conversation.id).toBe('textus:kY1QwY');
      expect(await op.load('kY1QwY')).toBe(conversation);
      expect(sim.upstream()).toEqual(['GET /conversations/Pvwqm5G']);
    });

    it('serves participants, customer, the first messages and embedded users without further requests', async () => {
      const conversation = await op.load('kY1QwY');
      const people = await conversation.participants(op.ctx);
      expect(people.map((person) => person.id)).toEqual(['textus:contact:Vled2N', 'textus:user:wqyODPA']);
      expect((await conversation.customer(op.ctx))?.displayName).toBe('Jamel Hirthe');
      const messages = await conversation.messages({ first: 3, after: null }, op.ctx);
      expect(messages.edges.map((edge) => edge.node?.id)).toEqual(['textus:message:QNDkpL', 'textus:message:06oyogE', 'textus:event:Pvwqm5G']);
      expect(await sim.client.fetchNode?.('user', 'wqyODPA', op.io)).toMatchObject({ displayName: 'Chuck Norris' });
      expect(sim.upstream()).toEqual(['GET /conversations/kY1QwY']);
    });

    it('fetches a sender that is only a link once, and an inbound sender from the conversation', async () => {
      const conversation = await op.load('kY1QwY');
      const [outbound, inbound] = (await conversation.messages({ first: 2, after: null }, op.ctx)).edges.map((edge) => edge.node);
      expect((await outbound?.sender(op.ctx))?.displayName).toBe('Carlos Ray');
      expect((await outbound?.sender(op.ctx))?.id).toBe('textus:user:hikvlD');
      expect((await inbound?.sender(op.ctx))?.id).toBe('textus:contact:Vled2N');
      expect(sim.upstream()).toEqual(['GET /conversations/kY1QwY', 'GET /users/hikvlD']);
    });

    it('reads the assignee from the assignments link', async () => {
      const conversation = await op.load('kY1QwY');
      expect((await conversation.assignee(op.ctx))?.id).toBe('textus:user:wqyODPA');
      expect(sim.upstream()).toEqual(['GET /conversations/kY1QwY', 'GET /conversations/kY1QwY/assignments']);
    });
  });

  describe('messages', () => {
    it('pages the 250-item timeline oldest first, reading each newer page once', async () => {
      const first = await (await op.load(LONG_SLUG)).messages({ first: 100, after: null }, op.ctx);
      expect(sim.upstream()).toHaveLength(10);
      expect(first.pageInfo.hasNextPage).toBe(true);
      sim.simulator.reset();
      op = operation();
      const second = await (await op.load(LONG_SLUG)).messages({ first: 100, after: first.pageInfo.endCursor }, op.ctx);
      const timelinePage: unknown = expect.stringContaining('/timeline?cursor=');
      expect(sim.upstream()).toEqual([`GET /conversations/${LONG_SLUG}`, ...Array.from({ length: 4 }, () => timelinePage)]);
      const times = [...first.edges, ...second.edges].map((edge) => Date.parse(edge.node?.createdAt ?? ''));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(200);
    });

    it('answers first: 0 from the conversation alone, without walking the timeline', async () => {
      const connection = await (await op.load(LONG_SLUG)).messages({ first: 0, after: null }, op.ctx);
      expect(connection).toMatchObject({ totalCount: 250, edges: [], pageInfo: { hasNextPage: true } });
      expect(sim.upstream()).toEqual([`GET /conversations/${LONG_SLUG}`]);
    });

    it('still answers correctly when nothing may be primed or cached (the benchmark baseline)', async () => {
      op = operation(NAIVE);
      const conversation = await op.load('kY1QwY');
      const [outbound, inbound] = (await conversation.messages({ first: 2, after: null }, op.ctx)).edges.map((edge) => edge.node);
      expect((await inbound?.sender(op.ctx))?.id).toBe('textus:contact:Vled2N');
      expect((await outbound?.sender(op.ctx))?.id).toBe('textus:user:hikvlD');
      expect((await conversation.participants(op.ctx)).map((person) => person.id)).toEqual(['textus:contact:Vled2N', 'textus:user:wqyODPA']);
      // The inbound sender is the contact the conversation object already holds: no second conversation GET.
      expect(sim.upstream()).toEqual(['GET /conversations/kY1QwY', 'GET /conversations/kY1QwY/timeline', 'GET /users/hikvlD']);
    });

    it.each([
      ['a page of another collection', { p: 'users/wqyODPA', a: '/messages/QNDkpL' }],
      ["another conversation's timeline", { p: 'conversations/long250/timeline', a: null }],
      ['a page on another origin', { p: 'https://evil.example/conversations/kY1QwY/timeline', a: null }],
      ['an array', [1, 2]],
      ['the old {page, after} shape', { page: '/conversations/kY1QwY/timeline', after: null }],
    ])('refuses a cursor naming %s, before any request', async (_what, state) => {
      const conversation = await op.load('kY1QwY');
      sim.simulator.reset();
      const forged = encodeCursor('textus', state);
      expect((await failure(conversation.messages({ first: 5, after: forged }, op.ctx))).code).toBe('BAD_USER_INPUT');
      expect((await failure(conversation.messages({ first: 0, after: forged }, op.ctx))).code).toBe('BAD_USER_INPUT');
      expect(sim.upstream()).toEqual([]);
    });
  });

  describe('listConversations', () => {
    it('lists newest first in one request, with ids the conversation loader reads back without a request', async () => {
      const page = readablePage(await sim.client.listConversations!({ first: 20, after: null }, op.io));
      expect(page.items).toHaveLength(20);
      expect(page).toMatchObject({ hasNextPage: true, totalCount: 202 });
      const times = page.items.map((item) => Date.parse(item.node.lastActivityAt ?? ''));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      // The gateway primes what a listing returns; the key it derives must be the one fetches use.
      const listed = page.items[3]!.node;
      op.loaders.primeListed(sim.gateway.get(TEXTUS.slug), listed);
      expect(await op.load(listed.nativeId)).toBe(listed);
      expect(sim.upstream()).toEqual(['GET /sanford.llc/conversation_filters/all/conversations']);
    });

    it('continues after a cursor from its page, without repeating or skipping', async () => {
      const first = readablePage(await sim.client.listConversations!({ first: 20, after: null }, op.io));
      const next = readablePage(await sim.client.listConversations!({ first: 20, after: first.items[19]!.cursor }, sim.io()));
      const ids = [...first.items, ...next.items].map((item) => item.node.id);
      expect(new Set(ids).size).toBe(40);
      expect(sim.upstream().slice(1)).toEqual([
        'GET /sanford.llc/conversation_filters/all/conversations',
        expect.stringMatching(/^GET \/sanford\.llc\/conversation_filters\/all\/conversations\?cursor=/),
      ]);
    });

    it('continues from the next page directly when the cursor ends a page', async () => {
      const first = readablePage(await sim.client.listConversations!({ first: 25, after: null }, op.io));
      const next = readablePage(await sim.client.listConversations!({ first: 5, after: first.items[24]!.cursor }, sim.io()));
      expect(next.items).toHaveLength(5);
      expect(sim.upstream()).toEqual([
        'GET /sanford.llc/conversation_filters/all/conversations',
        expect.stringMatching(/^GET \/sanford\.llc\/conversation_filters\/all\/conversations\?cursor=/),
      ]);
    });

    it("refuses a cursor naming another account's list, before any request", async () => {
      const forged = { p: 'other/conversation_filters/all/conversations', a: null };
      expect((await failure(sim.client.listConversations!({ first: 5, after: forged }, op.io))).code).toBe('BAD_USER_INPUT');
      expect(sim.upstream()).toEqual([]);
    });

    it('answers UNSUPPORTED naming TEXTUS_ACCOUNT when no account is configured', async () => {
      await withSimulated(textUsAdapter, { TEXTUS_ACCOUNT: '' }, async (bare) => {
        expect(bare.client.canList).toBe(false);
        const error = await failure(bare.client.listConversations!({ first: 5, after: null }, bare.io()));
        expect(error.code).toBe('UNSUPPORTED');
        expect(error.message).toContain('TEXTUS_ACCOUNT');
        expect(bare.upstream()).toEqual([]);
      });
    });
  });

  describe('fetchNode', () => {
    it.each([
      ['message', 'QNDkpL', 'GET /messages/QNDkpL', 'TextUsMessage'],
      ['event', 'Pvwqm5G', 'GET /conversation_events/Pvwqm5G', 'TextUsConversationEvent'],
      ['user', 'hikvlD', 'GET /users/hikvlD', 'TextUsUser'],
      ['contact', 'Vled2N', 'GET /contacts/Vled2N', 'TextUsContact'],
    ])('fetches a %s with one GET', async (kind, key, request, type) => {
      const node = await sim.client.fetchNode!(kind, key, op.io);
      expect(node.constructor.name).toBe(type);
      expect(node.id).toBe(`textus:${kind}:${key}`);
      expect(sim.upstream()).toEqual([request]);
    });

    it.each([['widget', 'abc'], ['user', 'a/b'], ['message', '..']])('refuses kind %j with key %j before any request', async (kind, key) => {
      expect((await failure(sim.client.fetchNode!(kind, key, op.io))).code).toBe('BAD_USER_INPUT');
      expect(sim.upstream()).toEqual([]);
    });
  });
});
