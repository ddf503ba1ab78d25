import type { Exchange } from '../../src/http/http-client';
import { mailPerformanceAdapter } from '../../src/providers/mailperformance';
import { PAGING_MESSAGE_ID, SEED_MESSAGE_ID, simData } from '../../src/providers/mailperformance/simulator/seed';
import { startHarness, type GraphQLResult, type Harness } from '../support/harness';

const SEED = `mailperformance:${SEED_MESSAGE_ID}`;
const MESSAGE = `GET /messages/${SEED_MESSAGE_ID}`;
const TARGET = 'GET /targets/000QE6KY';
const ACTION = 'GET /actions/000JKG';

interface EventPage {
  conversation: { messages: { totalCount: number; edges: { cursor: string; node: { nativeId: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
}

describe('MailPerformance over GraphQL', () => {
  let h: Harness;
  const exchanges: Exchange[] = [];
  const upstream = () => h.upstream('mailperformance');
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [mailPerformanceAdapter], onExchange: (exchange) => exchanges.push(exchange) });
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    h.reset();
    exchanges.length = 0;
  });

  it('serves the common fields of the seed with one request when subject is not selected', async () => {
    const common = 'id provider nativeId status rawStatus channel rawChannel createdAt updatedAt lastActivityAt preview messageCount webUrl';
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { ${common} } } }`, { id: SEED });
    expect(result.data?.conversation).toEqual({
      id: SEED, provider: 'MAIL_PERFORMANCE', nativeId: SEED_MESSAGE_ID, status: 'CLOSED', rawStatus: 'received', channel: 'EMAIL',
      rawChannel: 'mail', createdAt: '2017-03-31T07:48:16.378Z', updatedAt: '2017-03-31T07:48:20Z', lastActivityAt: '2017-03-31T07:48:20Z',
      preview: null, messageCount: 2, webUrl: null,
    });
    expect(upstream()).toEqual([MESSAGE]);
  });

  it('fills subject from the action with one extra request, shared with the action field', async () => {
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on MailPerformanceConversation { subject action { name } } } }`, { id: SEED });
    expect(result.data?.conversation).toEqual({ subject: 'Your order is confirmed', action: { name: 'Order confirmation' } });
    expect(upstream()).toEqual([MESSAGE, ACTION]);
  });

  it('serves events as messages, with no sender and the target as recipient, in two requests', async () => {
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { messages(first: 10) { totalCount edges { node {
      id kind direction deliveryStatus rawDeliveryStatus createdAt text sender { id } recipients { id email displayName role } } } } } } }`, { id: SEED });
    const target = { id: 'mailperformance:target:000QE6KY', email: 'xxx@yyy.com', displayName: 'Xavier Yvon', role: 'CUSTOMER' };
    expect(result.data?.conversation).toEqual({ messages: { totalCount: 2, edges: [
      { node: { id: `mailperformance:event:${SEED_MESSAGE_ID}.0`, kind: 'EVENT', direction: 'SYSTEM', deliveryStatus: 'QUEUED', rawDeliveryStatus: 'requested', createdAt: '2017-03-31T07:48:16.378Z', text: null, sender: null, recipients: [] } },
      { node: { id: `mailperformance:event:${SEED_MESSAGE_ID}.1`, kind: 'EVENT', direction: 'SYSTEM', deliveryStatus: 'DELIVERED', rawDeliveryStatus: 'received', createdAt: '2017-03-31T07:48:20Z', text: null, sender: null, recipients: [target] } },
    ] } });
    expect(upstream()).toEqual([MESSAGE, TARGET]);
  });

  it('follows target and action once each, the target shared by participants and customer', async () => {
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on MailPerformanceConversation {
      type media actionId targetId events { type date origin recipient reason }
      target { nativeId email phone firstName lastName creationDate lastUpdateDate fields bounce { reason } redList { mail { reason } } }
      action { nativeId type name creationDate informations { state category folder } content { subject headers { from { prefix domain label } reply } } scheduler }
      participants { id } customer { id } assignee { id } } } }`, { id: SEED });
    expect(result.errors).toBeUndefined();
    expect(result.data?.conversation).toMatchObject({
      type: 'message', media: 'mail', actionId: '000JKG', targetId: '000QE6KY',
      events: [
        { type: 'requested', date: '2017-03-31T07:48:16.378Z', origin: null, recipient: null, reason: null },
        { type: 'received', date: '2017-03-31T07:48:20Z', origin: 'smtp', recipient: 'xxx@yyy.com', reason: null },
      ],
      target: { nativeId: '000QE6KY', email: 'xxx@yyy.com', phone: '+33612345678', fields: { '8103': 'xxx@yyy.com' }, bounce: [], redList: null },
      action: { nativeId: '000JKG', type: 'mailMessage', informations: { state: 38, category: '12', folder: null }, content: { subject: 'Your order is confirmed', headers: { from: { prefix: 'orders', domain: 'yyy.com', label: 'YYY Shop' }, reply: 'support@yyy.com' } } },
      participants: [{ id: 'mailperformance:target:000QE6KY' }], customer: { id: 'mailperformance:target:000QE6KY' }, assignee: null,
    });
    // Target and action are requested in the same tick; their arrival order is not fixed.
    expect(upstream()[0]).toBe(MESSAGE);
    expect(upstream().sort()).toEqual([ACTION, MESSAGE, TARGET]);
  });

  it('answers UNSUPPORTED for listing, with no upstream request', async () => {
    const result = await h.query('{ provider(name: MAIL_PERFORMANCE) { canList conversations(first: 20) { edges { node { __typename } } } } }');
    expect(result.errors?.map((e) => [e.path, e.extensions?.['code'], e.extensions?.['provider']])).toEqual([
      [['provider', 'conversations'], 'UNSUPPORTED', 'mailperformance'],
    ]);
    expect(upstream()).toEqual([]);
  });

  it('multi-gets 20 messages with participants: one request per message and one per distinct target', async () => {
    const ids = simData().generatedIds.slice(0, 20);
    const result = await h.query(`query($ids: [ID!]!) { conversations(ids: $ids) { ... on CommonConversation { id participants { id email } } } }`, { ids: ids.map((id) => `mailperformance:${id}`) });
    expect(result.errors).toBeUndefined();
    const targets = new Set(ids.map((id) => simData().messages.get(id)?.['target']));
    expect(result.data?.['conversations']).toHaveLength(20);
    expect(upstream().filter((r) => r.startsWith('GET /messages/'))).toHaveLength(20);
    expect(upstream().filter((r) => r.startsWith('GET /targets/'))).toHaveLength(targets.size);
    expect(upstream()).toHaveLength(20 + targets.size);
  });

  it('fetches a repeated id and its upper-case spelling once', async () => {
    const result = await h.query(`query($ids: [ID!]!) { conversations(ids: $ids) { ... on CommonConversation { id } } }`, { ids: [SEED, SEED.toUpperCase().replace('MAILPERFORMANCE', 'mailperformance'), SEED] });
    expect(result.data?.['conversations']).toEqual([{ id: SEED }, { id: SEED }, { id: SEED }]);
    expect(upstream()).toEqual([MESSAGE]);
  });

  it('pages through the 250-event message in order without gaps or duplicates, one request per page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const result: GraphQLResult<EventPage> = await h.query<EventPage>(`query($id: ID!, $after: String) { conversation(id: $id) { ... on CommonConversation {
        messages(first: 100, after: $after) { totalCount edges { cursor node { nativeId } } pageInfo { hasNextPage endCursor } } } } }`, { id: `mailperformance:${PAGING_MESSAGE_ID}`, after });
      const messages: EventPage['conversation']['messages'] | undefined = result.data?.conversation.messages;
      seen.push(...(messages?.edges.map((e) => e.node.nativeId) ?? []));
      expect(messages?.pageInfo.hasNextPage).toBe(page < 2);
      after = messages?.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => `${PAGING_MESSAGE_ID}.${i}`));
    expect(upstream()).toEqual(Array.from({ length: 3 }, () => `GET /messages/${PAGING_MESSAGE_ID}`));
  });

  it("refuses a cursor from another message's events with BAD_USER_INPUT, after only the message request", async () => {
    const query = `query($id: ID!, $after: String) { conversation(id: $id) { ... on CommonConversation { messages(first: 1, after: $after) { pageInfo { endCursor } } } } }`;
    const first = await h.query<EventPage>(query, { id: SEED });
    const cursor = first.data?.conversation.messages.pageInfo.endCursor ?? null;
    expect(cursor).not.toBeNull();
    h.reset();
    const result = await h.query(query, { id: `mailperformance:${PAGING_MESSAGE_ID}`, after: cursor });
    expect(result.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['provider']])).toEqual([['BAD_USER_INPUT', 'mailperformance']]);
    expect(upstream()).toEqual([`GET /messages/${PAGING_MESSAGE_ID}`]);
  });

  it('refuses a redirect to a documented sibling host with LINK_REJECTED and sends nothing there', async () => {
    h.simulator('mailperformance').injectFault({ match: /^\/targets\//, reply: { status: 302, headers: { location: 'https://v8.mailperformance.com/targets/000QE6KY' } } });
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on MailPerformanceConversation { nativeId target { id } } } }`, { id: SEED });
    expect(result.data?.conversation).toEqual({ nativeId: SEED_MESSAGE_ID, target: null });
    expect(result.errors?.map((e) => [e.path, e.extensions?.['code']])).toEqual([[['conversation', 'target'], 'LINK_REJECTED']]);
    expect(upstream()).toEqual([MESSAGE, TARGET]);
    expect(exchanges.map((e) => e.url.origin)).toEqual([h.simulator('mailperformance').baseUrl.origin, h.simulator('mailperformance').baseUrl.origin]);
  });

  it('reads events, lastMessage, messages and an event node from the one message request', async () => {
    const result = await h.query(`query($id: ID!, $event: ID!) {
      conversation(id: $id) { ... on MailPerformanceConversation { events { id } lastMessage { id } messages { edges { node { id } } } } }
      node(id: $event) { id ... on MailPerformanceEvent { type recipient } } }`, { id: SEED, event: `mailperformance:event:${SEED_MESSAGE_ID}.1` });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['node']).toEqual({ id: `mailperformance:event:${SEED_MESSAGE_ID}.1`, type: 'received', recipient: 'xxx@yyy.com' });
    expect(upstream()).toEqual([MESSAGE]);
  });

  it('fetches target and action nodes by id with one request each', async () => {
    const result = await h.query('{ t: node(id: "mailperformance:target:000QE6KY") { id } a: node(id: "mailperformance:action:000JKG") { id } }');
    expect(result.data).toEqual({ t: { id: 'mailperformance:target:000QE6KY' }, a: { id: 'mailperformance:action:000JKG' } });
    expect(upstream().sort()).toEqual([ACTION, TARGET]);
  });

  it.each([
    ['a malformed id', 'mailperformance:not-a-uuid', 'BAD_USER_INPUT', 0],
    ['an unknown message', 'mailperformance:00000000-0000-4000-a000-000000000000', 'NOT_FOUND', 1],
  ])('answers %s (%s) with %s after %d requests', async (_, id, code, requests) => {
    const result = await h.query(`query($id: ID!) { conversation(id: $id) { __typename } }`, { id });
    expect(result.errors?.map((e) => e.extensions?.['code'])).toEqual([code]);
    expect(upstream()).toHaveLength(requests);
  });
});
