import { mailPerformanceAdapter } from '../../src/providers/mailperformance';
import {
  DOCUMENTED_ACTION_ID, DOCUMENTED_MESSAGE_ID, DOCUMENTED_TARGET_ID, SEED_MESSAGE, SEED_MESSAGE_ID,
} from '../../src/providers/mailperformance/simulator/seed';
import { startHarness, type GraphQLResult, type Harness } from '../support/harness';

const SEED = `mailperformance:${SEED_MESSAGE_ID}`;
const DOCUMENTED = `mailperformance:${DOCUMENTED_MESSAGE_ID}`;
const OTHER_ID = '11111111-1111-4111-a111-111111111111';
const CANNOT_READ = 'mailperformance answered with data Parley cannot read: ';

const TARGET_FIELDS = `nativeId email
  bounce { field rawField type rawType timestamp reason rawReason }
  redList { mail { timestamp reason rawReason } sms { timestamp reason rawReason } }`;
const ACTION_FIELDS = 'nativeId content { subject headers { reply rawReply } }';

/** `[path, code, provider, message]` of each error, for exact comparisons. */
const errorsOf = (result: GraphQLResult<unknown>) =>
  (result.errors ?? []).map((e) => [e.path, e.extensions?.['code'], e.extensions?.['provider'], e.message]);
/** The same, ordered by path: fields resolving in parallel report in no fixed order. */
const sortedErrorsOf = (result: GraphQLResult<unknown>) => errorsOf(result).sort((a, b) => JSON.stringify(a[0]).localeCompare(JSON.stringify(b[0])));

describe('MailPerformance tolerant reading and partial results over GraphQL', () => {
  let h: Harness;
  const serveMessage = (body: Record<string, unknown>) =>
    h.simulator('mailperformance').injectFault({ match: /^\/messages\//, times: 5, reply: { status: 200, body } });
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [mailPerformanceAdapter] });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  describe('documented shapes (issue 8)', () => {
    const documentedBounce = { field: '8102', rawField: 8102, type: '1', rawType: 1, timestamp: '2016-06-13T15:19:20.000Z', reason: '1', rawReason: 1 };
    const documentedEntry = { timestamp: '2016-06-13T15:19:20.000Z', reason: '1', rawReason: 1 };
    const documentedTarget = { nativeId: DOCUMENTED_TARGET_ID, email: 'jane.doe@example.com', bounce: [documentedBounce], redList: { mail: documentedEntry, sms: documentedEntry } };
    const documentedAction = { nativeId: DOCUMENTED_ACTION_ID, content: { subject: 'Documented shapes', headers: { reply: 'address@reply.dev', rawReply: { reply: 'address@reply.dev' } } } };

    it('1 and 2: reads a target with numeric bounce codes and a red list through conversation(id:), with no error', async () => {
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on MailPerformanceConversation { target { ${TARGET_FIELDS} } } } }`, { id: DOCUMENTED });
      expect(result.errors).toBeUndefined();
      expect(result.data?.['conversation']).toEqual({ target: documentedTarget });
    });

    it('1 and 2: reads the same target through node(id:), with no error', async () => {
      const result = await h.query(`query($id: ID!) { node(id: $id) { ... on MailPerformanceTarget { ${TARGET_FIELDS} } } }`, { id: `mailperformance:target:${DOCUMENTED_TARGET_ID}` });
      expect(result.errors).toBeUndefined();
      expect(result.data?.['node']).toEqual(documentedTarget);
    });

    it('11: reads an action whose reply header is an object, with the subject, through conversation(id:) and node(id:)', async () => {
      const result = await h.query(`query($id: ID!, $action: ID!) {
        conversation(id: $id) { ... on MailPerformanceConversation { subject action { ${ACTION_FIELDS} } } }
        node(id: $action) { ... on MailPerformanceAction { ${ACTION_FIELDS} } } }`, { id: DOCUMENTED, action: `mailperformance:action:${DOCUMENTED_ACTION_ID}` });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ conversation: { subject: 'Documented shapes', action: documentedAction }, node: documentedAction });
    });

    it('11: still reads a plain-string reply header', async () => {
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on MailPerformanceConversation { action { content { headers { reply rawReply } } } } } }`, { id: SEED });
      expect(result.errors).toBeUndefined();
      expect(result.data?.['conversation']).toEqual({ action: { content: { headers: { reply: 'support@yyy.com', rawReply: 'support@yyy.com' } } } });
    });
  });

  describe('identity check', () => {
    it("refuses an answer for one message that carries another message's id, naming both", async () => {
      serveMessage({ ...SEED_MESSAGE, id: OTHER_ID });
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { __typename } }`, { id: SEED });
      expect(result.data?.['conversation']).toBeNull();
      expect(errorsOf(result)).toEqual([[['conversation'], 'PROVIDER_BAD_RESPONSE', 'mailperformance', `${CANNOT_READ}asked for message ${SEED_MESSAGE_ID}, got ${OTHER_ID}`]]);
    });
  });

  describe('partial results', () => {
    it('keeps the conversation when the target fetch fails: target and customer are null with their own errors', async () => {
      h.simulator('mailperformance').injectFault({ match: /^\/targets\//, times: 10, reply: { status: 503 } });
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on MailPerformanceConversation { nativeId target { id } customer { id } } } }`, { id: SEED });
      expect(result.data?.['conversation']).toEqual({ nativeId: SEED_MESSAGE_ID, target: null, customer: null });
      expect(sortedErrorsOf(result).map(([path, code, provider]) => [path, code, provider])).toEqual([
        [['conversation', 'customer'], 'PROVIDER_UNAVAILABLE', 'mailperformance'], [['conversation', 'target'], 'PROVIDER_UNAVAILABLE', 'mailperformance'],
      ]);
    });

    it('keeps the conversation when the action fetch fails: subject and action are null, each with the failed fetch\'s own code', async () => {
      h.simulator('mailperformance').injectFault({ match: /^\/actions\//, times: 10, reply: { status: 500 } });
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on MailPerformanceConversation { nativeId subject action { id } } } }`, { id: SEED });
      expect(result.data?.['conversation']).toEqual({ nativeId: SEED_MESSAGE_ID, subject: null, action: null });
      expect(sortedErrorsOf(result)).toEqual([
        [['conversation', 'action'], 'PROVIDER_UNAVAILABLE', 'mailperformance', 'mailperformance is unavailable (HTTP 500)'],
        [['conversation', 'subject'], 'PROVIDER_UNAVAILABLE', 'mailperformance', 'mailperformance is unavailable (HTTP 500)'],
      ]);
    });

    it('costs an unreadable event only its edge in messages, and the events field its value', async () => {
      serveMessage({ ...SEED_MESSAGE, events: [{ type: 'requested', date: '2017-03-31T07:48:16.378Z' }, 'garbage'] });
      const result = await h.query(`query($id: ID!) { conversation(id: $id) { ... on MailPerformanceConversation {
        status messageCount messages { edges { node { id } } } events { id } } } }`, { id: SEED });
      const reason = `${CANNOT_READ}message.events.1: expected a JSON object`;
      expect(result.data?.['conversation']).toEqual({
        status: 'UNKNOWN', messageCount: 2, messages: { edges: [{ node: { id: `mailperformance:event:${SEED_MESSAGE_ID}.0` } }, { node: null }] }, events: null,
      });
      expect(sortedErrorsOf(result)).toEqual([
        [['conversation', 'events'], 'PROVIDER_BAD_RESPONSE', 'mailperformance', reason],
        [['conversation', 'messages', 'edges', 1, 'node'], 'PROVIDER_BAD_RESPONSE', 'mailperformance', reason],
      ]);
    });

    it('answers messages: null with one error when the event list is unreadable, and no error when it is not selected', async () => {
      serveMessage({ ...SEED_MESSAGE, events: { not: 'a list' } });
      const broken = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { nativeId messages { totalCount } } } }`, { id: SEED });
      expect(broken.data?.['conversation']).toEqual({ nativeId: SEED_MESSAGE_ID, messages: null });
      expect(errorsOf(broken)).toEqual([[['conversation', 'messages'], 'PROVIDER_BAD_RESPONSE', 'mailperformance', expect.stringMatching(/^mailperformance answered with data Parley cannot read: message\.events: /)]]);
      const unselected = await h.query(`query($id: ID!) { conversation(id: $id) { ... on CommonConversation { nativeId channel } } }`, { id: SEED });
      expect(unselected).toEqual({ status: 200, data: { conversation: { nativeId: SEED_MESSAGE_ID, channel: 'EMAIL' } } });
    });
  });
});

describe('providers { conversations } with every provider', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('lists the four providers that can list and reports UNSUPPORTED only at MailPerformance', async () => {
    type Providers = { providers: { slug: string; conversations: { edges: { node: { id: string } | null }[] } | null }[] };
    const result = await h.query<Providers>('{ providers { slug conversations(first: 2) { edges { node { ... on CommonConversation { id } } } } } }');
    const providers = result.data?.providers ?? [];
    const index = providers.findIndex((p) => p.slug === 'mailperformance');
    expect(providers.map((p) => p.slug).sort()).toEqual(['bird', 'helpscout', 'layer', 'mailperformance', 'textus']);
    for (const provider of providers.filter((p) => p.slug !== 'mailperformance')) {
      expect(provider.conversations?.edges.length).toBeGreaterThan(0);
      expect(provider.conversations?.edges.every((edge) => edge.node?.id.startsWith(`${provider.slug}:`))).toBe(true);
    }
    expect(providers[index]?.conversations).toBeNull();
    expect(errorsOf(result)).toEqual([
      [['providers', index, 'conversations'], 'UNSUPPORTED', 'mailperformance', 'MailPerformance has no API to list conversations; fetch them by id'],
    ]);
    expect(h.upstream('mailperformance')).toEqual([]);
  });
});
