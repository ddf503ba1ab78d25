import { readablePage } from '../../../../test/support/readable';
import { failureOf } from '../../../../test/support/errors';
import { useSimulated } from '../../../../test/support/provider-fixture';
import { DEFECTS, type WithDefects } from '../../../kit/defects';
import type { JsonValue } from '../../../kit/json';
import type { HelpScoutConversation } from '../graphql/conversation.type';
import { HelpScoutCustomer, HelpScoutEmailAddress, HelpScoutUser } from '../graphql/participant.type';
import { HelpScoutMailbox } from '../graphql/profile.type';
import { HelpScoutThread } from '../graphql/thread.type';
import { helpScoutAdapter } from '../index';
import { FOREIGN_LINK_ID, GENERATED_IDS, LONG_ID, SEED_ID } from '../simulator/seed';

const selectsMessages = (type: string, field: string): boolean => type === 'HelpScoutConversation' && field === 'messages';

describe('Help Scout client against its simulator', () => {
  const sim = useSimulated(helpScoutAdapter);

  const fetch = async (key: string, selects?: (type: string, field: string) => boolean): Promise<HelpScoutConversation> =>
    (await sim.client.fetchConversation(sim.client.parseKey(key), sim.io(selects))) as HelpScoutConversation;

  describe('parseKey', () => {
    it('accepts an integer id and canonicalises leading zeros', () => {
      expect(sim.client.parseKey('123')).toBe('123');
      expect(sim.client.parseKey('000123')).toBe('123');
    });

    it.each(['', '/', '123/', '?', '123?embed=threads', '#', '123#x', '..', '../123', '\u0000', '12\n3', 'abc', '-1', '0', '1e3', '１２３'])(
      'refuses key %j before any request',
      (key) => {
        expect(failureOf(() => sim.client.parseKey(key))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { code: 'BAD_USER_INPUT', provider: 'helpscout' } });
        expect(sim.upstream()).toEqual([]);
      },
    );
  });

  describe('fetchConversation', () => {
    it('makes one plain GET when the operation reads no messages', async () => {
      const conversation = await fetch('123');
      expect(conversation.embeddedThreads).toBeNull();
      expect(sim.upstream()).toEqual(['GET /v2/conversations/123']);
    });

    it('asks for embedded threads when the operation reads messages, so they cost no second request', async () => {
      const io = sim.io(selectsMessages);
      const conversation = (await sim.client.fetchConversation('123', io)) as HelpScoutConversation;
      const page = await conversation.follow.messages(conversation, { first: 10, after: null }, io);
      expect(readablePage(page).items.map((item) => item.node.nativeId)).toEqual(['123001', '123002']);
      expect(sim.upstream()).toEqual(['GET /v2/conversations/123?embed=threads']);
    });

    it('follows the 301 of a merged conversation and exposes the id it was reached from', async () => {
      const primed: [string, unknown][] = [];
      const io = { ...sim.io(), primeConversation: (key: string, c: unknown) => void primed.push([key, c]) };
      const conversation = (await sim.client.fetchConversation('122', io)) as HelpScoutConversation;
      expect(conversation).toMatchObject({ id: 'helpscout:123', nativeId: '123', mergedFromId: '122', subject: 'Help' });
      expect(primed).toEqual([['123', expect.objectContaining({ id: 'helpscout:123', mergedFromId: null })]]);
      expect(sim.upstream()).toEqual(['GET /v2/conversations/122', 'GET /v2/conversations/123']);
    });

    it('reads messages of a merged conversation from the threads endpoint, since the redirect drops ?embed', async () => {
      const io = sim.io(selectsMessages);
      const conversation = (await sim.client.fetchConversation('122', io)) as HelpScoutConversation;
      const page = await conversation.follow.messages(conversation, { first: 10, after: null }, io);
      expect(page.items).toHaveLength(2);
      expect(sim.upstream()).toEqual(['GET /v2/conversations/122?embed=threads', 'GET /v2/conversations/123', 'GET /v2/conversations/123/threads?page=1']);
    });

    it('answers NOT_FOUND for an unknown conversation', async () => {
      await expect(fetch('424242')).rejects.toMatchObject({ code: 'NOT_FOUND', extensions: { provider: 'helpscout', httpStatus: 404 } });
    });

    it('keeps a foreign mailbox link unfollowed: LINK_REJECTED and no request', async () => {
      const conversation = await fetch('666');
      await expect(conversation.follow.mailbox(conversation.mailboxLink!, sim.io())).rejects.toMatchObject({ code: 'LINK_REJECTED' });
      expect(sim.upstream()).toEqual(['GET /v2/conversations/666']);
    });

    it('reports RATE_LIMITED with the seconds from X-RateLimit-Retry-After', async () => {
      sim.simulator.injectFault({ match: /conversations\/123/, reply: { status: 429, headers: { 'X-RateLimit-Retry-After': '17' }, body: { logRef: 'r-429', message: 'Too many requests' } } });
      await expect(fetch('123')).rejects.toMatchObject({ code: 'RATE_LIMITED', extensions: { retryAfter: 17, upstreamRef: 'r-429' } });
    });
  });

  describe('listConversations', () => {
    const LIST = 'v2/conversations?status=all';

    it('lists newest first, 25 per upstream page, and continues from the cursor within and across pages', async () => {
      const first = readablePage(await sim.client.listConversations!({ first: 20, after: null }, sim.io()));
      expect(first.items.map((i) => i.node.nativeId).slice(0, 3)).toEqual(['1220', '1219', '1218']);
      expect(first).toMatchObject({ hasNextPage: true, totalCount: GENERATED_IDS.count + 3 });
      const next = readablePage(await sim.client.listConversations!({ first: 10, after: first.items[19]?.cursor ?? null }, sim.io()));
      expect(next.items.map((i) => i.node.nativeId)).toEqual(['1200', '1199', '1198', '1197', '1196', '1195', '1194', '1193', '1192', '1191']);
      expect(sim.upstream()).toEqual([
        'GET /v2/conversations?status=all&page=1',
        'GET /v2/conversations?status=all&page=1',
        'GET /v2/conversations?status=all&page=2',
      ]);
    });

    it('ends with hasNextPage false on the last item', async () => {
      // Page 9 holds the 23 oldest: the generated ones, then 2000, the seed 123 and 666.
      const page = readablePage(await sim.client.listConversations!({ first: 5, after: { p: `${LIST}&page=9`, a: String(LONG_ID) } }, sim.io()));
      expect(page.items.map((i) => i.node.nativeId)).toEqual([String(SEED_ID), String(FOREIGN_LINK_ID)]);
      expect(page.hasNextPage).toBe(false);
    });

    it('leaves priming to the gateway: listed ids read back to the key a fetch would use', async () => {
      const primed: string[] = [];
      const io = { ...sim.io(), primeConversation: (key: string) => void primed.push(key) };
      const page = readablePage(await sim.client.listConversations!({ first: 3, after: null }, io));
      expect(primed).toEqual([]);
      expect(page.items.map(({ node }) => sim.client.parseKey(node.id.slice('helpscout:'.length)))).toEqual(['1220', '1219', '1218']);
    });

    const badCursors: JsonValue[] = [
      { page: 1, index: 0, size: 25 },
      'x',
      { p: `${LIST}&page=0`, a: null },
      { p: 'v2/conversations?status=active&page=1', a: null },
      { p: `${LIST}&page=1&embed=threads`, a: null },
      { p: `v2/conversations/${SEED_ID}/threads?page=1`, a: null },
      { p: `https://evil.example/${LIST}&page=1`, a: null },
      { p: `${LIST}&page=1`, a: null, extra: 1 },
    ];
    it.each(badCursors)('refuses cursor state %j as BAD_USER_INPUT before any request', async (after) => {
      await expect(sim.client.listConversations!({ first: 5, after }, sim.io())).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(sim.upstream()).toEqual([]);
    });
  });

  describe('fetchNode', () => {
    it('reads a customer from its full record, with phone and e-mail', async () => {
      const node = await sim.client.fetchNode!('customer', '238604', sim.io());
      expect(node).toBeInstanceOf(HelpScoutCustomer);
      expect(node).toMatchObject({ id: 'helpscout:customer:238604', displayName: 'Rob Robertovic', email: 'rob@acme.com', phone: '+420123456789' });
      expect(sim.upstream()).toEqual(['GET /v2/customers/238604']);
    });

    it('reads a user and a mailbox', async () => {
      expect(await sim.client.fetchNode!('user', '14', sim.io())).toBeInstanceOf(HelpScoutUser);
      expect(await sim.client.fetchNode!('mailbox', '13', sim.io())).toBeInstanceOf(HelpScoutMailbox);
      expect(sim.upstream()).toEqual(['GET /v2/users/14', 'GET /v2/mailboxes/13']);
    });

    it('reads a thread through its conversation with embedded threads', async () => {
      const node = await sim.client.fetchNode!('thread', '123/123002', sim.io());
      expect(node).toBeInstanceOf(HelpScoutThread);
      expect(node.id).toBe('helpscout:thread:123/123002');
      expect(sim.upstream()).toEqual(['GET /v2/conversations/123?embed=threads']);
    });

    it('answers NOT_FOUND for a thread the conversation does not have', async () => {
      await expect(sim.client.fetchNode!('thread', '123/9', sim.io())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('rebuilds an e-mail address without any request', async () => {
      expect(await sim.client.fetchNode!('email', 'bear@normal.com', sim.io())).toBeInstanceOf(HelpScoutEmailAddress);
      expect(sim.upstream()).toEqual([]);
    });

    it.each([['customer', 'x'], ['thread', '123'], ['thread', '1/2/3'], ['email', 'not-an-address'], ['planet', '1']])(
      'refuses %s key %j before any request',
      async (kind, key) => {
        await expect(sim.client.fetchNode!(kind, key, sim.io())).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(sim.upstream()).toEqual([]);
      },
    );

    it.each([
      ['customer', '238604', '/v2/customers/238604'],
      ['user', '14', '/v2/users/14'],
      ['mailbox', '13', '/v2/mailboxes/13'],
    ])('refuses a %s record answered with another id as PROVIDER_BAD_RESPONSE naming both ids', async (kind, key, path) => {
      sim.simulator.injectFault({ match: new RegExp(`^${path}$`), times: 1, reply: { status: 200, body: { id: 5 } } });
      await expect(sim.client.fetchNode!(kind, key, sim.io())).rejects.toMatchObject({
        code: 'PROVIDER_BAD_RESPONSE', message: `helpscout answered with data Parley cannot read: asked for ${kind} ${key}, got 5`,
      });
    });

    it('reads a record with an unreadable leaf, reporting it on the field that shows it', async () => {
      sim.simulator.injectFault({ match: /^\/v2\/users\/14$/, times: 1, reply: { status: 200, body: { id: 14, firstName: 'Clo', lastName: 7 } } });
      const node = await sim.client.fetchNode!('user', '14', sim.io());
      expect(node).toMatchObject({ first: 'Clo', last: null, displayName: 'Clo' });
      expect(Object.keys((node as WithDefects)[DEFECTS]?.reasons ?? {}).sort()).toEqual(['displayName', 'last', 'lastName']);
    });

    it('answers UNSUPPORTED for a team, which Help Scout cannot read alone', async () => {
      await expect(sim.client.fetchNode!('team', '7', sim.io())).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    });
  });
});
