import {
  ConversationCommonDocument, ConversationsByIdsDocument, NodeByIdDocument, ProviderConversationsDocument, ProvidersDocument,
} from '../generated/graphql';
import { startGateway } from '../../src/bootstrap';
import { createContext } from '../../src/context';
import { silentLogger } from '../../src/logger';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { adapters } from '../../src/providers/registry';
import { createServer } from '../../src/server';
import { SimulatedProvider } from '../../src/simulator/sim-server';
import { startHarness, type Harness } from '../support/harness';

const DEMO_IDS = [
  ['helpscout:123', 'HelpScoutConversation'],
  ['textus:kY1QwY', 'TextUsConversation'],
  ['bird:907798f8-fd72-44d5-8042-fcc05c1bb570', 'BirdConversation'],
  ['layer:f3cc7b32-3c92-11e4-baad-164230d1df67', 'LayerConversation'],
  ['layer:90a3dd7e-59f2-4369-a522-a3e4f767af10', 'LayerConversation'],
  ['mailperformance:6dc5cd3d-e233-4359-be70-088833f89bff', 'MailPerformanceConversation'],
] as const;

describe('Gateway over HTTP against the simulators', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  describe('demo ids', () => {
    it.each(DEMO_IDS)('returns %s as %s and its id round-trips through conversation and node', async (id, typename) => {
      const first = await h.query(ConversationCommonDocument, { id });
      expect(first.errors).toBeUndefined();
      const conversation = first.data?.conversation;
      expect(conversation?.__typename).toBe(typename);
      const returnedId = conversation && 'id' in conversation ? conversation.id : '';
      const again = await h.query(ConversationCommonDocument, { id: returnedId });
      expect(again.data?.conversation).toEqual(conversation);
      const node = await h.query(NodeByIdDocument, { id: returnedId });
      expect(node.data?.node).toEqual({ __typename: typename, id: returnedId });
    });
  });

  describe('conversations(ids:)', () => {
    it('fetches a repeated id once: [a, a, b] makes 2 upstream requests', async () => {
      const result = await h.query(ConversationsByIdsDocument, { ids: ['helpscout:123', 'helpscout:123', 'textus:kY1QwY'] });
      expect(result.data?.conversations.map((c) => (c && 'id' in c ? c.id : null))).toEqual(['helpscout:123', 'helpscout:123', 'textus:kY1QwY']);
      expect(h.upstream()).toHaveLength(2);
    });

    it('keeps order and length with null and one error per failed slot', async () => {
      const result = await h.query(ConversationsByIdsDocument, { ids: ['helpscout:123', 'nope:1', 'helpscout:999999', 'textus:kY1QwY'] });
      expect(result.data?.conversations.map((c) => c?.__typename ?? null)).toEqual(['HelpScoutConversation', null, null, 'TextUsConversation']);
      expect(result.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([
        [['conversations', 1], 'BAD_USER_INPUT'],
        [['conversations', 2], 'NOT_FOUND'],
      ]);
    });

    it('refuses more than 100 ids with BAD_USER_INPUT and no upstream request', async () => {
      const ids = Array.from({ length: 101 }, (_, i) => `helpscout:${i + 1}`);
      const result = await h.query(ConversationsByIdsDocument, { ids });
      expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(h.upstream()).toEqual([]);
    });
  });

  describe('errors', () => {
    it.each(['', 'helpscout', 'unknown:1', 'helpscout:', 'helpscout:12/34', 'helpscout:1?x=1', 'helpscout:1#a', 'textus:..', 'bird:a\u0001b'])(
      'answers BAD_USER_INPUT with no upstream request for malformed id %j',
      async (id) => {
        const result = await h.query(ConversationCommonDocument, { id });
        expect(result.data?.conversation).toBeNull();
        expect(result.errors?.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
        expect(h.upstream()).toEqual([]);
      },
    );

    it('answers NOT_FOUND with the provider for an unknown conversation', async () => {
      const result = await h.query(ConversationCommonDocument, { id: 'bird:00000000-0000-4000-8000-000000000000' });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', provider: 'bird' });
    });

    it('answers GONE for a deleted Layer conversation', async () => {
      const result = await h.query(ConversationCommonDocument, { id: 'layer:deadbeef-0000-4000-a000-000000000410' });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'GONE', provider: 'layer' });
    });

    it('answers UNSUPPORTED when listing MailPerformance', async () => {
      const result = await h.query(ProviderConversationsDocument, { name: 'MAIL_PERFORMANCE', first: 5 });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNSUPPORTED', provider: 'mailperformance' });
    });

    it('never shows a credential, an upstream address or a stack in errors from any registered provider', async () => {
      const ids = adapters.map((adapter) => `${adapter.identity.slug}:${adapter.simulator.demo.missingKey}`);
      const result = await h.query(ConversationsByIdsDocument, { ids });
      const text = JSON.stringify(result.errors);
      expect(result.errors?.map((e) => e.extensions?.['code'])).toEqual(ids.map(() => 'NOT_FOUND'));
      expect(text).not.toMatch(/127\.0\.0\.1|stacktrace|sim-|Bearer|AccessKey|at \//);
    });
  });

  describe('wrong credentials', () => {
    it.each(adapters.map((adapter) => [adapter.identity.slug, adapter] as const))('answers UNAUTHENTICATED for %s when the provider refuses the credentials', async (provider, adapter) => {
      const { badCredentials, seedKey } = adapter.simulator.demo;
      const wrong = await startHarness({}, { overrides: badCredentials });
      try {
        const result = await wrong.query(ConversationCommonDocument, { id: `${provider}:${seedKey}` });
        expect(result.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'UNAUTHENTICATED', provider })]);
        for (const value of Object.values(badCredentials)) expect(JSON.stringify(result.errors)).not.toContain(value);
      } finally {
        await wrong.stop();
      }
    });
  });

  describe('production mode', () => {
    it('turns introspection off', async () => {
      const started = await startGateway({}, { simulateAll: true, adapters: [helpScoutAdapter] });
      const server = await createServer({ gateway: started.gateway, logger: silentLogger, production: true });
      try {
        const url = await server.listen(0, '127.0.0.1');
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
        expect(res.status).toBe(400);
        expect(JSON.stringify(await res.json())).toContain('introspection');
      } finally {
        await server.stop();
        await started.stop();
      }
    });
  });

  describe('configuration', () => {
    it('says a provider cannot list when its listing setting is missing', async () => {
      const partial = await startHarness({}, { overrides: { TEXTUS_ACCOUNT: undefined, LAYER_USER_ID: undefined } });
      try {
        const result = await partial.query(ProvidersDocument);
        expect(result.data?.providers.filter((p) => !p.canList).map((p) => p.slug)).toEqual(['textus', 'layer', 'mailperformance']);
        const listing = await partial.query(ProviderConversationsDocument, { name: 'TEXT_US', first: 5 });
        expect(listing.errors?.[0]?.extensions).toMatchObject({ code: 'UNSUPPORTED', provider: 'textus' });
        expect(listing.errors?.[0]?.message).toContain('TEXTUS_ACCOUNT');
      } finally {
        await partial.stop();
      }
    });

    it('runs a provider LIVE against any server that follows its documentation (here, its simulator)', async () => {
      const simulator = new SimulatedProvider(helpScoutAdapter.simulator.create());
      await simulator.start();
      const live = await startGateway(simulator.env(), { adapters: [helpScoutAdapter] });
      try {
        expect(live.gateway.get('helpscout').mode).toBe('LIVE');
        expect(live.simulators.size).toBe(0);
        const conversation = await live.gateway.get('helpscout').client.fetchConversation('123', createContext(live.gateway, silentLogger).loaders.io(live.gateway.get('helpscout')));
        expect(conversation.subject).toBe('Help');
        expect(simulator.requests.map((r) => r.path)).toEqual(['/v2/conversations/123']);
      } finally {
        await live.stop();
        await simulator.stop();
      }
    });
  });

  describe('HTTP contract', () => {
    it('answers GET /health with 200 and every provider SIMULATED', async () => {
      const res = await fetch(new URL('/health', h.url));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', providers: expect.arrayContaining([{ name: 'HELP_SCOUT', mode: 'SIMULATED' }]) });
    });

    it('lists every registered provider, in registry order, SIMULATED without credentials', async () => {
      const result = await h.query(ProvidersDocument);
      expect(result.data?.providers.map((p) => [p.slug, p.mode])).toEqual(adapters.map((a) => [a.identity.slug, 'SIMULATED']));
      expect(result.data?.providers.filter((p) => !p.canList).map((p) => p.slug)).toEqual(['mailperformance']);
    });

    it('answers a GET query that carries a CSRF-safe header', async () => {
      const url = new URL(h.url);
      url.searchParams.set('query', '{ providers { slug } }');
      const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: { providers: unknown[] } }).data.providers).toHaveLength(adapters.length);
    });

    it('refuses a simple cross-site POST (text/plain) with 400 and no upstream request', async () => {
      const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ conversation(id: \\"helpscout:123\\") { __typename } }"}' });
      expect(res.status).toBe(400);
      expect(h.upstream()).toEqual([]);
    });

    it('refuses a body over 100 kB with 413', async () => {
      const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `#${'x'.repeat(110_000)}\n{ providers { slug } }` }) });
      expect(res.status).toBe(413);
    });

    it('refuses a query deeper than the limit before any upstream request', async () => {
      const deep = `{ conversation(id: "helpscout:123") { ... on HelpScoutConversation { messages { edges { node { sender { ... on HelpScoutCustomer { profile { emails { value } } } } } } } } } }`;
      const tooDeep = `{ provider(name: HELP_SCOUT) { conversations { edges { node { ... on CommonConversation { messages { edges { node { sender { ... on HelpScoutCustomer { profile { emails { value } } } } } } } } } } } } }`;
      expect((await h.query(deep)).errors).toBeUndefined();
      h.reset();
      const refused = await h.query(tooDeep);
      expect([refused.status, refused.errors?.[0]?.extensions?.['code']]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
      expect(h.upstream()).toEqual([]);
    });

    it('serves introspection outside production', async () => {
      const result = await h.query<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
      expect(result.data?.__schema.queryType.name).toBe('Query');
    });
  });
});
