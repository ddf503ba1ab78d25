import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { SEED_CONVERSATION_ID } from '../../src/providers/bird/simulator/seed';
import { seedConversation } from '../../src/providers/helpscout/simulator/seed';
import { SEED_SYSTEM_ID } from '../../src/providers/layer/simulator/seed';
import { SEED_MESSAGE_ID } from '../../src/providers/mailperformance/simulator/seed';
import type { ExecutorKind } from '../../src/server/settings';
import { startExecutorPair, type ExecutorPair, type PostOptions, type RawAnswer } from './executor-pair';

// PARLEY_EXECUTOR=jit must be invisible to clients: every answer below is compared byte for byte
// (status, body, Cache-Control) with graphql-js's, with the same upstream requests.

const OPERATIONS_DIR = join(__dirname, '../../schema/operations');
const VARIABLES: Record<string, Record<string, unknown>> = {
  ConversationCommon: { id: 'helpscout:123' },
  ConversationsByIds: { ids: ['helpscout:123', 'textus:kY1QwY', `bird:${SEED_CONVERSATION_ID}`, `layer:${SEED_SYSTEM_ID}`, `mailperformance:${SEED_MESSAGE_ID}`] },
  NodeById: { id: 'helpscout:customer:238604' },
  ConversationDeep: { id: 'helpscout:123', first: 5 },
  BirdConversation: { id: `bird:${SEED_CONVERSATION_ID}`, first: 5 },
  HelpScoutConversation: { id: 'helpscout:123' },
  HelpScoutThreads: { id: 'helpscout:123', first: 5 },
  HelpScoutCustomerProfile: { id: 'helpscout:customer:238604' },
  HelpScoutListing: { first: 3 },
  LayerConversation: { id: `layer:${SEED_SYSTEM_ID}`, first: 5 },
  MailPerformanceConversation: { id: `mailperformance:${SEED_MESSAGE_ID}` },
  TextUsConversation: { id: 'textus:kY1QwY' },
  Providers: {},
  ProviderConversations: { name: 'HELP_SCOUT', first: 3 },
};

/** Every operation of schema/operations, sent as its whole file (several operations per document). */
const EXAMPLES = readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.graphql')).flatMap((file) => {
  const text = readFileSync(join(OPERATIONS_DIR, file), 'utf8');
  return parse(text).definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [[definition.name.value, text] as const] : []));
});

interface Body {
  data?: unknown;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

describe('PARLEY_EXECUTOR=jit answers exactly as graphql-js does, over HTTP', () => {
  let pair: ExecutorPair;
  beforeAll(async () => {
    pair = await startExecutorPair();
  });
  afterAll(() => pair.stop());

  /** Sends the operation once per executor, with the same faults set up before each. */
  async function both(query: string, options: PostOptions = {}, faults: () => void = () => undefined): Promise<Record<ExecutorKind, RawAnswer>> {
    const answers = {} as Record<ExecutorKind, RawAnswer>;
    for (const executor of ['graphql-js', 'jit'] as const) {
      pair.reset();
      faults();
      answers[executor] = await pair.post(executor, query, options);
    }
    return answers;
  }

  /** Both answers, equal in every byte; `fallbacks` says whether the jit server used its compiled query. */
  async function same(query: string, options: PostOptions = {}, faults?: () => void): Promise<{ answer: RawAnswer; body: Body; fallbacks: string[] }> {
    const answers = await both(query, options, faults);
    const { fallbacks, ...jit } = answers.jit;
    const { fallbacks: none, ...js } = answers['graphql-js'];
    expect(jit).toEqual(js);
    expect(none).toEqual([]);
    return { answer: answers.jit, body: JSON.parse(answers.jit.body) as Body, fallbacks };
  }

  it('covers every example operation', () => {
    expect(EXAMPLES.map(([name]) => name).sort()).toEqual(Object.keys(VARIABLES).sort());
  });

  it.each(EXAMPLES)('answers the example operation %s with the same bytes and upstream requests, without errors', async (operationName, text) => {
    const { answer, body, fallbacks } = await same(text, { operationName, variables: VARIABLES[operationName] ?? {} });
    expect(fallbacks).toEqual([]);
    expect(answer.status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeDefined();
  });

  it('answers a list whose second conversation fails with that one slot null and one NOT_FOUND error at its path, after exactly three upstream requests', async () => {
    const query = 'query ($ids: [ID!]!) { conversations(ids: $ids) { __typename ... on CommonConversation { id subject } } }';
    const { answer, body, fallbacks } = await same(query, { variables: { ids: ['helpscout:123', 'helpscout:999999', 'textus:kY1QwY'] } });
    // The compiled query ran first and saw the error; graphql-js ran again on the loaders' answers.
    expect(fallbacks).toEqual(['errors']);
    expect(body.data).toEqual({ conversations: [{ __typename: 'HelpScoutConversation', id: 'helpscout:123', subject: 'Help' }, null, expect.objectContaining({ id: 'textus:kY1QwY' })] });
    expect(body.errors?.map((e) => [e.message, e.path, e.extensions?.['code']])).toEqual([['helpscout has no such resource (HTTP 404)', ['conversations', 1], 'NOT_FOUND']]);
    expect(answer.upstream).toEqual(['GET /conversations/kY1QwY', 'GET /v2/conversations/123', 'GET /v2/conversations/999999']);
  });

  it('propagates a failed non-null field (a tag id past 32 bits for Int!) to the nearest nullable parent, the tags list', async () => {
    const tags = [{ id: 2 ** 40, color: '#929499', tag: 'big' }, { id: 9150, color: '#929499', tag: 'vip' }];
    const { answer, body, fallbacks } = await same('{ conversation(id: "helpscout:123") { ... on HelpScoutConversation { id tags { tagId tag } } } }', {}, () =>
      pair.simulator('helpscout').injectFault({ match: /^\/v2\/conversations\/123$/, times: 1, reply: { status: 200, body: { ...seedConversation(), tags } } }));
    expect(fallbacks).toEqual(['errors']);
    expect(body.data).toEqual({ conversation: { id: 'helpscout:123', tags: null } });
    expect(body.errors?.map((e) => [e.message, e.path, e.extensions?.['code']])).toEqual([['Internal server error', ['conversation', 'tags', 0, 'tagId'], 'INTERNAL_SERVER_ERROR']]);
    expect(answer.upstream).toEqual(['GET /v2/conversations/123']);
  });

  it('answers a bad variable with 400 BAD_USER_INPUT and graphql-js\'s message, sending nothing upstream', async () => {
    const { answer, body, fallbacks } = await same('query ($first: Int) { provider(name: HELP_SCOUT) { conversations(first: $first) { edges { cursor } } } }', { variables: { first: 'x' } });
    expect(fallbacks).toEqual(['errors']);
    expect(answer.status).toBe(400);
    expect(body.errors?.map((e) => [e.message, e.extensions?.['code']])).toEqual([['Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"', 'BAD_USER_INPUT']]);
    expect(answer.upstream).toEqual([]);
  });

  it('resolves _entities (federation) for two providers the same way', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on CommonConversation { id subject createdAt } } }';
    const { body, fallbacks } = await same(query, { variables: { r: [{ __typename: 'HelpScoutConversation', id: 'helpscout:123' }, { __typename: 'CommonConversation', id: 'textus:kY1QwY' }] } });
    expect(body.errors).toBeUndefined();
    expect(fallbacks).toEqual([]);
    expect(body.data).toMatchObject({ _entities: [{ __typename: 'HelpScoutConversation', id: 'helpscout:123' }, { __typename: 'TextUsConversation', id: 'textus:kY1QwY' }] });
  });

  it('resolves node(id:) for a conversation, a message and an unknown id the same way', async () => {
    const query = '{ a: node(id: "helpscout:123") { __typename id } b: node(id: "helpscout:thread:123/123001") { id ... on ConversationMessage { kind createdAt } } c: node(id: "nope") { id } }';
    const { body, fallbacks } = await same(query);
    expect(fallbacks).toEqual(['errors']);
    expect(body.data).toMatchObject({ a: { __typename: 'HelpScoutConversation', id: 'helpscout:123' }, b: { id: 'helpscout:thread:123/123001', kind: 'MESSAGE' }, c: null });
    expect(body.errors).toHaveLength(1);
  });

  it('applies @skip/@include, aliases, fragments, enums and DateTime the same way', async () => {
    const query = `query ($yes: Boolean!, $no: Boolean!) {
      first: conversation(id: "helpscout:123") { ...Common ... on HelpScoutConversation { number @include(if: $yes) state @skip(if: $yes) } }
      second: conversation(id: "textus:kY1QwY") { ...Common preview: __typename @include(if: $no) }
      providers { name mode }
    }
    fragment Common on CommonConversation { id status channel createdAt updatedAt }`;
    const { body, fallbacks } = await same(query, { variables: { yes: true, no: false } });
    expect(fallbacks).toEqual([]);
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ first: { id: 'helpscout:123', number: 12, createdAt: '2012-03-15T22:46:22Z' }, second: { id: 'textus:kY1QwY' } });
  });

  it('answers introspection the same way', async () => {
    const { body, fallbacks } = await same('{ __schema { queryType { name } } __type(name: "ConversationProvider") { enumValues { name } } }');
    expect(body.errors).toBeUndefined();
    expect(fallbacks).toEqual(['introspection']);
  });

  it('returns an inline trace (ftv1) when a router asks for one, with the same data', async () => {
    const query = '{ conversation(id: "helpscout:123") { ... on CommonConversation { id subject } } }';
    const answers = await both(query, { headers: { 'apollo-federation-include-trace': 'ftv1' } });
    const [js, jit] = [JSON.parse(answers['graphql-js'].body) as Body, JSON.parse(answers.jit.body) as Body];
    expect(jit.extensions?.['ftv1']).toEqual(expect.any(String));
    expect(String(jit.extensions?.['ftv1']).length).toBeGreaterThan(20);
    expect(js.extensions?.['ftv1']).toEqual(expect.any(String));
    expect(jit.data).toEqual(js.data);
    expect(answers.jit.upstream).toEqual(answers['graphql-js'].upstream);
    expect(answers.jit.fallbacks).toEqual(['field-hooks']);
  });

  it('names the executor in a log line at start', () => {
    expect(pair.logs('jit')).toContainEqual(expect.objectContaining({ executor: 'jit' }));
    expect(pair.logs('graphql-js')).toContainEqual(expect.objectContaining({ executor: 'graphql-js', msg: 'operation executor: graphql-js' }));
  });
});
