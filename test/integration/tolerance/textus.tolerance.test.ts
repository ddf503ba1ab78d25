import { textUsAdapter } from '../../../src/providers/textus';
import { seedConversation } from '../../../src/providers/textus/simulator/seed';
import type { JsonObject } from '../../../src/kit/json';
import { startHarness, type Harness } from '../../support/harness';
import { assertTolerant, TOLERANCE_RUNS, type ToleranceTarget, TOLERANCE_TIMEOUT_MS } from '../../support/tolerance';

const CONTENT_TYPE = 'application/vnd.textus+jsonld';
const CONVERSATION = /^\/conversations\/kY1QwY$/;

const chuck = (): JsonObject => ({ ...((seedConversation()['participants'] as JsonObject)['members'] as JsonObject[])[0] });

/** The example with the other documented forms: account embedded, assignments embedded, latest item and timeline as links. */
function linkedShapes(): JsonObject {
  return {
    ...seedConversation(),
    account: { '@type': 'Account', id: '/accounts/my_account', name: 'Example Account' },
    assignments: {
      '@type': 'hydra:Collection', id: '/conversations/kY1QwY/assignments', totalItems: 1,
      members: [{ '@type': 'ConversationAssignment', id: '/assignments/aB6MA91', assignee: chuck(), assigner: '/users/wqyODPA' }],
    },
    latestPreviewableItem: '/messages/06oyogE',
    timeline: '/conversations/kY1QwY/timeline',
  };
}

/** The example's timeline page, with the outbound message's sender embedded (documented shape 8). */
function timelinePage(): JsonObject {
  const page = { ...(seedConversation()['timeline'] as JsonObject) };
  const members = [...(page['members'] as JsonObject[])];
  members[1] = { ...members[1], sender: { ...chuck(), id: '/users/hikvlD', name: 'Carlos Ray' } };
  return { ...page, members };
}

const QUERY = /* GraphQL */ `
  fragment Item on ConversationMessage {
    id kind direction text createdAt deliveryStatus rawDeliveryStatus attachmentCount raw
    sender { id role displayName } recipients { id }
    ... on TextUsMessage { rawDirection timelinePosition senderPath flags attachments { totalItems } }
    ... on TextUsConversationEvent { type userPath user { id } assignee { id } }
    ... on TextUsTimelineItem { rawType }
  }
  query Tolerance($id: ID!) {
    conversation(id: $id) {
      ... on TextUsConversation {
        id nativeId status rawStatus channel updatedAt lastActivityAt preview messageCount raw
        jsonLd { path type context } slug currentState accountPath account { name raw } phoneNumber assignedContactPath
        latestPreviewableItemPath assignmentsPath timelinePath statsPath unanswered unsubscribed blocked
        actions { closeConversation readConversation }
        requestingUserInfo { read readToTimelinePosition }
        latestPreviewableItem { ...Item } lastMessage { id }
        timeline { totalItems latestPosition view { next } members { ...Item } }
        associatedContacts { totalItems members { id phone phones { members { phoneNumber } } notes { totalItems } createdAt } }
        participantUsers { totalItems members { id role settings { customSettings } } }
        participants { id role } customer { id displayName } assignee { id displayName }
        assignments { totalItems members { assigneePath assignerPath assignee { id } } }
        messages(first: 5) { totalCount pageInfo { hasNextPage } edges { cursor node { ...Item } } }
      }
    }
  }
`;

const TARGET: ToleranceTarget = {
  slug: 'textus',
  query: QUERY,
  id: 'textus:kY1QwY',
  documents: [
    { match: CONVERSATION, body: seedConversation(), contentType: CONTENT_TYPE, identity: [['id']] },
    { match: CONVERSATION, body: linkedShapes(), contentType: CONTENT_TYPE, identity: [['id']] },
    { match: /^\/conversations\/kY1QwY\/timeline$/, body: timelinePage(), contentType: CONTENT_TYPE, identity: [] },
    { match: /^\/conversations\/kY1QwY\/user_info$/, body: { '@type': 'UserInfo', read: true, readToTimelinePosition: '2020-05-21T20:07:20.862Z', starred: false, assigned: false }, contentType: CONTENT_TYPE, identity: [] },
    { match: /^\/users\/hikvlD$/, body: { ...chuck(), id: '/users/hikvlD', name: 'Carlos Ray' }, contentType: CONTENT_TYPE, identity: [] },
  ],
};

describe('TextUs tolerant reading (property)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [textUsAdapter] });
  });
  afterAll(() => h.stop());

  it(`answers every mutation of the documented payloads with the conversation and well-formed errors (${TOLERANCE_RUNS} cases)`, async () => {
    await assertTolerant(h, TARGET);
  }, TOLERANCE_TIMEOUT_MS);
});
