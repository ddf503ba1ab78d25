import { textUsAdapter } from '../../src/providers/textus';
import { seedConversation } from '../../src/providers/textus/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

type Json = Record<string, unknown>;

const CONTENT_TYPE = 'application/vnd.textus+jsonld';
const itemsOf = (seed: Json): Json[] => (seed['timeline'] as Json)['members'] as Json[];
const BAD = 'textus answered with data Parley cannot read: ';

function serve(h: Harness, match: RegExp, body: unknown, status = 200): void {
  h.simulator('textus').injectFault({ match, times: 100, reply: { status, body, contentType: CONTENT_TYPE } });
}

function serveExample(h: Harness, change: (seed: Json) => void): void {
  const seed = seedConversation();
  change(seed);
  serve(h, /^\/conversations\/kY1QwY$/, seed);
}

describe('TextUs partial results and identity', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [textUsAdapter] });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  it('refuses a conversation answered with another conversation that does not link the requested one', async () => {
    const other = { '@type': 'Conversation', id: '/conversations/zzOther1', slug: 'zzOther1', currentState: 'open' };
    serve(h, /^\/conversations\/kY1QwY$/, other);
    const res = await h.query('{ conversation(id: "textus:kY1QwY") { __typename } }');
    expect(res.data?.['conversation']).toBeNull();
    expect(res.errors).toEqual([expect.objectContaining({
      message: `${BAD}asked for conversation kY1QwY, got /conversations/zzOther1`,
      path: ['conversation'],
      extensions: expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', provider: 'textus' }),
    })]);
  });

  it('refuses a node answered with another object of its collection', async () => {
    serve(h, /^\/users\/wqyODPA$/, { '@type': 'User', id: '/users/someOne', name: 'Someone Else' });
    const res = await h.query('{ node(id: "textus:user:wqyODPA") { id } }');
    expect(res.data?.['node']).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ message: `${BAD}asked for user wqyODPA, got /users/someOne`, extensions: { code: 'PROVIDER_BAD_RESPONSE', provider: 'textus' } });
  });

  it('keeps the conversation with messages null and one error when the timeline fetch fails', async () => {
    serveExample(h, (seed) => {
      seed['timeline'] = '/conversations/kY1QwY/timeline';
    });
    serve(h, /^\/conversations\/kY1QwY\/timeline$/, { error: 'boom' }, 500);
    const res = await h.query('{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { id messages(first: 5) { edges { node { id } } } } } }');
    expect(res.data?.['conversation']).toEqual({ id: 'textus:kY1QwY', messages: null });
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({ path: ['conversation', 'messages'], extensions: { code: 'PROVIDER_UNAVAILABLE', provider: 'textus' } });
  });

  it('keeps the conversation when its contacts and participants are links whose fetches fail: each field null with its own error', async () => {
    serveExample(h, (seed) => {
      seed['associatedContacts'] = '/conversations/kY1QwY/associated_contacts';
      seed['participants'] = '/conversations/kY1QwY/participants';
    });
    serve(h, /^\/conversations\/kY1QwY\/(associated_contacts|participants)$/, { error: 'gone' }, 404);
    const res = await h.query('{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { id associatedContacts { totalItems } participantUsers { totalItems } } } }');
    expect(res.data?.['conversation']).toEqual({ id: 'textus:kY1QwY', associatedContacts: null, participantUsers: null });
    expect(res.errors?.map((error) => [error.path, error.extensions?.['code'], error.message]).sort()).toEqual([
      [['conversation', 'associatedContacts'], 'NOT_FOUND', 'textus has no such resource (HTTP 404)'],
      [['conversation', 'participantUsers'], 'NOT_FOUND', 'textus has no such resource (HTTP 404)'],
    ]);
  });

  it('reports an unreadable currentState only where it is selected, with status UNKNOWN and no error elsewhere', async () => {
    serveExample(h, (seed) => {
      seed['currentState'] = 42;
    });
    const quiet = await h.query('{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { id status phoneNumber } } }');
    expect(quiet.errors).toBeUndefined();
    expect(quiet.data?.['conversation']).toEqual({ id: 'textus:kY1QwY', status: 'UNKNOWN', phoneNumber: '+13035551234' });

    const loud = await h.query('{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { id currentState } } }');
    expect(loud.data?.['conversation']).toEqual({ id: 'textus:kY1QwY', currentState: null });
    expect(loud.errors).toEqual([expect.objectContaining({
      message: `${BAD}conversation.currentState: Invalid input: expected string, received number`,
      path: ['conversation', 'currentState'],
      extensions: expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', provider: 'textus' }),
    })]);
  });

  it('keeps the edge of a timeline item without an id, with a null node and an error at its path', async () => {
    serveExample(h, (seed) => {
      delete itemsOf(seed)[2]!['id'];
    });
    const res = await h.query('{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { messages(first: 5) { edges { node { id } } } } } }');
    const edges = ((res.data?.['conversation'] as Json)['messages'] as Json)['edges'] as Json[];
    const broken = edges.findIndex((edge) => edge['node'] === null);
    expect(edges.map((edge) => edge['node']).filter(Boolean)).toEqual([{ id: 'textus:message:QNDkpL' }, { id: 'textus:message:06oyogE' }]);
    expect(res.errors).toEqual([expect.objectContaining({
      message: `${BAD}conversation event.id: Invalid input: expected string, received undefined`,
      path: ['conversation', 'messages', 'edges', broken, 'node'],
      extensions: expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', provider: 'textus' }),
    })]);
  });

  it('reports an embedded sender without a readable id at the sender only', async () => {
    serveExample(h, (seed) => {
      itemsOf(seed)[1]!['sender'] = { '@type': 'User', name: 'No Id' };
    });
    const res = await h.query('{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { messages(first: 1) { edges { node { id text sender { id } } } } } } }');
    expect(res.data?.['conversation']).toEqual({ messages: { edges: [{ node: { id: 'textus:message:QNDkpL', text: expect.any(String), sender: null } }] } });
    expect(res.errors).toEqual([expect.objectContaining({
      path: ['conversation', 'messages', 'edges', 0, 'node', 'sender'],
      extensions: expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', provider: 'textus' }),
    })]);
    expect(res.errors?.[0]?.message).toContain('message.sender.id');
  });
});
