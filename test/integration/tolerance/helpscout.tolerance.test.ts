import { helpScoutAdapter } from '../../../src/providers/helpscout';
import {
  documentedConversation, SEED_CUSTOMERS, SEED_MAILBOX, SEED_USERS, seedConversation, seedThreads,
} from '../../../src/providers/helpscout/simulator/seed';
import type { JsonObject } from '../../../src/kit/json';
import { startHarness, type Harness } from '../../support/harness';
import { TOLERANCE_RUNS, assertTolerant, type ToleranceTarget, TOLERANCE_TIMEOUT_MS } from '../../support/tolerance';

const SUMMARY = 'id displayName email avatarUrl role raw type first last photoUrl';
const PERSON = `id ... on HelpScoutCustomer { ${SUMMARY} } ... on HelpScoutUser { ${SUMMARY} }`;

/** Every typed field the provider fills from the documents, so each mutated part is read. */
const QUERY = `query($id: ID!) { conversation(id: $id) { ... on HelpScoutConversation {
  id nativeId subject status rawStatus channel rawChannel createdAt updatedAt lastActivityAt preview messageCount webUrl raw
  mergedFromId number threadCount mailboxId folderId state cc bcc closedAt closedBy userUpdatedAt
  source { type via } tags { id color tag } customFields { id name value rawValue text }
  customerWaitingSince { time friendly } snooze { snoozedBy snoozedUntil unsnoozeOnCustomerReply }
  nextEvent { time eventType userId cancelOnCustomerReply } links { rel href }
  primaryCustomer { ${SUMMARY} profile { nativeId firstName lastName gender organization draft createdAt updatedAt
    emails { id value type } phones { value } chats { value } socialProfiles { value } websites { value } address { lines city state postalCode country } } }
  createdBy { ${PERSON} } closedByUser { ${SUMMARY} profile { nativeId firstName email role timezone type alternateEmails createdAt } }
  participants { id } customer { id } assignee { id displayName }
  mailbox { id nativeId name slug email createdAt updatedAt }
  lastMessage { id createdAt }
  messages(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
    id nativeId kind direction text html createdAt deliveryStatus rawDeliveryStatus attachmentCount raw sender { id } recipients { id }
    ... on HelpScoutThread { conversationId type status state to cc bcc openedAt savedReplyId
      action { type text associatedEntities } source { type via } customer { ${SUMMARY} } assignedTo { id role }
      attachments { id filename mimeType size width height } links { rel href } } } } } } } }`;

const at = (path: string): RegExp => new RegExp(`^${path.replace(/[/.?]/g, '\\$&')}$`);
const record = (map: ReadonlyMap<number, JsonObject>, id: number): JsonObject => map.get(id) ?? {};

/**
 * The documented conversation (the seed with the documented shapes of issue 8, threads
 * embedded) and the records its links point to, each mutated in turn while the others come from
 * the simulator. The identity of each is its `id`.
 */
const embedded: ToleranceTarget = {
  slug: 'helpscout',
  query: QUERY,
  id: 'helpscout:123',
  documents: [
    { match: at('/v2/conversations/123?embed=threads'), body: documentedConversation(), identity: [['id']] },
    { match: at('/v2/customers/238604'), body: record(SEED_CUSTOMERS, 238604), identity: [['id']] },
    { match: at('/v2/users/14'), body: record(SEED_USERS, 14), identity: [['id']] },
    { match: at('/v2/mailboxes/13'), body: SEED_MAILBOX, identity: [['id']] },
  ],
};

/**
 * The merged id 122: its 301 drops `embed`, so the conversation is read plain and its threads
 * from the threads endpoint. Both documents are mutated: the target conversation and the
 * documented threads page (50 per page, newest first).
 */
const threadsPage: JsonObject = {
  _embedded: { threads: [...seedThreads()].reverse() },
  _links: { self: { href: '/v2/conversations/123/threads?page=1' } },
  page: { size: 50, totalElements: 2, totalPages: 1, number: 1 },
};
const merged: ToleranceTarget = {
  slug: 'helpscout',
  query: QUERY,
  id: 'helpscout:122',
  documents: [
    { match: at('/v2/conversations/123'), body: seedConversation(), identity: [['id']] },
    { match: at('/v2/conversations/123/threads?page=1'), body: threadsPage, identity: [] },
  ],
};

describe('Help Scout tolerates drifted upstream payloads', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [helpScoutAdapter] });
  });
  afterAll(() => h.stop());

  it(`answers every mutation of the documented conversation and the records it links to with the conversation and well-formed errors (${TOLERANCE_RUNS} cases)`, async () => {
    await assertTolerant(h, embedded);
  }, TOLERANCE_TIMEOUT_MS);

  it(`answers every mutation of a merged conversation and its threads page with the conversation and well-formed errors (${TOLERANCE_RUNS} cases)`, async () => {
    await assertTolerant(h, merged);
  }, TOLERANCE_TIMEOUT_MS);
});
