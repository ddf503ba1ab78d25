import { layerAdapter } from '../../../src/providers/layer';
import { SEED_SYSTEM_ID, SEED_USER_ID, SIM_APP_ID, SIM_USER_ID } from '../../../src/providers/layer/simulator/seed';
import type { JsonObject } from '../../../src/kit/json';
import { SEED_SYSTEM_BODY, SEED_USER_BODY } from '../../fixtures/layer/layer.seed.fixture';
import { startHarness, type Harness } from '../../support/harness';
import { assertTolerant, TOLERANCE_RUNS, type ToleranceTarget, TOLERANCE_TIMEOUT_MS } from '../../support/tolerance';

const CONTENT_TYPE = 'application/vnd.layer+json; version=1.0';
const APP = `/apps/${SIM_APP_ID}`;
const SYSTEM_MESSAGE = '3a6b8d0d-3c93-11e4-8c21-0800200c9a66';
const at = (path: string): RegExp => new RegExp(`^${path.replace(/[/.?]/g, '\\$&')}$`);

/** The seed bodies with their links on the simulator's origin, which is where Parley follows them. */
const local = (body: JsonObject, origin: string): JsonObject =>
  JSON.parse(JSON.stringify(body).replaceAll('https://api.layer.com', origin).replaceAll('1ab339a8-adb6-11e5-ad04-192ee3134c94', SIM_APP_ID)) as JsonObject;

/** Documented shape 3: the system-perspective single message has no reader. */
const systemMessage: JsonObject = {
  id: `layer:///messages/${SYSTEM_MESSAGE}`, url: `https://api.layer.com${APP}/conversations/${SEED_SYSTEM_ID}/messages/${SYSTEM_MESSAGE}`,
  conversation: { id: `layer:///conversations/${SEED_SYSTEM_ID}`, url: `https://api.layer.com${APP}/conversations/${SEED_SYSTEM_ID}` },
  parts: [{ id: `layer:///messages/${SYSTEM_MESSAGE}/parts/0`, mime_type: 'text/plain', body: 'Yes, map attached.' }],
  sent_at: '2014-09-15T04:46:10+00:00', received_at: null, sender: { name: null, user_id: '5678' }, is_unread: null, recipient_status: null,
};

const MESSAGE = `
  id kind direction text html createdAt deliveryStatus rawDeliveryStatus attachmentCount raw sender { id role displayName } recipients { id }
  ... on LayerMessage { layerUri url position sentAt receivedAt isUnread parts { layerUri mimeType body encoding content }
    senderRef { userId name } recipientStatus { userId status } conversationRef { layerUri url } conversation { id } }`;

const CONVERSATION_QUERY = /* GraphQL */ `
  query Tolerance($id: ID!) {
    conversation(id: $id) {
      ... on LayerConversation {
        id nativeId subject status rawStatus channel createdAt updatedAt lastActivityAt preview messageCount raw
        layerUri url messagesUrl distinct metadata participantIds unreadMessageCount appId perspectiveUserId
        participants { id displayName } customer { id } assignee { id }
        lastMessage { ${MESSAGE} }
        messages(first: 3) { totalCount pageInfo { hasNextPage } edges { node { id text } } }
      }
    }
  }
`;

const NODE_QUERY = /* GraphQL */ `query Tolerance($id: ID!) { node(id: $id) { ... on ConversationMessage { ${MESSAGE} } } }`;

describe('Layer tolerant reading (property)', () => {
  let h: Harness;
  let origin: string;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [layerAdapter] });
    origin = h.simulator('layer').baseUrl.origin;
  });
  afterAll(() => h.stop());

  it(`answers every mutation of the documented conversations with the conversation and well-formed errors (${TOLERANCE_RUNS} cases)`, async () => {
    const userPath = `${APP}/users/${SIM_USER_ID}/conversations/${SEED_USER_ID}`;
    const target: ToleranceTarget = {
      slug: 'layer',
      query: CONVERSATION_QUERY,
      id: `layer:${SEED_USER_ID}`,
      documents: [{ match: at(userPath), body: local(SEED_USER_BODY, origin), contentType: CONTENT_TYPE, identity: [['id']] }],
    };
    await assertTolerant(h, target);
    const systemTarget: ToleranceTarget = {
      ...target,
      id: `layer:${SEED_SYSTEM_ID}`,
      documents: [{ match: at(`${APP}/conversations/${SEED_SYSTEM_ID}`), body: local(SEED_SYSTEM_BODY, origin), contentType: CONTENT_TYPE, identity: [['id']] }],
    };
    await assertTolerant(h, systemTarget);
  }, TOLERANCE_TIMEOUT_MS);

  it(`answers every mutation of the system-perspective single message (shape 3) through node(id:) with the message (${TOLERANCE_RUNS} cases)`, async () => {
    const target: ToleranceTarget = {
      slug: 'layer',
      query: NODE_QUERY,
      root: 'node',
      id: `layer:message:${SEED_SYSTEM_ID}/${SYSTEM_MESSAGE}`,
      documents: [{ match: at(`${APP}/conversations/${SEED_SYSTEM_ID}/messages/${SYSTEM_MESSAGE}`), body: local(systemMessage, origin), contentType: CONTENT_TYPE, identity: [['id']] }],
    };
    await assertTolerant(h, target);
  }, TOLERANCE_TIMEOUT_MS);
});
