import { textUsAdapter } from '../../src/providers/textus';
import { LONG_SLUG, seedConversation } from '../../src/providers/textus/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

type Json = Record<string, unknown>;

/** Every string and number in a JSON tree, except under the given keys. */
function leaves(value: unknown, skip: ReadonlySet<string> = new Set()): Set<string | number> {
  const found = new Set<string | number>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string' || typeof node === 'number') found.add(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) if (!skip.has(key)) walk(child);
    }
  };
  walk(value);
  return found;
}

/** The example with changed links, served once in place of the example (a special record). */
function serveChanged(h: Harness, change: (seed: Json) => void): void {
  const body = seedConversation();
  change(body);
  h.simulator('textus').injectFault({
    match: /^\/conversations\/kY1QwY$/,
    reply: { status: 200, body, contentType: 'application/vnd.textus+jsonld' },
  });
}

const outboundOf = (seed: Json): Json => ((seed['timeline'] as Json)['members'] as Json[])[1]!;

const ALL_FIELDS = /* GraphQL */ `
  fragment Ld on TextUsJsonLd { path type context }
  fragment View on TextUsCollectionView { jsonLd { ...Ld } first next previous }
  fragment User on TextUsUser {
    id nativeId role displayName email phone avatarUrl jsonLd { ...Ld } name firstName lastName avatar
    automatedActor hasPassword discarded settings { customSettings } membershipsPath
  }
  fragment Contact on TextUsContact {
    id nativeId role displayName phone jsonLd { ...Ld } name firstName lastName conversationsPath data createdAt formattedData
    phones { jsonLd { ...Ld } totalItems members { jsonLd { ...Ld } phoneNumber formattedPhoneNumber extension type deliverabilityStatus contactPath } }
    notes { jsonLd { ...Ld } totalItems members }
  }
  fragment Item on ConversationMessage {
    id nativeId kind direction text html createdAt deliveryStatus rawDeliveryStatus attachmentCount
    ... on TextUsMessage {
      jsonLd { ...Ld } rawDirection body formattedBody deliveryState displayTimestamp timelinePosition conversationPath
      senderPath attachments { jsonLd { ...Ld } totalItems members } friendlyStateDescription retryAllowed retryPath
      latestEventAt flags source status
    }
    ... on TextUsConversationEvent { jsonLd { ...Ld } type displayTimestamp timelinePosition conversationPath userPath assigneePath }
  }
  query All {
    conversation(id: "textus:kY1QwY") {
      ... on TextUsConversation {
        id nativeId status rawStatus channel rawChannel updatedAt lastActivityAt preview messageCount
        jsonLd { ...Ld } slug currentState accountPath requestingUserInfoPath phoneNumber formattedPhoneNumber
        accountPhoneNumber formattedAccountPhoneNumber assignedContactPath assignmentsPath statsPath
        unanswered unsubscribed blocked latestPreviewableItem { ...Item }
        actions {
          assignContact reopenConversation closeConversation readConversation unreadConversation starConversation
          unstarConversation blockConversation unblockConversation subscribeConversation unsubscribeConversation
        }
        timeline { jsonLd { ...Ld } latestPosition totalItems view { ...View } members { ...Item } }
        associatedContacts { jsonLd { ...Ld } totalItems view { ...View } members { ...Contact } }
        participantUsers { jsonLd { ...Ld } totalItems view { ...View } members { ...User } }
      }
    }
  }
`;

describe('TextUs over GraphQL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [textUsAdapter] });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  it('answers the common fields of the example with one request', async () => {
    const res = await h.query(`{ conversation(id: "textus:kY1QwY") { __typename ... on CommonConversation {
      id provider nativeId subject status rawStatus channel rawChannel createdAt updatedAt lastActivityAt preview messageCount webUrl raw } } }`);
    expect(res.data?.['conversation']).toEqual({
      __typename: 'TextUsConversation', id: 'textus:kY1QwY', provider: 'TEXT_US', nativeId: 'kY1QwY', subject: null,
      status: 'OPEN', rawStatus: 'open', channel: 'SMS', rawChannel: null, createdAt: null,
      updatedAt: '2020-05-21T20:07:20.862Z', lastActivityAt: '2020-05-21T20:07:20.862Z',
      preview: 'He once made a weeping willow laugh', messageCount: 3, webUrl: null, raw: seedConversation(),
    });
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY']);
  });

  it('reaches every value of the example through typed fields, with no request beyond the conversation', async () => {
    const res = await h.query(ALL_FIELDS);
    expect(res.errors).toBeUndefined();
    const reached = leaves(res.data);
    const missing = [...leaves(seedConversation())].filter((value) => !reached.has(value));
    expect(missing).toEqual([]);
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY']);
  });

  it('answers messages oldest first with their senders, fetching only the sender that is a bare link', async () => {
    const res = await h.query(`{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation {
      messages(first: 10) { totalCount pageInfo { hasNextPage } edges { node { __typename id kind direction text
        sender { __typename id displayName } recipients { id } } } } } } }`);
    const messages = (res.data?.['conversation'] as Json)['messages'] as Json;
    expect(messages).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect((messages['edges'] as Json[]).map((edge) => edge['node'])).toEqual([
      { __typename: 'TextUsMessage', id: 'textus:message:QNDkpL', kind: 'MESSAGE', direction: 'OUTBOUND',
        text: "Chuck Norris doesn't use web standards as the web will conform to him.",
        sender: { __typename: 'TextUsUser', id: 'textus:user:hikvlD', displayName: 'Carlos Ray' }, recipients: [{ id: 'textus:contact:Vled2N' }] },
      { __typename: 'TextUsMessage', id: 'textus:message:06oyogE', kind: 'MESSAGE', direction: 'INBOUND',
        text: 'He once made a weeping willow laugh',
        sender: { __typename: 'TextUsContact', id: 'textus:contact:Vled2N', displayName: 'Jamel Hirthe' }, recipients: [] },
      { __typename: 'TextUsConversationEvent', id: 'textus:event:Pvwqm5G', kind: 'EVENT', direction: 'SYSTEM', text: null, sender: null, recipients: [] },
    ]);
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY', 'GET /users/hikvlD']);
  });

  it('follows the provider link fields that are not embedded, once each', async () => {
    const res = await h.query(`{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation {
      requestingUserInfo { read readToTimelinePosition starred assigned }
      assignee { id displayName } customer { id } lastMessage { id }
      participants { id } participantUsers { totalItems } associatedContacts { totalItems }
      timeline { members { id ... on TextUsConversationEvent { user { id } assignee { id } } } } } } }`);
    expect(res.data?.['conversation']).toMatchObject({
      requestingUserInfo: { read: true, readToTimelinePosition: '2020-05-21T20:07:20.862Z', starred: false, assigned: false },
      assignee: { id: 'textus:user:wqyODPA', displayName: 'Chuck Norris' },
      customer: { id: 'textus:contact:Vled2N' },
      lastMessage: { id: 'textus:message:06oyogE' },
      participants: [{ id: 'textus:contact:Vled2N' }, { id: 'textus:user:wqyODPA' }],
    });
    expect(h.upstream('textus').sort()).toEqual([
      'GET /conversations/kY1QwY', 'GET /conversations/kY1QwY/assignments', 'GET /conversations/kY1QwY/user_info',
    ]);
  });

  it('fetches embedded users and contacts zero times', async () => {
    serveChanged(h, (seed) => {
      outboundOf(seed)['sender'] = '/users/wqyODPA';
    });
    const res = await h.query(`{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation {
      participants { displayName } customer { displayName }
      messages(first: 3) { edges { node { sender { displayName } } } } } } }`);
    expect(res.data?.['conversation']).toMatchObject({
      participants: [{ displayName: 'Jamel Hirthe' }, { displayName: 'Chuck Norris' }],
      messages: { edges: [{ node: { sender: { displayName: 'Chuck Norris' } } }, { node: { sender: { displayName: 'Jamel Hirthe' } } }, { node: { sender: null } }] },
    });
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY']);
  });

  it('rejects a link to a foreign origin without requesting it', async () => {
    serveChanged(h, (seed) => {
      outboundOf(seed)['sender'] = 'https://evil.example/users/wqyODPA';
    });
    const res = await h.query(`{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation {
      messages(first: 1) { edges { node { id sender { id } } } } } } }`);
    expect(res.data?.['conversation']).toEqual({ messages: { edges: [{ node: { id: 'textus:message:QNDkpL', sender: null } }] } });
    expect(res.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'LINK_REJECTED', provider: 'textus' }) })]);
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY']);
  });

  it('rejects a foreign collection link of the list shape without requesting it', async () => {
    serveChanged(h, (seed) => {
      seed['associatedContacts'] = 'https://evil.example/conversations/kY1QwY/associated_contacts';
    });
    const res = await h.query('{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { id customer { id } } } }');
    expect(res.data?.['conversation']).toEqual({ id: 'textus:kY1QwY', customer: null });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'LINK_REJECTED' });
    expect(h.upstream()).toEqual(['GET /conversations/kY1QwY']);
  });

  it('lists 20 conversations with one request, and their participants with one more each', async () => {
    const list = await h.query('{ provider(name: TEXT_US) { conversations(first: 20) { totalCount pageInfo { hasNextPage } edges { node { ... on TextUsConversation { id slug lastActivityAt } } } } } }');
    const connection = (list.data?.['provider'] as Json)['conversations'] as Json;
    expect(connection).toMatchObject({ totalCount: 202, pageInfo: { hasNextPage: true } });
    expect(h.upstream('textus')).toEqual(['GET /sanford.llc/conversation_filters/all/conversations']);

    h.reset();
    const res = await h.query('{ provider(name: TEXT_US) { conversations(first: 20) { edges { node { ... on TextUsConversation { slug participants { id role } } } } } } }');
    const nodes = (((res.data?.['provider'] as Json)['conversations'] as Json)['edges'] as Json[]).map((edge) => edge['node'] as Json);
    expect(nodes).toHaveLength(20);
    expect(nodes.every((node) => (node['participants'] as Json[])[0]?.['role'] === 'CUSTOMER')).toBe(true);
    const requests = h.upstream('textus');
    expect(requests[0]).toBe('GET /sanford.llc/conversation_filters/all/conversations');
    expect(requests.slice(1).sort()).toEqual(nodes.map((node) => `GET /conversations/${String(node['slug'])}/associated_contacts`).sort());
  });

  it('pages through the 250-message conversation in order, without duplicates or gaps', async () => {
    const ids: string[] = [];
    const times: number[] = [];
    const perPage: string[][] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      h.reset();
      const res = await h.query<Json, { after: string | null }>(
        `query Page($after: String) { conversation(id: "textus:${LONG_SLUG}") { ... on TextUsConversation {
          messages(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id createdAt } } } } } }`,
        { after },
      );
      const messages = (res.data?.['conversation'] as Json)['messages'] as Json;
      for (const edge of messages['edges'] as Json[]) {
        const node = edge['node'] as Json;
        ids.push(String(node['id']));
        times.push(Date.parse(String(node['createdAt'])));
      }
      perPage.push(h.upstream('textus'));
      const info = messages['pageInfo'] as Json;
      if (info['hasNextPage'] !== true) break;
      after = String(info['endCursor']);
    }
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(times.every((time, i) => i === 0 || time > times[i - 1]!)).toBe(true);
    // Conversation + the 9 pages not embedded; then conversation + 4 newer pages; then conversation + page two
    // (page one came embedded in the conversation).
    const timelinePage: unknown = expect.stringMatching(/^GET \/conversations\/long250\/timeline\?cursor=/);
    const pages = (count: number): unknown[] => ['GET /conversations/long250', ...Array.from({ length: count }, () => timelinePage)];
    expect(perPage).toEqual([pages(9), pages(4), pages(1)]);
  });

  it('finds nodes by id: a message with its inbound sender, and a user', async () => {
    const res = await h.query(`{
      message: node(id: "textus:message:06oyogE") { id ... on TextUsMessage { text sender { id } } }
      user: node(id: "textus:user:wqyODPA") { id ... on TextUsUser { displayName } } }`);
    expect(res.data).toEqual({
      message: { id: 'textus:message:06oyogE', text: 'He once made a weeping willow laugh', sender: { id: 'textus:contact:Vled2N' } },
      user: { id: 'textus:user:wqyODPA', displayName: 'Chuck Norris' },
    });
    // The message's own conversation link (the example's /conversations/JYnJBY) gives its contact.
    expect(h.upstream('textus').sort()).toEqual(['GET /conversations/JYnJBY', 'GET /messages/06oyogE', 'GET /users/wqyODPA']);
  });

  it('answers the example requested as Pvwqm5G with the id kY1QwY, without refetching it for senders', async () => {
    const res = await h.query('{ conversation(id: "textus:Pvwqm5G") { ... on TextUsConversation { id messages(first: 2) { edges { node { sender { id } } } } } } }');
    expect(res.data?.['conversation']).toMatchObject({ id: 'textus:kY1QwY' });
    expect(h.upstream('textus')).toEqual(['GET /conversations/Pvwqm5G', 'GET /users/hikvlD']);
  });

  it('answers NOT_FOUND for an unknown slug and BAD_USER_INPUT for a malformed one without a request', async () => {
    const res = await h.query('{ a: conversation(id: "textus:nope123") { __typename } b: conversation(id: "textus:kY1QwY..") { __typename } }');
    expect(res.data).toEqual({ a: null, b: null });
    const codes = (res.errors ?? []).map((error) => [error.path?.[0], error.extensions?.['code']]);
    expect(codes.sort()).toEqual([['a', 'NOT_FOUND'], ['b', 'BAD_USER_INPUT']]);
    expect(h.upstream('textus')).toEqual(['GET /conversations/nope123']);
  });
});
