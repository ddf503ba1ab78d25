import { birdAdapter } from '../../src/providers/bird';
import {
  OTHER_CONVERSATION_ID, PAGING_CONVERSATION_ID, SEED_CONVERSATION_ID, SIM_OTHER_WORKSPACE, SIM_WORKSPACE, WHATSAPP_CHANNEL_ID,
} from '../../src/providers/bird/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

const WS = `/workspaces/${SIM_WORKSPACE}`;
const SEED_PATH = `${WS}/conversations/${SEED_CONVERSATION_ID}`;
const OTHER_PATH = `/workspaces/${SIM_OTHER_WORKSPACE}/conversations/${OTHER_CONVERSATION_ID}`;
const LAST_MESSAGE_ID = 'd578f436-b3b7-49e6-95c2-24b77bb4e7ce';

interface ListData {
  provider: { conversations: { edges: { node: { id: string; updatedAt: string; participants: { id: string }[] } }[] } };
}
interface PageData {
  conversation: { messages: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { text: string } }[] } };
}

describe('Bird over GraphQL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [birdAdapter] });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  const upstream = (): string[] => h.upstream('bird');
  const query = async <T = Record<string, unknown>>(document: string, variables: Record<string, unknown> = {}) => {
    const result = await h.query<T>(document, variables);
    return { data: result.data, errors: result.errors ?? [] };
  };

  it('answers the common fields of the demo conversation with one request', async () => {
    const { data, errors } = await query(`query($id: ID!) { conversation(id: $id) { __typename ... on CommonConversation {
      id provider nativeId subject status rawStatus channel rawChannel createdAt updatedAt lastActivityAt preview messageCount webUrl } } }`,
    { id: `bird:${SEED_CONVERSATION_ID}` });
    expect(errors).toEqual([]);
    expect(data).toEqual({ conversation: {
      __typename: 'BirdConversation', id: `bird:${SEED_CONVERSATION_ID}`, provider: 'BIRD', nativeId: SEED_CONVERSATION_ID, subject: 'test',
      status: 'OPEN', rawStatus: 'active', channel: 'EMAIL', rawChannel: 'email', createdAt: '2024-11-25T19:31:47.264Z',
      updatedAt: '2024-11-29T13:31:03.845Z', lastActivityAt: '2024-11-29T13:22:22.875Z', preview: 'Hey, listen!', messageCount: null, webUrl: null,
    } });
    expect(upstream()).toEqual([`GET ${SEED_PATH}`]);
  });

  it('reads messages oldest first with their embedded senders in one more request', async () => {
    const { data } = await query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { messages(first: 10) {
      totalCount pageInfo { hasNextPage } edges { node { text direction sender { displayName role } } } } } } }`, { id: `bird:${SEED_CONVERSATION_ID}` });
    expect(data).toEqual({ conversation: { messages: {
      totalCount: 2, pageInfo: { hasNextPage: false },
      edges: [
        { node: { text: 'test\r\n', direction: 'INBOUND', sender: { displayName: 'John Doe', role: 'CUSTOMER' } } },
        { node: { text: 'Hey, listen!', direction: 'OUTBOUND', sender: { displayName: 'My first email key', role: 'SYSTEM' } } },
      ],
    } } });
    expect(upstream()).toEqual([`GET ${SEED_PATH}`, `GET ${SEED_PATH}/messages?limit=10&reverse=true`]);
  });

  it('resolves the Bird link fields with one request each', async () => {
    const { data, errors } = await query(`query($id: ID!) { conversation(id: $id) { ... on BirdConversation {
      channelInfo { platformId medium } participants { displayName role email }
      lastMessage { text ... on BirdMessage { isPreview fullMessage { isPreview text bodyType } } } } } }`, { id: `bird:${SEED_CONVERSATION_ID}` });
    expect(errors).toEqual([]);
    expect(data).toEqual({ conversation: {
      channelInfo: { platformId: 'email-sparkpost', medium: 'EMAIL' },
      participants: [
        { displayName: 'Lucas De Mitri', role: 'CUSTOMER', email: 'lucas@example.com' },
        { displayName: 'My first email key', role: 'SYSTEM', email: null },
      ],
      lastMessage: { text: 'Hey, listen!', isPreview: true, fullMessage: { isPreview: false, text: 'Hey, listen!', bodyType: 'text' } },
    } });
    expect(upstream().sort()).toEqual([
      `GET ${SEED_PATH}`, `GET ${SEED_PATH}/messages/${LAST_MESSAGE_ID}`, `GET ${SEED_PATH}/participants?limit=100`,
      `GET ${WS}/channels/cb4b1ebc-34e6-5a7a-a375-f6f2f131d88f`,
    ].sort());
  });

  it('serves customer, lastMessage and its sender and recipients from the embedded objects, fetching nothing more', async () => {
    const { data } = await query(`query($id: ID!) { conversation(id: $id) { ... on BirdConversation {
      customer { displayName email } featuredParticipants { displayName } initiatingParticipant { displayName }
      lastMessage { sender { displayName } recipients { displayName email } } } } }`, { id: `bird:${SEED_CONVERSATION_ID}` });
    expect(data).toEqual({ conversation: {
      customer: { displayName: 'Lucas De Mitri', email: 'lucas@example.com' },
      featuredParticipants: [{ displayName: 'Lucas De Mitri' }, { displayName: 'My first email key' }],
      initiatingParticipant: { displayName: 'John Doe' },
      lastMessage: { sender: { displayName: 'My first email key' }, recipients: [{ displayName: 'John Doe', email: 'john@example.com' }] },
    } });
    expect(upstream()).toEqual([`GET ${SEED_PATH}`]);
  });

  it('reads a non-email conversation with one request and its channelInfo with one more', async () => {
    const id = `bird:${SIM_OTHER_WORKSPACE}/${OTHER_CONVERSATION_ID}`;
    const plain = await query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id subject } } }`, { id });
    expect(plain.data).toEqual({ conversation: { id, subject: 'Re: Your refund request' } });
    expect(upstream()).toEqual([`GET ${OTHER_PATH}`]);
    h.reset();
    const linked = await query(`query($id: ID!) { conversation(id: $id) { ... on BirdConversation { platformStyle channelInfo { platformId medium } } } }`, { id });
    expect(linked.data).toEqual({ conversation: { platformStyle: 'direct', channelInfo: { platformId: 'whatsapp', medium: 'WHATSAPP' } } });
    expect(upstream()).toEqual([`GET ${OTHER_PATH}`, `GET /workspaces/${SIM_OTHER_WORKSPACE}/channels/${WHATSAPP_CHANNEL_ID}`]);
  });

  it('fetches the channel with the conversation when the operation selects the common channel of a non-email conversation', async () => {
    const id = `bird:${SIM_OTHER_WORKSPACE}/${OTHER_CONVERSATION_ID}`;
    const result = await query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { channel rawChannel } ... on BirdConversation { channelInfo { platformId } } } }`, { id });
    expect(result.data).toEqual({ conversation: { channel: 'WHATSAPP', rawChannel: 'whatsapp', channelInfo: { platformId: 'whatsapp' } } });
    expect(upstream()).toEqual([`GET ${OTHER_PATH}`, `GET /workspaces/${SIM_OTHER_WORKSPACE}/channels/${WHATSAPP_CHANNEL_ID}`]);
  });

  it('fetches both spellings of one conversation once and returns the short id for each', async () => {
    const { data } = await query(`query($ids: [ID!]!) { conversations(ids: $ids) { ... on CommonConversation { id } } }`, {
      ids: [`bird:${SEED_CONVERSATION_ID}`, `bird:${SIM_WORKSPACE}/${SEED_CONVERSATION_ID}`],
    });
    expect(data).toEqual({ conversations: [{ id: `bird:${SEED_CONVERSATION_ID}` }, { id: `bird:${SEED_CONVERSATION_ID}` }] });
    expect(upstream()).toEqual([`GET ${SEED_PATH}`]);
  });

  it('fetches message and participant nodes by the ids it returned', async () => {
    const { data } = await query(`query($m: ID!, $p: ID!) { m: node(id: $m) { id ... on BirdMessage { text } } p: node(id: $p) { id ... on BirdParticipant { phone } } }`, {
      m: `bird:message:${SEED_CONVERSATION_ID}/${LAST_MESSAGE_ID}`,
      p: `bird:participant:${SIM_OTHER_WORKSPACE}/${OTHER_CONVERSATION_ID}/274bd6ff-3295-49a0-a02d-651fb661d7fb`,
    });
    expect(data).toEqual({
      m: { id: `bird:message:${SEED_CONVERSATION_ID}/${LAST_MESSAGE_ID}`, text: 'Hey, listen!' },
      p: { id: `bird:participant:${SIM_OTHER_WORKSPACE}/${OTHER_CONVERSATION_ID}/274bd6ff-3295-49a0-a02d-651fb661d7fb`, phone: '+31612345678' },
    });
    expect(upstream().sort()).toEqual([`GET ${OTHER_PATH}/participants/274bd6ff-3295-49a0-a02d-651fb661d7fb`, `GET ${SEED_PATH}/messages/${LAST_MESSAGE_ID}`].sort());
  });

  it('lists 20 conversations newest first with their participants: one list request plus one per conversation', async () => {
    const { data, errors } = await query<ListData>(`{ provider(name: BIRD) { conversations(first: 20) { totalCount pageInfo { hasNextPage }
      edges { node { ... on CommonConversation { id updatedAt participants { id } } } } } } }`);
    expect(errors).toEqual([]);
    const edges = data?.provider.conversations.edges ?? [];
    expect(edges).toHaveLength(20);
    const updated = edges.map((edge) => edge.node.updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(edges.every((edge) => edge.node.participants.length === 2)).toBe(true);
    const calls = upstream();
    expect(calls[0]).toBe(`GET ${WS}/conversations?limit=20`);
    expect(calls.slice(1)).toHaveLength(20);
    expect(calls.slice(1).every((call) => /\/participants\?limit=100$/.test(call))).toBe(true);
  });

  it('pages through all 250 messages in order without gaps or duplicates', async () => {
    const texts: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 5; guard += 1) {
      const variables: Record<string, unknown> = { id: `bird:${PAGING_CONVERSATION_ID}`, after };
      const { data } = await query<PageData>(`query($id: ID!, $after: String) { conversation(id: $id) { ... on CommonConversation {
        messages(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { text } } } } } }`, variables);
      const messages: PageData['conversation']['messages'] | undefined = data?.conversation.messages;
      texts.push(...(messages?.edges ?? []).map((edge) => edge.node.text));
      after = messages?.pageInfo.endCursor ?? null;
      if (!messages?.pageInfo.hasNextPage) break;
    }
    expect(texts).toEqual(Array.from({ length: 250 }, (_, i) => `Message ${i + 1} of 250`));
    const calls = upstream();
    expect(calls).toHaveLength(6);
    expect(calls.filter((call) => call.includes('/messages'))).toHaveLength(3);
  });

  it("refuses another conversation's messages cursor without reading any messages", async () => {
    const document = `query($id: ID!, $after: String) { conversation(id: $id) { ... on CommonConversation {
      messages(first: 1, after: $after) { pageInfo { endCursor } } } } }`;
    const seed = await query<PageData>(document, { id: `bird:${SEED_CONVERSATION_ID}` });
    h.reset();
    const result = await h.query(document, { id: `bird:${PAGING_CONVERSATION_ID}`, after: seed.data?.conversation.messages.pageInfo.endCursor });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', provider: 'bird' });
    expect(upstream()).toEqual([`GET ${WS}/conversations/${PAGING_CONVERSATION_ID}`]);
  });

  it('rejects a redirect to a foreign origin without following it', async () => {
    h.simulator('bird').injectFault({ match: new RegExp(`${SEED_CONVERSATION_ID}$`), reply: { status: 302, headers: { location: `https://evil.example.com${SEED_PATH}` } } });
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { __typename } }`, { id: `bird:${SEED_CONVERSATION_ID}` });
    expect(result.data).toEqual({ conversation: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'LINK_REJECTED', provider: 'bird' });
    expect(upstream()).toEqual([`GET ${SEED_PATH}`]);
  });

  it('refuses a malformed Bird id without any request', async () => {
    const result = await h.query(`{ conversation(id: "bird:not-a-uuid/..") { __typename } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(upstream()).toEqual([]);
  });
});
