import { birdAdapter } from '../../src/providers/bird';
import {
  OTHER_CONVERSATION_ID, SEED_CONVERSATION_ID, seedConversation, seedMessages, SIM_OTHER_WORKSPACE, SIM_WORKSPACE,
} from '../../src/providers/bird/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

const SEED_PATH = `/workspaces/${SIM_WORKSPACE}/conversations/${SEED_CONVERSATION_ID}`;
const SEED_ID = `bird:${SEED_CONVERSATION_ID}`;
const FAILED_ID = 'f0f0f0f0-1111-4222-8333-444455556666';
const onlyPath = (path: string): RegExp => new RegExp(`${path.replace(/[/.]/g, '\\$&')}$`);

const sender = (type: string): Record<string, unknown> => ({ id: `p-${type}`, type, status: 'active', displayName: `A ${type}` });
const messageFrom = (type: string, i: number): Record<string, unknown> => ({
  ...seedMessages[1], id: `m-${i}`, sender: sender(type), body: { type: 'text', text: { text: `from ${type}` } },
});

describe('Bird reads upstream values tolerantly (issue 8)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [birdAdapter] });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  const serve = (match: RegExp, body: unknown): void => h.simulator('bird').injectFault({ match, times: 1, reply: { status: 200, body } });

  it('gives bot, connector, channel and collaborationAutomation senders a role and outbound messages, and an unknown type UNKNOWN with the raw type', async () => {
    const types = ['bot', 'connector', 'channel', 'collaborationAutomation', 'hologram'];
    serve(/\/messages\?/, { results: types.map(messageFrom), nextPageToken: '' });
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { messages(first: 10) {
      edges { node { direction sender { role ... on BirdParticipant { participantType } } } } } } } }`, { id: SEED_ID });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as { conversation: { messages: { edges: { node: unknown }[] } } }).conversation.messages.edges.map((e) => e.node);
    expect(nodes).toEqual([
      { direction: 'OUTBOUND', sender: { role: 'BOT', participantType: 'bot' } },
      { direction: 'OUTBOUND', sender: { role: 'SYSTEM', participantType: 'connector' } },
      { direction: 'OUTBOUND', sender: { role: 'SYSTEM', participantType: 'channel' } },
      { direction: 'OUTBOUND', sender: { role: 'BOT', participantType: 'collaborationAutomation' } },
      { direction: 'UNKNOWN', sender: { role: 'UNKNOWN', participantType: 'hologram' } },
    ]);
  });

  it.each([
    ['the documented string', 'details: unknown subscriber; reason: unknown_subscriber; code: 1', 'details: unknown subscriber; reason: unknown_subscriber; code: 1'],
    ['an object with a message', { code: 'E42', message: 'Recipient not reachable' }, 'Recipient not reachable'],
    ['a bare code', 1, '1'],
  ])('types the failure reason of a failed message sent as %s, with details and the failure object', async (_form, reason, text) => {
    const failed = {
      ...seedMessages[1], id: FAILED_ID, status: 'delivery_failed', reason, details: 'unknown_subscriber',
      failure: { code: 15005, source: { name: 'sms-messagebird', code: '1' } },
    };
    serve(onlyPath(`/messages/${FAILED_ID}`), failed);
    const result = await h.query(`query($id: ID!) { node(id: $id) { ... on BirdMessage {
      deliveryStatus rawDeliveryStatus reason rawReason details failure { code sourceName sourceCode } } } }`, { id: `bird:message:${SEED_CONVERSATION_ID}/${FAILED_ID}` });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ node: {
      deliveryStatus: 'FAILED', rawDeliveryStatus: 'delivery_failed', reason: text, rawReason: reason, details: 'unknown_subscriber',
      failure: { code: '15005', sourceName: 'sms-messagebird', sourceCode: '1' },
    } });
  });

  it("refuses an answer for one conversation that carries another conversation's id", async () => {
    serve(onlyPath(SEED_PATH), { ...seedConversation, id: OTHER_CONVERSATION_ID });
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { __typename } }`, { id: SEED_ID });
    expect(result.data).toEqual({ conversation: null });
    expect(result.errors).toEqual([expect.objectContaining({
      path: ['conversation'],
      message: `bird answered with data Parley cannot read: asked for conversation ${SEED_CONVERSATION_ID}, got ${OTHER_CONVERSATION_ID}`,
      extensions: expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', provider: 'bird' }),
    })]);
  });

  it("refuses a message node answered with another message's id", async () => {
    serve(onlyPath(`/messages/${FAILED_ID}`), seedMessages[1]);
    const result = await h.query(`query($id: ID!) { node(id: $id) { id } }`, { id: `bird:message:${SEED_CONVERSATION_ID}/${FAILED_ID}` });
    expect(result.data).toEqual({ node: null });
    expect(result.errors?.[0]).toMatchObject({
      message: `bird answered with data Parley cannot read: asked for message ${FAILED_ID}, got d578f436-b3b7-49e6-95c2-24b77bb4e7ce`,
      extensions: { code: 'PROVIDER_BAD_RESPONSE', provider: 'bird' },
    });
  });

  it('keeps a conversation whose createdAt is unreadable: no error unless createdAt is selected, then null and one error there', async () => {
    const broken = { ...seedConversation, createdAt: '29/11/2024', activeParticipantCount: 'two' };
    serve(onlyPath(SEED_PATH), broken);
    const plain = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id subject raw } } }`, { id: SEED_ID });
    expect(plain.errors).toBeUndefined();
    expect(plain.data).toEqual({ conversation: { id: SEED_ID, subject: 'test', raw: broken } });
    h.reset();
    serve(onlyPath(SEED_PATH), broken);
    const selected = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id createdAt } } }`, { id: SEED_ID });
    expect(selected.data).toEqual({ conversation: { id: SEED_ID, createdAt: null } });
    expect(selected.errors).toEqual([expect.objectContaining({
      path: ['conversation', 'createdAt'],
      message: 'bird answered with data Parley cannot read: conversation.createdAt: expected an RFC 3339 date-time',
      extensions: expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', provider: 'bird' }),
    })]);
  });

  it('costs only featuredParticipants (and customer) when a featured participant has no readable id', async () => {
    serve(onlyPath(SEED_PATH), { ...seedConversation, featuredParticipants: [{ type: 'contact', displayName: 'no id' }] });
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on BirdConversation { id featuredParticipants { id } initiatingParticipant { displayName } } } }`, { id: SEED_ID });
    expect(result.data).toEqual({ conversation: { id: SEED_ID, featuredParticipants: null, initiatingParticipant: { displayName: 'John Doe' } } });
    expect(result.errors).toEqual([expect.objectContaining({
      path: ['conversation', 'featuredParticipants'],
      message: expect.stringMatching(/^bird answered with data Parley cannot read: conversation\.featuredParticipants\.0: /),
      extensions: expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', provider: 'bird' }),
    })]);
  });

  it('leaves the conversation in place with messages null and one error there when the messages fetch fails', async () => {
    h.simulator('bird').injectFault({ match: /\/messages\?/, times: 5, reply: { status: 500, body: { code: 'Internal' } } });
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id messages(first: 5) { edges { node { id } } } } } }`, { id: SEED_ID });
    expect(result.data).toEqual({ conversation: { id: SEED_ID, messages: null } });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['conversation', 'messages'], extensions: { code: 'PROVIDER_UNAVAILABLE', provider: 'bird' } });
  });

  it('keeps the edge of a message without a readable id as a null node with one error at its path', async () => {
    serve(/\/messages\?/, { results: [seedMessages[0], { body: { type: 'text' } }, seedMessages[1]], nextPageToken: '' });
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { messages(first: 5) { edges { node { text } } } } } }`, { id: SEED_ID });
    expect(result.data).toEqual({ conversation: { messages: { edges: [{ node: { text: 'test\r\n' } }, { node: null }, { node: { text: 'Hey, listen!' } }] } } });
    expect(result.errors).toEqual([expect.objectContaining({
      path: ['conversation', 'messages', 'edges', 1, 'node'],
      message: expect.stringMatching(/^bird answered with data Parley cannot read: message list item 1\.id: /),
      extensions: expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', provider: 'bird' }),
    })]);
  });

  it('costs a broken listed conversation only its edge', async () => {
    serve(/\/conversations\?/, { results: [{ name: 'no id' }, seedConversation], nextPageToken: '' });
    const result = await h.query(`{ provider(name: BIRD) { conversations(first: 2) { edges { node { ... on CommonConversation { id } } } } } }`);
    expect(result.data).toEqual({ provider: { conversations: { edges: [{ node: null }, { node: { id: SEED_ID } }] } } });
    expect(result.errors).toEqual([expect.objectContaining({
      path: ['provider', 'conversations', 'edges', 0, 'node'], extensions: expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', provider: 'bird' }),
    })]);
  });

  it('reads a conversation in another workspace whose status and platform style are of unexpected types as UNKNOWN with the raw text', async () => {
    const path = `/workspaces/${SIM_OTHER_WORKSPACE}/conversations/${OTHER_CONVERSATION_ID}`;
    serve(onlyPath(path), { id: OTHER_CONVERSATION_ID, status: 7, platformStyle: ['email'] });
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { status rawStatus channel rawChannel preview } } }`,
      { id: `bird:${SIM_OTHER_WORKSPACE}/${OTHER_CONVERSATION_ID}` });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ conversation: { status: 'UNKNOWN', rawStatus: '7', channel: 'UNKNOWN', rawChannel: '["email"]', preview: null } });
  });
});
