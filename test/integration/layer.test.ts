import type { Exchange } from '../../src/http/http-client';
import { layerAdapter } from '../../src/providers/layer';
import {
  DELETED_ID, FOREIGN_LINK_ID, LISTED_COUNT, LONG_ID, LONG_MESSAGE_COUNT, SEED_SYSTEM_ID, SEED_USER_ID, SEED_USER_MESSAGE_IDS, SIM_APP_ID, SIM_USER_ID,
  longMessageId,
} from '../../src/providers/layer/simulator/seed';
import { startHarness, type GraphQLResult, type Harness } from '../support/harness';

const APP = `/apps/${SIM_APP_ID}`;
const USER = `${APP}/users/${SIM_USER_ID}`;
const userConversation = (uuid: string): string => `GET ${USER}/conversations/${uuid}`;
const identity = (userId: string): string => `GET ${APP}/users/${userId}/identity`;
const M = (n: 0 | 1 | 2): string => `layer:message:${SEED_USER_ID}/${SEED_USER_MESSAGE_IDS[n]}`;

interface MessagePage {
  conversation: { messages: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { text: string } }[] } };
}

describe('Layer over GraphQL', () => {
  let h: Harness;
  const exchanges: Exchange[] = [];
  const upstream = (): string[] => h.upstream('layer');
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [layerAdapter], onExchange: (exchange) => exchanges.push(exchange) });
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    h.reset();
    exchanges.length = 0;
  });

  const COMMON = 'id provider nativeId subject status rawStatus channel rawChannel createdAt updatedAt lastActivityAt preview messageCount webUrl';

  it('serves the common fields of the user-perspective seed with one request', async () => {
    const result = await h.query(`{ conversation(id: "layer:${SEED_USER_ID}") { ... on CommonConversation { ${COMMON} } } }`);
    expect(result.data?.conversation).toEqual({
      id: `layer:${SEED_USER_ID}`, provider: 'LAYER', nativeId: SEED_USER_ID, subject: null, status: 'OPEN', rawStatus: null,
      channel: 'IN_APP', rawChannel: null, createdAt: '2015-12-28T22:59:57.433Z', updatedAt: null,
      lastActivityAt: '2015-12-28T23:07:51.112Z', preview: 'hello', messageCount: null, webUrl: null,
    });
    expect(upstream()).toEqual([userConversation(SEED_USER_ID)]);
  });

  it('reads a conversation the user is not in with the system-perspective fallback (two requests), from a layer:/// id too', async () => {
    const result = await h.query(`{ conversation(id: "layer:///conversations/${SEED_SYSTEM_ID.toUpperCase()}") { ... on LayerConversation { id createdAt perspectiveUserId unreadMessageCount } } }`);
    expect(result.data?.conversation).toEqual({ id: `layer:${SEED_SYSTEM_ID}`, createdAt: '2014-09-15T04:44:47+00:00', perspectiveUserId: null, unreadMessageCount: null });
    expect(upstream()).toEqual([userConversation(SEED_SYSTEM_ID), `GET ${APP}/conversations/${SEED_SYSTEM_ID}`]);
  });

  it('serves messages oldest first with their senders and recipients, each identity fetched once', async () => {
    const result = await h.query(`{ conversation(id: "layer:${SEED_USER_ID}") { ... on CommonConversation { messages(first: 10) { totalCount edges { node {
      id text html direction deliveryStatus rawDeliveryStatus attachmentCount sender { id displayName role } recipients { id displayName } } } } } } }`);
    const frodo = { id: 'layer:identity:1234567', displayName: 'Frodo Baggins' };
    const bot = { id: 'layer:identity:2222222', displayName: 'Helper Bot' };
    expect(result.data?.conversation).toEqual({ messages: { totalCount: 3, edges: [
      { node: { id: M(0), text: 'Hi! Did you get my note?', html: '<p>Hi! Did you get my <b>note</b>?</p>', direction: 'INBOUND', deliveryStatus: 'READ',
        rawDeliveryStatus: 'read', attachmentCount: 0, sender: { ...bot, role: 'BOT' }, recipients: [frodo] } },
      { node: { id: M(1), text: 'Yes, thanks.', html: null, direction: 'OUTBOUND', deliveryStatus: 'READ', rawDeliveryStatus: 'read',
        attachmentCount: 0, sender: { ...frodo, role: 'UNKNOWN' }, recipients: [bot] } },
      { node: { id: M(2), text: 'hello', html: null, direction: 'OUTBOUND', deliveryStatus: 'SENT', rawDeliveryStatus: 'sent',
        attachmentCount: 0, sender: { ...frodo, role: 'UNKNOWN' }, recipients: [bot] } },
    ] } });
    expect(upstream().slice(0, 2)).toEqual([userConversation(SEED_USER_ID), `GET ${USER}/conversations/${SEED_USER_ID}/messages?page_size=100`]);
    expect(upstream().slice(2).sort()).toEqual([identity('1234567'), identity('2222222')]);
  });

  it('serves the Layer fields and the embedded last_message without fetching it, nor identities for id-only participants', async () => {
    const result = await h.query(`{ conversation(id: "layer:${SEED_USER_ID}") { ... on LayerConversation {
      layerUri url messagesUrl distinct metadata participantIds unreadMessageCount appId participants { id nativeId } customer { id } assignee { id }
      lastMessage { ... on LayerMessage { nativeId position sentAt receivedAt isUnread parts { layerUri mimeType body encoding content }
        senderRef { userId name } recipientStatus { userId status } conversationRef { layerUri } conversation { ... on LayerConversation { id unreadMessageCount } } } } } } }`);
    expect(result.errors).toBeUndefined();
    const origin = h.simulator('layer').baseUrl.origin;
    expect(result.data?.conversation).toEqual({
      layerUri: `layer:///conversations/${SEED_USER_ID}`, url: `${origin}${USER}/conversations/${SEED_USER_ID}`,
      messagesUrl: `${origin}${USER}/conversations/${SEED_USER_ID}/messages`, distinct: true, metadata: { background_color: '#3c3c3c' },
      participantIds: ['2222222', '1234567'], unreadMessageCount: 0, appId: SIM_APP_ID,
      participants: [{ id: 'layer:identity:2222222', nativeId: '2222222' }, { id: 'layer:identity:1234567', nativeId: '1234567' }],
      customer: null, assignee: null,
      lastMessage: {
        nativeId: 'layer:///messages/62a1469c-4257-4515-a3e9-3f816dd0e3c5', position: 5494669312, sentAt: '2015-12-28T23:07:51.112Z',
        receivedAt: '2015-12-28T23:07:51.123Z', isUnread: false,
        parts: [{ layerUri: 'layer:///messages/62a1469c-4257-4515-a3e9-3f816dd0e3c5/parts/0', mimeType: 'text/plain', body: 'hello', encoding: null, content: null }],
        senderRef: { userId: '1234567', name: null }, recipientStatus: [{ userId: '1234567', status: 'read' }, { userId: '2222222', status: 'sent' }],
        conversationRef: { layerUri: `layer:///conversations/${SEED_USER_ID}` }, conversation: { id: `layer:${SEED_USER_ID}`, unreadMessageCount: 0 },
      },
    });
    expect(upstream()).toEqual([userConversation(SEED_USER_ID)]);
  });

  it('reads the last message of a system-perspective conversation from the messages page messages also uses, and a system sender without a fetch', async () => {
    const result = await h.query(`{ conversation(id: "layer:${SEED_SYSTEM_ID}") { ... on CommonConversation {
      lastMessage { text direction sender { id role displayName } } messages(first: 1) { edges { node { text attachmentCount deliveryStatus } } } } } }`);
    expect(result.data?.conversation).toEqual({
      lastMessage: { text: 'Grace Hopper changed the conversation colour.', direction: 'SYSTEM', sender: { id: 'layer:system:The%20System', role: 'SYSTEM', displayName: 'The System' } },
      messages: { edges: [{ node: { text: 'Are we still on for Friday?', attachmentCount: 0, deliveryStatus: 'READ' } }] },
    });
    expect(upstream()).toEqual([
      userConversation(SEED_SYSTEM_ID), `GET ${APP}/conversations/${SEED_SYSTEM_ID}`, `GET ${APP}/conversations/${SEED_SYSTEM_ID}/messages?page_size=100`,
    ]);
  });

  it('lists 20 conversations newest first with participants: one list request plus one per distinct user, and no refetch of listed details', async () => {
    interface Listed { id: string; createdAt: string; participants: { nativeId: string; displayName: string | null }[]; lastMessage: { conversation: { id: string } } | null }
    const result = await h.query<{ provider: { conversations: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: Listed }[] } } }>(
      `{ provider(name: LAYER) { conversations(first: 20) { totalCount pageInfo { hasNextPage } edges { node { ... on LayerConversation {
        id createdAt participants { nativeId displayName } lastMessage { ... on LayerMessage { text conversation { id } } } } } } } } }`);
    expect(result.errors).toBeUndefined();
    const listed = result.data!.provider.conversations.edges.map((edge) => edge.node);
    expect(new Set(listed.map((node) => node.id)).size).toBe(20);
    const created = listed.map((node) => Date.parse(node.createdAt));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    expect(listed.every((node) => node.lastMessage?.conversation.id === node.id)).toBe(true);
    expect(result.data?.provider.conversations).toMatchObject({ totalCount: LISTED_COUNT, pageInfo: { hasNextPage: true } });
    const users = [...new Set(listed.flatMap((node) => node.participants.map((participant) => participant.nativeId)))];
    expect(upstream()[0]).toBe(`GET ${USER}/conversations?page_size=20&sort_by=created_at`);
    expect(upstream().slice(1).sort()).toEqual(users.map(identity).sort());
    expect(users).toHaveLength(12);
  });

  it('pages through the 250-message conversation by 100 in order, without duplicates or gaps, in 5 message requests (the whole list once, then one keyset anchor page or the newest page per window)', async () => {
    const texts: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const result: GraphQLResult<MessagePage> = await h.query<MessagePage>(`query($after: String) { conversation(id: "layer:${LONG_ID}") { ... on CommonConversation {
        messages(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { text } } } } } }`, { after });
      const messages: MessagePage['conversation']['messages'] = result.data!.conversation.messages;
      texts.push(...messages.edges.map((edge) => edge.node.text));
      expect(messages.totalCount).toBe(250);
      expect(messages.pageInfo.hasNextPage).toBe(page < 2);
      after = messages.pageInfo.endCursor;
    }
    expect(texts).toEqual(Array.from({ length: LONG_MESSAGE_COUNT }, (_, k) => `Message ${k + 1} of ${LONG_MESSAGE_COUNT}`));
    const list = `GET ${USER}/conversations/${LONG_ID}/messages?page_size=100`;
    const from = (k: number): string => `${list}&from_id=${longMessageId(k)}`;
    // Layer's from_id only reads older: the first window needs the whole list; a later one reads down from the
    // anchor its cursor records (101 messages newer than the cursor), or from the newest page when that is closer.
    expect(upstream()).toEqual([
      userConversation(LONG_ID), list, from(151), from(51),
      userConversation(LONG_ID), from(201),
      userConversation(LONG_ID), list,
    ]);
  });

  it('rejects a messages_url on a foreign origin with LINK_REJECTED and makes no request to it', async () => {
    const result = await h.query(`{ conversation(id: "layer:${FOREIGN_LINK_ID}") { ... on CommonConversation { id messages(first: 5) { edges { node { id } } } } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'LINK_REJECTED', provider: 'layer' });
    expect(upstream()).toEqual([userConversation(FOREIGN_LINK_ID)]);
    expect(exchanges.map((exchange) => exchange.url.origin)).not.toContain('https://evil.example');
  });

  it('answers GONE for a deleted conversation after one request, without a fallback', async () => {
    const result = await h.query(`{ conversation(id: "layer:${DELETED_ID}") { ... on CommonConversation { id } } }`);
    expect(result.data?.conversation).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'GONE', provider: 'layer', upstreamRef: 'gone' });
    expect(upstream()).toEqual([userConversation(DELETED_ID)]);
  });

  it('refuses a malformed id with BAD_USER_INPUT and no request', async () => {
    const result = await h.query('{ conversation(id: "layer:not-a-uuid") { ... on CommonConversation { id } } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', provider: 'layer' });
    expect(upstream()).toEqual([]);
  });

  it('fetches message, identity and system nodes again by their ids', async () => {
    const result = await h.query(`{
      m: node(id: "${M(2)}") { id ... on LayerMessage { text } }
      i: node(id: "layer:identity:5678") { id ... on LayerIdentity { displayName } }
      s: node(id: "layer:system:The%20System") { id ... on LayerSystemSender { name } } }`);
    expect(result.data).toEqual({
      m: { id: M(2), text: 'hello' }, i: { id: 'layer:identity:5678', displayName: 'Grace Hopper' },
      s: { id: 'layer:system:The%20System', name: 'The System' },
    });
    expect(upstream().sort()).toEqual([`GET ${USER}/conversations/${SEED_USER_ID}/messages/${SEED_USER_MESSAGE_IDS[2]}`, identity('5678')].sort());
  });
});
