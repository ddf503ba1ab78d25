import { layerAdapter } from '../../src/providers/layer';
import { SEED_SYSTEM_ID, SEED_USER_ID, SIM_APP_ID, SIM_USER_ID } from '../../src/providers/layer/simulator/seed';
import { SEED_USER_BODY } from '../fixtures/layer/layer.seed.fixture';
import { startHarness, type Harness } from '../support/harness';

const APP = `/apps/${SIM_APP_ID}`;
const USER = `${APP}/users/${SIM_USER_ID}`;
const SYSTEM_MESSAGE = '3a6b8d0d-3c93-11e4-8c21-0800200c9a66';
const MESSAGE_NODE = `layer:message:${SEED_SYSTEM_ID}/${SYSTEM_MESSAGE}`;
const ends = (path: string): RegExp => new RegExp(`${path.replace(/[/.?]/g, '\\$&')}$`);

/** What `node(id:)` of a message reads in the system perspective ("Retrieving Messages", v1.0). */
const MESSAGE_FIELDS = `id text deliveryStatus rawDeliveryStatus direction recipients { id } sender { id }
  ... on LayerMessage { recipientStatus { userId status } isUnread receivedAt sentAt senderRef { userId } }`;
const SHAPE_3_DATA = {
  id: MESSAGE_NODE, text: 'Yes, map attached.', deliveryStatus: 'UNKNOWN', rawDeliveryStatus: null, direction: 'UNKNOWN', recipients: [],
  sender: { id: 'layer:identity:5678' }, recipientStatus: null, isUnread: null, receivedAt: null, sentAt: '2014-09-15T04:46:10+00:00',
  senderRef: { userId: '5678' },
};

describe('Layer reads upstream values tolerantly (issue 8)', () => {
  describe('without LAYER_USER_ID (system perspective)', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({}, { adapters: [layerAdapter], overrides: { LAYER_USER_ID: undefined } });
    });
    afterAll(() => h.stop());
    beforeEach(() => h.reset());

    it('answers node(id:) of a message whose recipient_status, is_unread and received_at are null (documented shape 3), with one request', async () => {
      const result = await h.query(`query($id: ID!) { node(id: $id) { ... on ConversationMessage { ${MESSAGE_FIELDS} } } }`, { id: MESSAGE_NODE });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ node: SHAPE_3_DATA });
      expect(h.upstream('layer')).toEqual([`GET ${APP}/conversations/${SEED_SYSTEM_ID}/messages/${SYSTEM_MESSAGE}`]);
    });

    it('answers the same shape when it comes as an item of the conversation messages', async () => {
      const item = { ...SEED_USER_BODY.last_message, recipient_status: null, is_unread: null, received_at: null };
      h.simulator('layer').injectFault({ match: /\/messages\?page_size=100$/, times: 1, reply: { status: 200, body: [item], headers: { 'Layer-Count': '1' } } });
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { messages(first: 5) {
        edges { node { text deliveryStatus recipients { id } ... on LayerMessage { recipientStatus { userId } isUnread receivedAt } } } } } } }`,
      { id: `layer:${SEED_SYSTEM_ID}` });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ conversation: { messages: { edges: [{ node: {
        text: 'hello', deliveryStatus: 'UNKNOWN', recipients: [], recipientStatus: null, isUnread: null, receivedAt: null,
      } }] } } });
    });

    it('keeps a conversation whose created_at is unreadable: no error unless createdAt is selected, then null and one error there', async () => {
      const broken = { id: `layer:///conversations/${SEED_SYSTEM_ID}`, created_at: 'yesterday', participants: ['1234'], distinct: 'no' };
      const serve = (): void => h.simulator('layer').injectFault({ match: ends(`/conversations/${SEED_SYSTEM_ID}`), times: 1, reply: { status: 200, body: broken } });
      serve();
      const plain = await h.query(`query($id: ID!) { conversation(id: $id) { ... on LayerConversation { id participantIds url } } }`, { id: `layer:${SEED_SYSTEM_ID}` });
      expect(plain.errors).toBeUndefined();
      expect(plain.data).toEqual({ conversation: { id: `layer:${SEED_SYSTEM_ID}`, participantIds: ['1234'], url: null } });
      serve();
      const selected = await h.query(`query($id: ID!) { conversation(id: $id) { ... on LayerConversation { id createdAt distinct } } }`, { id: `layer:${SEED_SYSTEM_ID}` });
      expect(selected.data).toEqual({ conversation: { id: `layer:${SEED_SYSTEM_ID}`, createdAt: null, distinct: null } });
      expect(selected.errors?.map((e) => [e.path, e.message, e.extensions?.['code'], e.extensions?.['provider']])).toEqual([
        [['conversation', 'createdAt'], 'layer answered with data Parley cannot read: conversation.created_at: expected an RFC 3339 date-time', 'PROVIDER_BAD_RESPONSE', 'layer'],
        [['conversation', 'distinct'], expect.stringMatching(/^layer answered with data Parley cannot read: conversation\.distinct: /), 'PROVIDER_BAD_RESPONSE', 'layer'],
      ]);
    });

    it('reads the documented messages path when a conversation has no messages_url', async () => {
      const bare = { id: `layer:///conversations/${SEED_SYSTEM_ID}`, participants: ['1234', '5678'] };
      h.simulator('layer').injectFault({ match: ends(`/conversations/${SEED_SYSTEM_ID}`), times: 1, reply: { status: 200, body: bare } });
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { messages(first: 1) { edges { node { text } } } } } }`,
        { id: `layer:${SEED_SYSTEM_ID}` });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ conversation: { messages: { edges: [{ node: { text: 'Are we still on for Friday?' } }] } } });
      expect(h.upstream('layer')).toEqual([`GET ${APP}/conversations/${SEED_SYSTEM_ID}`, `GET ${APP}/conversations/${SEED_SYSTEM_ID}/messages?page_size=100`]);
    });

    it('keeps the conversation with messages null and one error there when the messages fetch fails', async () => {
      h.simulator('layer').injectFault({ match: /\/messages\?/, times: 5, reply: { status: 503, body: {} } });
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id messages(first: 1) { edges { node { id } } } } } }`,
        { id: `layer:${SEED_SYSTEM_ID}` });
      expect(result.data).toEqual({ conversation: { id: `layer:${SEED_SYSTEM_ID}`, messages: null } });
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]).toMatchObject({ path: ['conversation', 'messages'], extensions: { code: 'PROVIDER_UNAVAILABLE', provider: 'layer' } });
    });

    it("refuses a message node answered with another message's id, naming both", async () => {
      const other = { ...SEED_USER_BODY.last_message };
      h.simulator('layer').injectFault({ match: ends(`/messages/${SYSTEM_MESSAGE}`), times: 1, reply: { status: 200, body: other } });
      const result = await h.query(`query($id: ID!) { node(id: $id) { id } }`, { id: MESSAGE_NODE });
      expect(result.data).toEqual({ node: null });
      expect(result.errors?.[0]).toMatchObject({
        message: `layer answered with data Parley cannot read: asked for message ${SYSTEM_MESSAGE}, got ${other.id}`,
        extensions: { code: 'PROVIDER_BAD_RESPONSE', provider: 'layer' },
      });
    });

    it("still refuses a conversation answered with another conversation's id, in the same message style", async () => {
      h.simulator('layer').injectFault({ match: ends(`/conversations/${SEED_SYSTEM_ID}`), times: 1, reply: { status: 200, body: { ...SEED_USER_BODY } } });
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { __typename } }`, { id: `layer:${SEED_SYSTEM_ID}` });
      expect(result.data).toEqual({ conversation: null });
      expect(result.errors?.[0]).toMatchObject({
        message: `layer answered with data Parley cannot read: asked for conversation ${SEED_SYSTEM_ID}, got ${SEED_USER_BODY.id}`,
        extensions: { code: 'PROVIDER_BAD_RESPONSE', provider: 'layer' },
      });
    });
  });

  describe('with LAYER_USER_ID', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({}, { adapters: [layerAdapter] });
    });
    afterAll(() => h.stop());
    beforeEach(() => h.reset());

    it('answers node(id:) of a message in a conversation the user is not in from the system perspective (shape 3), after one 404', async () => {
      const result = await h.query(`query($id: ID!) { node(id: $id) { ... on ConversationMessage { ${MESSAGE_FIELDS} } } }`, { id: MESSAGE_NODE });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ node: SHAPE_3_DATA });
      expect(h.upstream('layer')).toEqual([
        `GET ${USER}/conversations/${SEED_SYSTEM_ID}/messages/${SYSTEM_MESSAGE}`, `GET ${APP}/conversations/${SEED_SYSTEM_ID}/messages/${SYSTEM_MESSAGE}`,
      ]);
    });

    it('costs a listed conversation without a readable id only its edge', async () => {
      h.simulator('layer').injectFault({ match: /\/users\/1234567\/conversations\?/, times: 1, reply: { status: 200, body: [{ id: 42 }, SEED_USER_BODY] } });
      const result = await h.query(`{ provider(name: LAYER) { conversations(first: 2) { edges { node { ... on CommonConversation { id } } } } } }`);
      expect(result.data).toEqual({ provider: { conversations: { edges: [{ node: null }, { node: { id: `layer:${SEED_USER_ID}` } }] } } });
      expect(result.errors?.map((e) => [e.path, e.extensions?.['code'], e.extensions?.['provider']])).toEqual([
        [['provider', 'conversations', 'edges', 0, 'node'], 'PROVIDER_BAD_RESPONSE', 'layer'],
      ]);
    });
  });
});
