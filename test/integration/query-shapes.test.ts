import { ConversationCommonDocument, ConversationDeepDocument, ConversationsByIdsDocument, ProviderConversationsDocument } from '../generated/graphql';
import { simData } from '../../src/providers/mailperformance/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

/**
 * The query shapes of docs/query-shapes.md, per provider, with the exact number of upstream
 * requests each makes. Every figure here is also in that page, next to its lower bound.
 */
const SHAPES = [
  // provider, demo id, one conversation (common fields incl. subject), with 20 messages + senders + participants,
  // 20 listed with participants
  { provider: 'HELP_SCOUT', slug: 'helpscout', id: 'helpscout:123', one: 1, deep: 1, list: 1 },
  { provider: 'TEXT_US', slug: 'textus', id: 'textus:kY1QwY', one: 1, deep: 2, list: 21 },
  { provider: 'BIRD', slug: 'bird', id: 'bird:907798f8-fd72-44d5-8042-fcc05c1bb570', one: 1, deep: 3, list: 21 },
  { provider: 'LAYER', slug: 'layer', id: 'layer:90a3dd7e-59f2-4369-a522-a3e4f767af10', one: 1, deep: 4, list: 13 },
  { provider: 'MAIL_PERFORMANCE', slug: 'mailperformance', id: 'mailperformance:6dc5cd3d-e233-4359-be70-088833f89bff', one: 2, deep: 2, list: null },
] as const;

describe('Query shapes: exact upstream requests per provider', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  describe.each(SHAPES)('$slug', ({ provider, slug, id, one, deep, list }) => {
    it(`reads one conversation's common fields with ${one} request`, async () => {
      const result = await h.query(ConversationCommonDocument, { id });
      expect(result.errors).toBeUndefined();
      expect(h.upstream(slug)).toHaveLength(one);
    });

    it(`reads 20 messages with their senders and the participants with ${deep} requests`, async () => {
      const result = await h.query(ConversationDeepDocument, { id, first: 20 });
      expect(result.errors).toBeUndefined();
      const conversation = result.data?.conversation;
      expect(conversation && 'messages' in conversation ? (conversation.messages?.edges.length ?? 0) : 0).toBeGreaterThan(0);
      expect(h.upstream(slug)).toHaveLength(deep);
      expect(new Set(h.upstream(slug)).size).toBe(deep);
    });

    it(`lists 20 conversations with participants with ${list ?? 'no'} requests`, async () => {
      const result = await h.query(ProviderConversationsDocument, { name: provider, first: 20 });
      if (list === null) {
        expect(result.errors?.[0]?.extensions?.['code']).toBe('UNSUPPORTED');
        expect(h.upstream(slug)).toEqual([]);
        return;
      }
      expect(result.errors).toBeUndefined();
      expect(result.data?.provider?.conversations?.edges).toHaveLength(20);
      expect(h.upstream(slug)).toHaveLength(list);
      expect(new Set(h.upstream(slug)).size).toBe(list);
    });
  });

  it('multi-gets 50 conversations across the five providers with one request each', async () => {
    const ids: string[] = [];
    for (const { provider } of SHAPES.filter((s) => s.list !== null)) {
      const listed = await h.query(ProviderConversationsDocument, { name: provider, first: 10 });
      ids.push(...(listed.data?.provider?.conversations?.edges ?? []).map((e) => (e.node && 'id' in e.node ? e.node.id : '')));
    }
    ids.push(...simData().generatedIds.slice(0, 10).map((key) => `mailperformance:${key}`));
    h.reset();
    const result = await h.query(ConversationsByIdsDocument, { ids });
    expect(result.errors).toBeUndefined();
    expect(result.data?.conversations).toHaveLength(50);
    expect(h.upstream()).toHaveLength(50);
  });
});
