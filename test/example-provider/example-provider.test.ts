import 'reflect-metadata';
import { isEnumType, isInterfaceType, isObjectType, isUnionType, type GraphQLSchema } from 'graphql';
import { startGateway } from '../../src/bootstrap';
import { providerConfigRows } from '../../src/config-docs';
import { ConfigError } from '../../src/config-error';
import type { ProviderAdapter } from '../../src/kit/contract';
import { adapters } from '../../src/providers/registry';
import { buildParleySchema, printParleySchema } from '../../src/schema/build-schema';
import { SimulatedProvider } from '../../src/simulator/sim-server';
import { defineProviderContract } from '../contract/provider-contract';
import { startHarness, type Harness } from '../support/harness';
import { assertTolerant, capturedBody, TOLERANCE_RUNS, TOLERANCE_TIMEOUT_MS } from '../support/tolerance';
import { exampleAdapter } from './index';
import { MISSING_KEY, SEED_KEY, SIM_TOKEN } from './simulator/seed';

// The registry is the only place that names providers, so registering the example is this one
// line: the schema, the ids, `providers`, the configuration and the contract suite below all read it.
jest.mock('../../src/providers/registry', () => {
  const actual = jest.requireActual<{ adapters: readonly ProviderAdapter[] }>('../../src/providers/registry');
  const { exampleAdapter: example } = jest.requireActual<{ exampleAdapter: ProviderAdapter }>('./index');
  return { adapters: [...actual.adapters, example] }; // the one registry line
});

interface Edge<T> {
  cursor: string;
  node: T;
}
interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  totalCount: number | null;
}
interface MessageNode {
  __typename: string;
  id: string;
  text: string | null;
  direction: string;
  sender: { displayName: string | null } | null;
}
interface ConversationData {
  conversation: {
    __typename: string;
    id: string;
    provider: string;
    nativeId: string;
    subject: string | null;
    status: string;
    channel: string;
    messageCount: number | null;
    priority: string | null;
    participants: { id: string; role: string; displayName: string | null }[];
    customer: { displayName: string | null } | null;
    assignee: { displayName: string | null } | null;
    lastMessage: { id: string; text: string | null } | null;
    messages: Connection<MessageNode>;
  } | null;
}
interface ProviderRow {
  name: string;
  slug: string;
  title: string;
  mode: string;
  canList: boolean;
}

const CONVERSATION = `
  query Conversation($id: ID!, $first: Int, $after: String) {
    conversation(id: $id) {
      __typename
      ... on CommonConversation {
        id provider nativeId subject status channel messageCount
        participants { id role displayName }
        customer { displayName }
        assignee { displayName }
        lastMessage { id text }
        messages(first: $first, after: $after) {
          edges { cursor node { __typename id text direction sender { displayName } } }
          pageInfo { hasNextPage hasPreviousPage endCursor }
          totalCount
        }
      }
      ... on ExampleConversation { priority }
    }
  }`;

const LISTING = `
  query Listing($first: Int, $after: String) {
    provider(name: EXAMPLE) {
      conversations(first: $first, after: $after) {
        edges { node { __typename ... on CommonConversation { id subject updatedAt } } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }`;

const PROVIDERS = '{ providers { name slug title mode canList } }';

describe('Example Chat registered by one registry line', () => {
  it('appends the example as the sixth and last adapter of the registry', () => {
    expect(adapters).toHaveLength(6);
    expect(adapters[adapters.length - 1]).toBe(exampleAdapter);
    expect(new Set(adapters.map((adapter) => adapter.identity.slug)).size).toBe(6);
  });

  describe('schema', () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      schema = await buildParleySchema();
    });

    it('makes ExampleConversation a member of the Conversation union implementing CommonConversation and Node', () => {
      const union = schema.getType('Conversation');
      if (!isUnionType(union)) throw new Error('Conversation is not a union');
      const member = union.getTypes().find((type) => type.name === 'ExampleConversation');
      expect(member?.getInterfaces().map((i) => i.name).sort()).toEqual(['CommonConversation', 'Node']);
      expect(union.getTypes().map((type) => type.name)).toEqual(adapters.map((adapter) => adapter.conversationType.name));
    });

    it('adds EXAMPLE to the ConversationProvider enum, last, with its description', () => {
      const provider = schema.getType('ConversationProvider');
      if (!isEnumType(provider)) throw new Error('ConversationProvider is not an enum');
      const values = provider.getValues();
      expect(values.map((value) => value.name)).toEqual(adapters.map((adapter) => adapter.identity.name));
      expect(values[values.length - 1]).toMatchObject({
        name: 'EXAMPLE',
        description: 'Example Chat API: a test-only provider proving that a new provider is one folder plus one registry line.',
      });
    });

    it('implements ConversationMessage and ConversationParticipant with ExampleMessage and ExampleParticipant', () => {
      const interfacesOf = (name: string): string[] => {
        const type = schema.getType(name);
        return isObjectType(type) ? type.getInterfaces().map((i) => i.name).sort() : [];
      };
      expect(interfacesOf('ExampleMessage')).toEqual(['ConversationMessage', 'Node']);
      expect(interfacesOf('ExampleParticipant')).toEqual(['ConversationParticipant', 'Node']);
    });

    it('documents every example type, field and argument', () => {
      const missing: string[] = [];
      for (const name of ['ExampleConversation', 'ExampleMessage', 'ExampleParticipant']) {
        const type = schema.getType(name);
        if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`${name} is missing from the schema`);
        if (!type.description) missing.push(name);
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${name}.${field.name}(${arg.name})`);
        }
      }
      expect(missing).toEqual([]);
    });

    it('prints the example types in the SDL', async () => {
      const sdl = await printParleySchema();
      expect(sdl).toContain('type ExampleConversation implements CommonConversation & Node {');
      // The printed schema is sorted, so the member sits among the others, not last.
      expect(sdl).toMatch(/\nunion Conversation = (?:\w+ \| )*ExampleConversation(?: \| \w+)*\n/);
      expect(sdl).toContain('  """\n  Example Chat API: a test-only provider proving that a new provider is one folder plus one registry line.\n  """\n  EXAMPLE\n');
    });
  });

  describe('over GraphQL over HTTP against every simulator', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(() => h.stop());
    beforeEach(() => h.reset());

    it('answers with the conversation and reports a broken subject only where selected, when the upstream sends a number there', async () => {
      h.simulator('example').injectFault({ match: /^\/conversations\/c1$/, rewrite: (body) => ({ ...(body as object), subject: 42 }) });
      const result = await h.query<ConversationData>(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id subject status } } }`, { id: 'example:c1' });
      expect(result.data?.conversation).toEqual({ id: 'example:c1', subject: null, status: 'OPEN' });
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'example answered with data Parley cannot read: conversation.subject: Invalid input: expected string, received number',
          path: ['conversation', 'subject'],
          extensions: { code: 'PROVIDER_BAD_RESPONSE', provider: 'example' },
        }),
      ]);
      h.simulator('example').injectFault({ match: /^\/conversations\/c1$/, rewrite: (body) => ({ ...(body as object), subject: 42 }) });
      const unselected = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id status } } }`, { id: 'example:c1' });
      expect(unselected).toEqual({ status: 200, data: { conversation: { id: 'example:c1', status: 'OPEN' } } });
    });

    it('refuses an answer for c1 that carries c2 as PROVIDER_BAD_RESPONSE naming both ids', async () => {
      h.simulator('example').injectFault({ match: /^\/conversations\/c1$/, rewrite: (body) => ({ ...(body as object), id: 'c2' }) });
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id } } }`, { id: 'example:c1' });
      expect(result.data).toEqual({ conversation: null });
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'example answered with data Parley cannot read: asked for conversation c1, got c2',
          path: ['conversation'],
          extensions: { code: 'PROVIDER_BAD_RESPONSE', provider: 'example' },
        }),
      ]);
    });

    it(`survives ${TOLERANCE_RUNS} mutations of its documented conversation and message page (property)`, async () => {
      const vars = { id: 'example:c1', first: 2 };
      const conversation = await capturedBody(h, 'example', /^\/conversations\/c1$/, CONVERSATION, vars);
      const page = await capturedBody(h, 'example', /^\/conversations\/c1\/messages/, CONVERSATION, vars);
      await assertTolerant(h, {
        slug: 'example',
        query: CONVERSATION.replace('$first: Int', '$first: Int = 2'),
        id: 'example:c1',
        documents: [
          { match: /^\/conversations\/c1$/, body: conversation, identity: [['id']] },
          { match: /^\/conversations\/c1\/messages/, body: page, identity: [] },
        ],
      });
    }, TOLERANCE_TIMEOUT_MS);

    it('returns example:c1 with its common fields and its first two messages in two upstream requests', async () => {
      const result = await h.query<ConversationData>(CONVERSATION, { id: 'example:c1', first: 2 });
      expect(result.errors).toBeUndefined();
      const conversation = result.data?.conversation;
      expect(conversation).toMatchObject({
        __typename: 'ExampleConversation',
        id: 'example:c1',
        provider: 'EXAMPLE',
        nativeId: 'c1',
        subject: 'Order 1042 arrived damaged',
        status: 'OPEN',
        channel: 'CHAT',
        messageCount: 3,
        priority: 'high',
        participants: [
          { id: 'example:participant:c1/u1', role: 'CUSTOMER', displayName: 'Ada Lovelace' },
          { id: 'example:participant:c1/a1', role: 'AGENT', displayName: 'Grace Hopper' },
        ],
        customer: { displayName: 'Ada Lovelace' },
        assignee: null,
        lastMessage: { id: 'example:message:c1/m3', text: 'Photo attached.' },
      });
      expect(conversation?.messages.edges.map((edge) => [edge.node.id, edge.node.direction, edge.node.sender?.displayName])).toEqual([
        ['example:message:c1/m1', 'INBOUND', 'Ada Lovelace'],
        ['example:message:c1/m2', 'OUTBOUND', 'Grace Hopper'],
      ]);
      expect(conversation?.messages.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(conversation?.messages.totalCount).toBe(3);
      expect(h.upstream('example')).toEqual(['GET /conversations/c1', 'GET /conversations/c1/messages?page=1']);
    });

    it('continues after endCursor with the third message, reading only the second page', async () => {
      const first = await h.query<ConversationData>(CONVERSATION, { id: 'example:c1', first: 2 });
      const after = first.data?.conversation?.messages.pageInfo.endCursor;
      expect(typeof after).toBe('string');
      h.reset();
      const rest = await h.query<ConversationData>(CONVERSATION, { id: 'example:c1', first: 2, after });
      expect(rest.errors).toBeUndefined();
      expect(rest.data?.conversation?.messages.edges.map((edge) => [edge.node.id, edge.node.text])).toEqual([['example:message:c1/m3', 'Photo attached.']]);
      expect(rest.data?.conversation?.messages.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      expect(h.upstream('example')).toEqual(['GET /conversations/c1', 'GET /conversations/c1/messages?page=2']);
    });

    it('asks no other simulator when only the example is queried', async () => {
      await h.query<ConversationData>(CONVERSATION, { id: 'example:c1', first: 1 });
      expect(h.upstream()).toEqual(h.upstream('example'));
    });

    it('answers BAD_USER_INPUT with no upstream request when the key is not c followed by digits', async () => {
      const result = await h.query<ConversationData>(CONVERSATION, { id: 'example:x1', first: 1 });
      expect(result.data?.conversation).toBeNull();
      expect(result.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['provider'], e.message])).toEqual([
        ['BAD_USER_INPUT', 'example', 'Example Chat key "x1" is not a conversation key (c followed by digits)'],
      ]);
      expect(h.upstream()).toEqual([]);
    });

    it('answers NOT_FOUND with the upstream reference when the simulator has no such conversation', async () => {
      const result = await h.query<ConversationData>(CONVERSATION, { id: `example:${MISSING_KEY}`, first: 1 });
      expect(result.data?.conversation).toBeNull();
      expect(result.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['provider'], e.extensions?.['upstreamRef'], e.message])).toEqual([
        ['NOT_FOUND', 'example', 'sim-404', 'example has no such resource (HTTP 404)'],
      ]);
      expect(h.upstream('example')).toEqual([`GET /conversations/${MISSING_KEY}`]);
    });

    it('fetches a message node by its global id from its conversation and message pages', async () => {
      const result = await h.query<{ node: { __typename: string; id: string; text: string | null } | null }>(
        'query Node($id: ID!) { node(id: $id) { __typename id ... on ConversationMessage { text } } }',
        { id: 'example:message:c1/m3' },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.node).toEqual({ __typename: 'ExampleMessage', id: 'example:message:c1/m3', text: 'Photo attached.' });
      expect(h.upstream('example')).toEqual(['GET /conversations/c1', 'GET /conversations/c1/messages?page=1', 'GET /conversations/c1/messages?page=2']);
    });

    it('lists EXAMPLE last in providers, SIMULATED and able to list, when no credentials are set', async () => {
      const result = await h.query<{ providers: ProviderRow[] }>(PROVIDERS);
      expect(result.errors).toBeUndefined();
      expect(result.data?.providers.map((p) => p.slug)).toEqual(adapters.map((adapter) => adapter.identity.slug));
      expect(result.data?.providers[result.data.providers.length - 1]).toEqual({ name: 'EXAMPLE', slug: 'example', title: 'Example Chat', mode: 'SIMULATED', canList: true });
    });

    it('lists example conversations newest first in one upstream request', async () => {
      const result = await h.query<{ provider: { conversations: Connection<{ __typename: string; id: string; updatedAt: string }> } }>(LISTING, { first: 5 });
      expect(result.errors).toBeUndefined();
      const listing = result.data?.provider.conversations;
      expect(listing?.edges.map((edge) => [edge.node.__typename, edge.node.id, edge.node.updatedAt])).toEqual([
        ['ExampleConversation', 'example:c2', '2024-05-02T15:30:00Z'],
        ['ExampleConversation', 'example:c1', '2024-05-01T09:12:00Z'],
      ]);
      expect([listing?.pageInfo.hasNextPage, listing?.totalCount]).toEqual([false, 2]);
      expect(h.upstream('example')).toEqual(['GET /conversations?page=1']);
    });

    it('continues the listing after endCursor with the older conversation', async () => {
      const first = await h.query<{ provider: { conversations: Connection<{ id: string }> } }>(LISTING, { first: 1 });
      expect(first.data?.provider.conversations.edges.map((edge) => edge.node.id)).toEqual(['example:c2']);
      expect(first.data?.provider.conversations.pageInfo.hasNextPage).toBe(true);
      const rest = await h.query<{ provider: { conversations: Connection<{ id: string }> } }>(LISTING, { first: 1, after: first.data?.provider.conversations.pageInfo.endCursor });
      expect(rest.errors).toBeUndefined();
      expect(rest.data?.provider.conversations.edges.map((edge) => edge.node.id)).toEqual(['example:c1']);
      expect(rest.data?.provider.conversations.pageInfo.hasNextPage).toBe(false);
    });

    it('answers UNAUTHENTICATED without the token in the message when the simulator refuses the token', async () => {
      const wrong = await startHarness({}, { overrides: { EXAMPLE_TOKEN: 'wrong-token' } });
      try {
        const result = await wrong.query<ConversationData>(CONVERSATION, { id: 'example:c1', first: 1 });
        expect(result.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['provider'], e.message])).toEqual([
          ['UNAUTHENTICATED', 'example', "example refused Parley's credentials (HTTP 401)"],
        ]);
        expect(JSON.stringify(result.errors)).not.toContain('wrong-token');
      } finally {
        await wrong.stop();
      }
    });
  });

  describe('configuration', () => {
    it('declares the two variables it reads, and the generated configuration table documents them', () => {
      expect(exampleAdapter.envVars.map((variable) => variable.name)).toEqual(['EXAMPLE_BASE_URL', 'EXAMPLE_TOKEN']);
      const table = providerConfigRows(adapters);
      expect(table).toContain('| `EXAMPLE_BASE_URL` | `https://api.example-chat.invalid` | Example Chat: API base URL |');
      expect(table).toContain('| `EXAMPLE_TOKEN` |  | Example Chat: bearer token |');
      expect(exampleAdapter.hasCredentials({ EXAMPLE_TOKEN: '  ' })).toBe(false);
      expect(exampleAdapter.hasCredentials({ EXAMPLE_TOKEN: SIM_TOKEN })).toBe(true);
    });

    it('runs LIVE against EXAMPLE_BASE_URL with EXAMPLE_TOKEN while the other providers stay SIMULATED', async () => {
      const upstream = new SimulatedProvider(exampleAdapter.simulator.create());
      await upstream.start();
      const live = await startHarness({ EXAMPLE_TOKEN: SIM_TOKEN, EXAMPLE_BASE_URL: upstream.baseUrl.href }, { simulateAll: false });
      try {
        const providers = await live.query<{ providers: ProviderRow[] }>(PROVIDERS);
        expect(providers.data?.providers.map((p) => [p.slug, p.mode])).toEqual(
          adapters.map((adapter) => [adapter.identity.slug, adapter === exampleAdapter ? 'LIVE' : 'SIMULATED']),
        );
        expect(() => live.simulator('example')).toThrow('No simulator for example');
        const result = await live.query<ConversationData>(CONVERSATION, { id: `example:${SEED_KEY}`, first: 1 });
        expect(result.data?.conversation?.subject).toBe('Order 1042 arrived damaged');
        expect(upstream.requests.map((r) => [r.path, r.headers.authorization])).toEqual([
          ['/conversations/c1', `Bearer ${SIM_TOKEN}`],
          ['/conversations/c1/messages?page=1', `Bearer ${SIM_TOKEN}`],
        ]);
      } finally {
        await live.stop();
        await upstream.stop();
      }
    });

    it('stops start-up with a ConfigError naming EXAMPLE_BASE_URL, not its value, when it is not an absolute URL', async () => {
      const started = startGateway({ EXAMPLE_TOKEN: SIM_TOKEN, EXAMPLE_BASE_URL: 'api.example-chat.invalid/v1' });
      await expect(started).rejects.toThrow(ConfigError);
      await expect(started).rejects.toMatchObject({
        variable: 'EXAMPLE_BASE_URL',
        message: 'EXAMPLE_BASE_URL: is not an absolute URL (expected something like https://api.example.com)',
      });
    });

    it('stops start-up with a ConfigError naming EXAMPLE_TOKEN, not its value, when the token holds a space', async () => {
      const started = startGateway({ EXAMPLE_TOKEN: 'two words' });
      await expect(started).rejects.toMatchObject({
        variable: 'EXAMPLE_TOKEN',
        message: 'EXAMPLE_TOKEN: is not an Example Chat token (printable characters, no spaces)',
      });
    });
  });
});

// The same contract as the five real providers, discovered from the (mocked) registry exactly as
// test/contract/contract.test.ts does: the example is covered without a runner of its own.
for (const adapter of adapters) defineProviderContract(adapter);
