import { helpScoutAdapter } from '../../src/providers/helpscout';
import { LONG_ID, LONG_THREADS } from '../../src/providers/helpscout/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

const CONVERSATION = 'GET /v2/conversations/123';

interface MessagesPage {
  conversation: { messages: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { nativeId: string } }[] } };
}

describe('Help Scout over GraphQL against its simulator', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [helpScoutAdapter] });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());
  const upstream = (): string[] => h.upstream('helpscout');

  it('serves the common fields of the seed conversation with one request', async () => {
    const result = await h.query(`{ conversation(id: "helpscout:123") { ... on CommonConversation {
      id provider nativeId subject status rawStatus channel rawChannel createdAt updatedAt lastActivityAt preview messageCount webUrl } } }`);
    expect(result.data?.conversation).toEqual({
      id: 'helpscout:123', provider: 'HELP_SCOUT', nativeId: '123', subject: 'Help', status: 'CLOSED', rawStatus: 'closed', channel: 'EMAIL',
      rawChannel: 'email', createdAt: '2012-03-15T22:46:22Z', updatedAt: '2012-03-16T14:07:23Z', lastActivityAt: '2012-07-24T20:18:33Z',
      preview: 'Preview', messageCount: 2, webUrl: 'https://secure.helpscout.net/conversation/123/12',
    });
    expect(upstream()).toEqual([CONVERSATION]);
  });

  it('serves every seed value through typed HelpScoutConversation fields without extra requests', async () => {
    const result = await h.query(`{ conversation(id: "helpscout:123") { ... on HelpScoutConversation {
      number threadCount mailboxId folderId state mergedFromId cc bcc closedAt closedBy userUpdatedAt
      source { type via } tags { id tagId color tag } customFields { id fieldId name value text } customerWaitingSince { time friendly }
      snooze { snoozedBy snoozedUntil unsnoozeOnCustomerReply } nextEvent { time eventType userId cancelOnCustomerReply }
      primaryCustomer { id first last email } closedByUser { id first last photoUrl email } createdBy { id email }
      assignee { id displayName email } customer { id } links { rel } } } }`);
    expect(result.data?.conversation).toEqual({
      number: 12, threadCount: 2, mailboxId: 13, folderId: 11, state: 'published', mergedFromId: null, cc: ['bear@normal.com'], bcc: ['bear@secret.com'],
      closedAt: '2012-03-16T14:07:23Z', closedBy: 14, userUpdatedAt: '2012-03-16T14:07:23Z', source: { type: 'email', via: 'customer' },
      tags: [{ id: 'helpscout:123#tag/9150', tagId: 9150, color: '#929499', tag: 'vip' }],
      customFields: [
        { id: 'helpscout:123#customField/8', fieldId: 8, name: 'Account Type', value: '8518', text: 'Free' },
        { id: 'helpscout:123#customField/6688', fieldId: 6688, name: 'Account Status', value: '33077', text: 'Trial' },
      ],
      customerWaitingSince: { time: '2012-07-24T20:18:33Z', friendly: '20 hours ago' },
      snooze: { snoozedBy: 4, snoozedUntil: '2024-06-03T12:00:00Z', unsnoozeOnCustomerReply: true },
      nextEvent: { time: '2024-06-03T12:00:00Z', eventType: 'snooze', userId: 4, cancelOnCustomerReply: true },
      primaryCustomer: { id: 'helpscout:customer:238604', first: 'Rob', last: 'Robertovic', email: 'rob@acme.com' },
      closedByUser: { id: 'helpscout:user:14', first: 'Clo', last: 'Ser', photoUrl: 'pic.jpg', email: 'closer@closers.com' },
      createdBy: { id: 'helpscout:customer:12', email: 'bear@acme.com' },
      assignee: { id: 'helpscout:user:99', displayName: 'Mr Robot', email: 'none@nowhere.com' },
      customer: { id: 'helpscout:customer:238604' },
      links: ['self', 'mailbox', 'primaryCustomer', 'createdByCustomer', 'closedBy', 'threads', 'assignee', 'web'].map((rel) => ({ rel })),
    });
    expect(upstream()).toEqual([CONVERSATION]);
  });

  const MESSAGES = `{ conversation(id: "helpscout:123") { ... on CommonConversation { messages(first: 10) { totalCount edges { node {
    id kind direction text deliveryStatus sender { id displayName } recipients { id } } } } lastMessage { id } } } }`;
  const MESSAGES_DATA = {
    messages: { totalCount: 2, edges: [
      { node: { id: 'helpscout:thread:123/123001', kind: 'MESSAGE', direction: 'INBOUND', text: 'Help, please: our trial account & its invoices.', deliveryStatus: 'RECEIVED',
        sender: { id: 'helpscout:customer:12', displayName: null },
        recipients: [{ id: 'helpscout:email:support@acme-help.example' }, { id: 'helpscout:email:bear@normal.com' }, { id: 'helpscout:email:bear@secret.com' }] } },
      { node: { id: 'helpscout:thread:123/123002', kind: 'MESSAGE', direction: 'OUTBOUND', text: 'Preview', deliveryStatus: 'READ',
        sender: { id: 'helpscout:user:14', displayName: 'Clo Ser' }, recipients: [{ id: 'helpscout:customer:238604' }, { id: 'helpscout:email:bear@normal.com' }] } },
    ] },
    lastMessage: { id: 'helpscout:thread:123/123002' },
  };

  it('serves messages oldest first, their embedded senders and the last message with one request (lookahead: embed=threads)', async () => {
    const result = await h.query(MESSAGES);
    expect(result.data?.conversation).toEqual(MESSAGES_DATA);
    expect(upstream()).toEqual(['GET /v2/conversations/123?embed=threads']);
  });

  it('asks for embedded threads when only the last message is selected, so it costs no second request', async () => {
    const result = await h.query(`{ conversation(id: "helpscout:123") { ... on CommonConversation { lastMessage { id createdAt } } } }`);
    expect(result.data?.conversation).toEqual({ lastMessage: { id: 'helpscout:thread:123/123002', createdAt: '2012-03-16T14:07:23Z' } });
    expect(upstream()).toEqual(['GET /v2/conversations/123?embed=threads']);
  });

  it('reads messages of listed conversations (listed without threads) from one threads page each', async () => {
    const result = await h.query<{ provider: { conversations: { edges: { node: { messageCount: number; messages: { totalCount: number; edges: unknown[] } } }[] } } }>(
      `{ provider(name: HELP_SCOUT) { conversations(first: 2) { edges { node { ... on CommonConversation {
        messageCount messages(first: 50) { totalCount edges { node { id } } } } } } } } }`,
    );
    for (const { node } of result.data?.provider.conversations.edges ?? []) {
      expect(node.messages.totalCount).toBe(node.messageCount);
      expect(node.messages.edges).toHaveLength(node.messageCount);
    }
    expect(upstream().sort()).toEqual([
      'GET /v2/conversations/1219/threads?page=1', 'GET /v2/conversations/1220/threads?page=1', 'GET /v2/conversations?status=all&page=1',
    ]);
  });

  it('follows the typed links once each: mailbox and full profiles, a person named twice fetched once', async () => {
    const result = await h.query(`{ conversation(id: "helpscout:123") { ... on HelpScoutConversation {
      mailbox { id name email } primaryCustomer { profile { organization phones { value } } }
      customer { ... on HelpScoutCustomer { profile { jobTitle } } }
      createdBy { ... on HelpScoutCustomer { profile { emails { value } } } }
      assignee { ... on HelpScoutUser { profile { role timezone } } } closedByUser { profile { role } } } } }`);
    expect(result.data?.conversation).toEqual({
      mailbox: { id: 'helpscout:mailbox:13', name: 'Support', email: 'support@acme-help.example' },
      primaryCustomer: { profile: { organization: 'Acme', phones: [{ value: '+420123456789' }] } },
      customer: { profile: { jobTitle: 'CTO' } },
      createdBy: { profile: { emails: [{ value: 'bear@acme.com' }] } },
      assignee: { profile: { role: 'user', timezone: 'America/New_York' } },
      closedByUser: { profile: { role: 'admin' } },
    });
    expect(upstream().sort()).toEqual([CONVERSATION, 'GET /v2/customers/12', 'GET /v2/customers/238604', 'GET /v2/mailboxes/13', 'GET /v2/users/14', 'GET /v2/users/99']);
  });

  it('lists 20 conversations with their participants and details in one request', async () => {
    const result = await h.query<{ provider: { conversations: { totalCount: number; edges: { node: { id: string; subject: string; participants: { id: string }[] } }[] } } }>(
      `{ provider(name: HELP_SCOUT) { conversations(first: 20) { totalCount edges { node { ... on HelpScoutConversation {
        id subject participants { id role displayName } customer { email } } } } } } }`,
    );
    const edges = result.data?.provider.conversations.edges ?? [];
    expect(edges).toHaveLength(20);
    expect(edges[0]?.node).toMatchObject({ id: 'helpscout:1220', subject: 'Question 1220' });
    expect(edges.every((e) => e.node.participants.length >= 1)).toBe(true);
    expect(result.data?.provider.conversations.totalCount).toBe(223);
    expect(upstream()).toEqual(['GET /v2/conversations?status=all&page=1']);
  });

  it('fetches each customer profile of a listing once, however many conversations share it', async () => {
    const result = await h.query<{ provider: { conversations: { edges: { node: { customer: { id: string } } }[] } } }>(
      `{ provider(name: HELP_SCOUT) { conversations(first: 20) { edges { node { ... on HelpScoutConversation {
        customer { id ... on HelpScoutCustomer { profile { organization } } } } } } } } }`,
    );
    const customers = new Set((result.data?.provider.conversations.edges ?? []).map((e) => e.node.customer.id.split(':')[2]));
    expect(customers.size).toBeLessThan(20);
    expect(upstream().sort()).toEqual(['GET /v2/conversations?status=all&page=1', ...[...customers].map((id) => `GET /v2/customers/${id}`)].sort());
  });

  const PAGE = `query($after: String) { conversation(id: "helpscout:${LONG_ID}") { ... on CommonConversation {
    messages(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { nativeId } } } } } }`;

  async function readAll(): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const page: { data?: MessagesPage | null } = await h.query<MessagesPage>(PAGE, { after });
      const messages = page.data?.conversation.messages;
      ids.push(...(messages?.edges.map((e) => e.node.nativeId) ?? []));
      expect(messages?.totalCount).toBe(LONG_THREADS);
      if (!messages?.pageInfo.hasNextPage) break;
      after = messages.pageInfo.endCursor;
    }
    return ids;
  }
  const ALL = Array.from({ length: LONG_THREADS }, (_, i) => String(LONG_ID * 1000 + 1 + i));

  it('pages through 250 messages in order, no duplicates or gaps, one request per page (embed=threads)', async () => {
    expect(await readAll()).toEqual(ALL);
    expect(upstream()).toEqual(Array.from({ length: 3 }, () => `GET /v2/conversations/${LONG_ID}?embed=threads`));
  });

  it('refuses a messages cursor of another conversation with BAD_USER_INPUT and no threads request', async () => {
    const first = await h.query<MessagesPage>(PAGE, { after: null });
    h.reset();
    const result = await h.query(`query($after: String) { conversation(id: "helpscout:123") { ... on CommonConversation {
      messages(first: 5, after: $after) { edges { node { id } } } } } }`, { after: first.data?.conversation.messages.pageInfo.endCursor });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', provider: 'helpscout' });
    expect(upstream()).toEqual(['GET /v2/conversations/123?embed=threads']);
  });

  it('refuses a foreign-origin mailbox link with LINK_REJECTED and makes no request for it', async () => {
    const result = await h.query(`{ conversation(id: "helpscout:666") { ... on HelpScoutConversation { subject mailbox { name } } } }`);
    expect(result.data?.conversation).toEqual({ subject: 'Foreign link', mailbox: null });
    expect(result.errors?.map((e) => [e.path, e.extensions?.['code'], e.extensions?.['provider']])).toEqual([[['conversation', 'mailbox'], 'LINK_REJECTED', 'helpscout']]);
    expect(upstream()).toEqual(['GET /v2/conversations/666']);
  });

  it('serves embedded persons without fetching them: customer, assignee and participants cost nothing', async () => {
    const result = await h.query(`{ conversation(id: "helpscout:123") { ... on CommonConversation {
      customer { displayName email avatarUrl role } assignee { displayName } participants { id } } } }`);
    expect(result.data?.conversation).toMatchObject({ customer: { displayName: 'Rob Robertovic', email: 'rob@acme.com', avatarUrl: null, role: 'CUSTOMER' } });
    expect(upstream()).toEqual([CONVERSATION]);
  });

  it('follows the 301 of a merged conversation: 301 + 200, with the id it was reached from', async () => {
    const result = await h.query(`{ conversation(id: "helpscout:122") { ... on HelpScoutConversation { id nativeId mergedFromId subject } } }`);
    expect(result.data?.conversation).toEqual({ id: 'helpscout:123', nativeId: '123', mergedFromId: '122', subject: 'Help' });
    expect(upstream()).toEqual(['GET /v2/conversations/122', CONVERSATION]);
  });

  it('answers node(id:) for a customer from its record, the profile sharing the same request', async () => {
    const result = await h.query(`{ node(id: "helpscout:customer:238604") { id ... on HelpScoutCustomer { displayName phone profile { organization } } } }`);
    expect(result.data?.node).toEqual({ id: 'helpscout:customer:238604', displayName: 'Rob Robertovic', phone: '+420123456789', profile: { organization: 'Acme' } });
    expect(upstream()).toEqual(['GET /v2/customers/238604']);
  });

  it('answers node(id:) for a thread id it issued', async () => {
    const result = await h.query(`{ node(id: "helpscout:thread:123/123001") { id ... on HelpScoutThread { type conversationId } } }`);
    expect(result.data?.node).toEqual({ id: 'helpscout:thread:123/123001', type: 'customer', conversationId: '123' });
    expect(upstream()).toEqual(['GET /v2/conversations/123?embed=threads']);
  });

  it('refuses a malformed id with BAD_USER_INPUT and no request', async () => {
    const result = await h.query(`{ conversation(id: "helpscout:12a") { __typename } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', provider: 'helpscout' });
    expect(upstream()).toEqual([]);
  });
});
