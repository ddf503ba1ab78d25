import { helpScoutAdapter } from '../../src/providers/helpscout';
import {
  DOCUMENTED_LINE_ITEM, DOCUMENTED_NUMBER_FIELD, GENERATED_IDS, seedConversation, seedThreads,
} from '../../src/providers/helpscout/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

const EMBED = /^\/v2\/conversations\/123\?embed=threads$/;
const PLAIN = /^\/v2\/conversations\/123$/;
const BAD = 'helpscout answered with data Parley cannot read:';

const LINE_ITEM = DOCUMENTED_LINE_ITEM;
/** The seed with its threads embedded, newest first (as `embed=threads` answers). */
const withThreads = (threads: unknown[]): Record<string, unknown> => ({ ...seedConversation(), threads: threads.length, _embedded: { threads: [...threads].reverse() } });

const errorsOf = (result: { errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => ({ code: e.extensions?.['code'], provider: e.extensions?.['provider'], message: e.message, path: e.path }));

describe('Help Scout reads upstream values tolerantly (issue 8)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [helpScoutAdapter] });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  const serve = (match: RegExp, body: unknown, status = 200, times = 1): void =>
    h.simulator('helpscout').injectFault({ match, times, reply: { status, body } });

  it('answers messages with a line item whose action entities are an array (shape 9), with no error', async () => {
    serve(EMBED, withThreads([...seedThreads(), LINE_ITEM]));
    const result = await h.query(`{ conversation(id: "helpscout:123") { ... on CommonConversation { messages(first: 5) { edges { node {
      id kind direction text ... on HelpScoutThread { type action { type text associatedEntities } } } } } } } }`);
    expect(errorsOf(result)).toEqual([]);
    expect(result.data).toMatchObject({ conversation: { messages: { edges: [{}, {}, { node: {
      id: 'helpscout:thread:123/123003', kind: 'EVENT', direction: 'SYSTEM', text: 'Status changed', type: 'lineitem',
      action: { type: 'default', text: 'Status changed', associatedEntities: [] },
    } }] } } });
  });

  it('answers node(id:) for a line item whose action entities are an array (shape 9), with no error', async () => {
    serve(EMBED, withThreads([...seedThreads(), LINE_ITEM]));
    const result = await h.query(`{ node(id: "helpscout:thread:123/123003") { id ... on HelpScoutThread { action { type associatedEntities } } } }`);
    expect(errorsOf(result)).toEqual([]);
    expect(result.data).toEqual({ node: { id: 'helpscout:thread:123/123003', action: { type: 'default', associatedEntities: [] } } });
  });

  it.each([
    ['conversation(id:)', 'conversation'],
    ['node(id:)', 'node'],
  ])('answers a number custom field (shape 10) through %s as the string "42" with the number as rawValue', async (_, root) => {
    serve(PLAIN, { ...seedConversation(), customFields: [DOCUMENTED_NUMBER_FIELD] });
    const result = await h.query(`{ ${root}(id: "helpscout:123") { ... on HelpScoutConversation { customFields { id name value rawValue text } } } }`);
    expect(errorsOf(result)).toEqual([]);
    expect(result.data).toEqual({ [root]: { customFields: [{ id: 'helpscout:123#customField/7', name: 'Seats', value: '42', rawValue: 42, text: '42' }] } });
  });

  it('serves both documented shapes from the simulator: generated conversations carry a number field and default line items', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => GENERATED_IDS.first + i);
    const fields = ids.map((id) => `c${id}: conversation(id: "helpscout:${id}") { ... on HelpScoutConversation {
      customFields { rawValue } messages(first: 10) { edges { node { ... on HelpScoutThread { action { type associatedEntities } } } } } } }`);
    const result = await h.query<Record<string, { customFields: { rawValue: unknown }[]; messages: { edges: { node: { action: unknown } }[] } }>>(`{ ${fields.join('\n')} }`);
    expect(errorsOf(result)).toEqual([]);
    const conversations = Object.values(result.data ?? {});
    expect(conversations.every((c) => typeof c.customFields[0]?.rawValue === 'number')).toBe(true);
    const actions = conversations.flatMap((c) => c.messages.edges.map((e) => e.node.action)).filter((a) => a !== null);
    expect(actions).toContainEqual({ type: 'default', associatedEntities: [] });
  });

  it('refuses an answer for conversation 123 that carries conversation 124 as PROVIDER_BAD_RESPONSE naming both ids', async () => {
    serve(PLAIN, { ...seedConversation(), id: 124 });
    const result = await h.query(`{ conversation(id: "helpscout:123") { __typename } }`);
    expect(result.data).toEqual({ conversation: null });
    expect(errorsOf(result)).toEqual([{ code: 'PROVIDER_BAD_RESPONSE', provider: 'helpscout', message: `${BAD} asked for conversation 123, got 124`, path: ['conversation'] }]);
  });

  it('keeps the merge redirect working, and refuses a redirect target that answers with a third id', async () => {
    const merged = await h.query(`{ conversation(id: "helpscout:122") { ... on HelpScoutConversation { nativeId mergedFromId } } }`);
    expect(merged).toMatchObject({ data: { conversation: { nativeId: '123', mergedFromId: '122' } } });
    expect(merged.errors).toBeUndefined();
    serve(PLAIN, { ...seedConversation(), id: 999 });
    const result = await h.query(`{ conversation(id: "helpscout:122") { __typename } }`);
    expect(errorsOf(result)).toEqual([{ code: 'PROVIDER_BAD_RESPONSE', provider: 'helpscout', message: `${BAD} asked for conversation 123, got 999`, path: ['conversation'] }]);
  });

  it('refuses a conversation only when its own id cannot be read', async () => {
    serve(PLAIN, { ...seedConversation(), id: 'one-two-three' });
    const result = await h.query(`{ conversation(id: "helpscout:123") { __typename } }`);
    expect(errorsOf(result)).toEqual([{
      code: 'PROVIDER_BAD_RESPONSE', provider: 'helpscout', message: `${BAD} conversation.id: Invalid input: expected number, received string`, path: ['conversation'],
    }]);
  });

  const BROKEN = { ...seedConversation(), userUpdatedAt: 'soon', tags: [{ id: 9150, color: '#929499', tag: 5 }] };

  it('answers a conversation with unreadable parts without any error when the query does not select them', async () => {
    serve(PLAIN, BROKEN);
    const result = await h.query(`{ conversation(id: "helpscout:123") { ... on HelpScoutConversation { subject status createdAt tags { id color } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ conversation: { subject: 'Help', status: 'CLOSED', createdAt: '2012-03-15T22:46:22Z', tags: [{ id: 'helpscout:123#tag/9150', color: '#929499' }] } });
  });

  it('reports each unreadable part selected as null plus PROVIDER_BAD_RESPONSE at its own path', async () => {
    serve(PLAIN, BROKEN);
    const result = await h.query(`{ conversation(id: "helpscout:123") { ... on HelpScoutConversation { subject updatedAt tags { id tag } } } }`);
    expect(result.data).toEqual({ conversation: { subject: 'Help', updatedAt: null, tags: [{ id: 'helpscout:123#tag/9150', tag: null }] } });
    expect(errorsOf(result)).toEqual([
      { code: 'PROVIDER_BAD_RESPONSE', provider: 'helpscout', message: `${BAD} conversation.userUpdatedAt: expected an RFC 3339 date-time`, path: ['conversation', 'updatedAt'] },
      { code: 'PROVIDER_BAD_RESPONSE', provider: 'helpscout', message: `${BAD} conversation.tags.0.tag: Invalid input: expected string, received number`, path: ['conversation', 'tags', 0, 'tag'] },
    ]);
  });

  it('keeps the edge of a thread whose id cannot be read: a null node with the error at its path, the other threads intact', async () => {
    const [first, second] = seedThreads();
    serve(EMBED, withThreads([first, { ...second, id: null }, LINE_ITEM]));
    const result = await h.query(`{ conversation(id: "helpscout:123") { ... on CommonConversation { messages(first: 5) { edges { node { id } } } } } }`);
    expect(result.data).toEqual({ conversation: { messages: { edges: [
      { node: { id: 'helpscout:thread:123/123001' } }, { node: null }, { node: { id: 'helpscout:thread:123/123003' } },
    ] } } });
    expect(errorsOf(result)).toEqual([{
      code: 'PROVIDER_BAD_RESPONSE', provider: 'helpscout', message: `${BAD} thread.id: Invalid input: expected number, received null`,
      path: ['conversation', 'messages', 'edges', 1, 'node'],
    }]);
  });

  it('leaves the conversation when its messages cannot be fetched: messages null and one error at conversation.messages', async () => {
    serve(/\/threads\?page=/, { error: 'down' }, 503, 10);
    const result = await h.query(`{ conversation(id: "helpscout:122") { ... on CommonConversation { nativeId messages(first: 5) { edges { node { id } } } } } }`);
    expect(result.data).toEqual({ conversation: { nativeId: '123', messages: null } });
    expect(errorsOf(result).map(({ code, provider, path }) => ({ code, provider, path }))).toEqual([
      { code: 'PROVIDER_UNAVAILABLE', provider: 'helpscout', path: ['conversation', 'messages'] },
    ]);
  });

  it('costs a listed conversation whose id cannot be read only its own edge', async () => {
    const listed = [{ ...seedConversation(), id: 125 }, { ...seedConversation(), id: 'x' }, seedConversation()];
    serve(/\/v2\/conversations\?status=all&page=1$/, { _embedded: { conversations: listed }, page: { size: 25, totalElements: 3, totalPages: 1, number: 1 } });
    const result = await h.query(`{ provider(name: HELP_SCOUT) { conversations(first: 3) { edges { node { ... on CommonConversation { id } } } } } }`);
    expect(result.data).toEqual({ provider: { conversations: { edges: [{ node: { id: 'helpscout:125' } }, { node: null }, { node: { id: 'helpscout:123' } }] } } });
    expect(errorsOf(result)).toEqual([{
      code: 'PROVIDER_BAD_RESPONSE', provider: 'helpscout', message: `${BAD} listed conversation.id: Invalid input: expected number, received string`,
      path: ['provider', 'conversations', 'edges', 1, 'node'],
    }]);
  });
});
