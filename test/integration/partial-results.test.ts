import { adapters } from '../../src/providers/registry';
import { startHarness, type Harness } from '../support/harness';

const CONVERSATION = /* GraphQL */ `
  query Partial($id: ID!) {
    conversation(id: $id) {
      ... on CommonConversation {
        id
        subject
        messages(first: 5) { edges { node { id } } }
      }
    }
  }
`;

const LISTING = /* GraphQL */ `
  query Listing($name: ConversationProvider!) {
    provider(name: $name) { conversations(first: 5) { edges { cursor node { ... on CommonConversation { id } } } } }
  }
`;

/** The biggest list of objects in a page body: the listed conversations, whatever the provider calls them. */
function largestList(body: unknown): Record<string, unknown>[] {
  let best: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      if (node.length > best.length && node.every((item) => typeof item === 'object' && item !== null)) best = node as Record<string, unknown>[];
      node.forEach(walk);
    } else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  walk(body);
  return best;
}

describe('partial results through the gateway', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  afterEach(() => h.reset());

  describe.each(adapters.map((adapter) => [adapter.identity.title, adapter] as const))('%s', (_title, adapter) => {
    const { slug } = adapter.identity;
    const { seedKey, conversationPath } = adapter.simulator.demo;

    it('keeps the conversation when every request but the conversation itself fails: each field that needed a failed fetch is null with PROVIDER_UNAVAILABLE at its path', async () => {
      h.simulator(slug).injectFault({ unless: conversationPath, times: 100, reply: { status: 503, body: { message: 'down' } } });
      const result = await h.query<{ conversation: { id: string; messages: unknown } | null }>(CONVERSATION, { id: `${slug}:${seedKey}` });
      const others = h.upstream(slug).filter((request) => !conversationPath.test(request.replace(/^GET /, '')));
      expect(result.data?.conversation?.id).toBe(`${slug}:${seedKey}`);
      if (others.length === 0) {
        expect(result.errors).toBeUndefined();
        expect(result.data?.conversation?.messages).not.toBeNull();
        return;
      }
      // Each failed fetch costs the field that needed it: an error below the conversation, with the upstream's code.
      for (const error of result.errors ?? []) {
        expect(error).toMatchObject({ extensions: { code: 'PROVIDER_UNAVAILABLE', provider: slug } });
        expect(error.path?.slice(0, 1)).toEqual(['conversation']);
        expect(error.path?.length).toBeGreaterThan(1);
      }
      const messagesFailed = (result.errors ?? []).some((error) => error.path?.join('.') === 'conversation.messages');
      expect(result.data?.conversation?.messages === null).toBe(messagesFailed);
      expect(result.errors?.length).toBeGreaterThan(0);
    });
  });

  const listing = adapters.filter((adapter) => adapter.identity.slug !== 'mailperformance');
  describe.each(listing.map((adapter) => [adapter.identity.title, adapter] as const))('%s listing', (_title, adapter) => {
    const { slug, name } = adapter.identity;

    it('costs only its own edge when one listed conversation has no readable id: a null node and one PROVIDER_BAD_RESPONSE at that node', async () => {
      h.simulator(slug).injectFault({
        times: 1,
        rewrite: (body) => {
          const second = largestList(body)[1];
          if (second) second['id'] = { broken: true };
          return body;
        },
      });
      const result = await h.query<{ provider: { conversations: { edges: { cursor: string; node: { id: string } | null }[] } } }>(LISTING, { name });
      const edges = result.data?.provider.conversations.edges ?? [];
      expect(edges).toHaveLength(5);
      expect(edges.map((edge) => edge.node === null)).toEqual([false, true, false, false, false]);
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(new RegExp(`^${slug} answered with data Parley cannot read: .*\\bid\\b`)) as unknown,
          path: ['provider', 'conversations', 'edges', 1, 'node'],
          extensions: { code: 'PROVIDER_BAD_RESPONSE', provider: slug },
        }),
      ]);
    });
  });
});
