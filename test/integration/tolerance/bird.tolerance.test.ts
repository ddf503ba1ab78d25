import { birdAdapter } from '../../../src/providers/bird';
import {
  EMAIL_CHANNEL_ID, SEED_CONVERSATION_ID, seedChannels, seedConversation, seedKey, seedLucas, seedMessages, SIM_WORKSPACE,
} from '../../../src/providers/bird/simulator/seed';
import type { JsonObject } from '../../../src/kit/json';
import { startHarness, type Harness } from '../../support/harness';
import { assertTolerant, TOLERANCE_RUNS, type ToleranceTarget, TOLERANCE_TIMEOUT_MS } from '../../support/tolerance';

const CONVERSATION = `/workspaces/${SIM_WORKSPACE}/conversations/${SEED_CONVERSATION_ID}`;
const LAST_MESSAGE_ID = 'd578f436-b3b7-49e6-95c2-24b77bb4e7ce';
const at = (path: string): RegExp => new RegExp(`^${path.replace(/[/.?]/g, '\\$&')}$`);

/** The messages page: the docs' two examples plus a failed bot message with its documented reason and failure. */
function messagesPage(): JsonObject {
  const failed: JsonObject = {
    ...seedMessages[1], id: 'f0f0f0f0-1111-4222-8333-444455556666', status: 'delivery_failed',
    sender: { id: 'b0b0b0b0-0000-4000-8000-000000000001', type: 'bot', status: 'active', displayName: 'Concierge bot', avatarUrl: '' },
    reason: 'details: unknown subscriber; reason: unknown_subscriber; code: 1', details: 'unknown_subscriber',
    failure: { code: 15005, source: { name: 'sms-messagebird', code: '1' } },
  };
  return { results: [...seedMessages, failed], nextPageToken: '', total: 3, totalType: '' };
}

const QUERY = /* GraphQL */ `
  fragment Person on ConversationParticipant {
    id role displayName email phone avatarUrl raw
    ... on BirdParticipant { participantType status recipientType contact { identifierKey identifierValue platformAddress platformAddressSelector } contactAnnotation { name } }
  }
  fragment Item on ConversationMessage {
    id kind direction text html createdAt deliveryStatus rawDeliveryStatus attachmentCount raw
    sender { id role displayName email phone raw } recipients { id role displayName email phone raw }
    ... on BirdMessage {
      isPreview conversationId bodyType body template reference draft source reason rawReason details failure { code sourceName sourceCode raw }
      interactions meta receiverTypes updatedAt
    }
  }
  query Tolerance($id: ID!) {
    conversation(id: $id) {
      ... on BirdConversation {
        id nativeId subject status rawStatus channel rawChannel createdAt updatedAt lastActivityAt preview messageCount webUrl raw
        workspaceId name description visibility accessibility style platformStyle activeParticipantCount pendingParticipantCount channelId
        lastIncomingMessageAt lastOutgoingMessageAt summary spam spamReason hasDraft
        featuredParticipants { ...Person } initiatingParticipant { ...Person } customer { ...Person } assignee { id }
        participants { ...Person }
        channelInfo { channelId platformId medium name connectorId identifier status raw }
        lastMessage { ...Item ... on BirdMessage { fullMessage { id text html reason rawReason bodyType createdAt } } }
        messages(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...Item } } }
      }
    }
  }
`;

const TARGET: ToleranceTarget = {
  slug: 'bird',
  query: QUERY,
  id: `bird:${SEED_CONVERSATION_ID}`,
  documents: [
    { match: at(CONVERSATION), body: seedConversation, identity: [['id']] },
    { match: /\/messages\?limit=5&reverse=true$/, body: messagesPage(), identity: [] },
    { match: at(`${CONVERSATION}/messages/${LAST_MESSAGE_ID}`), body: seedMessages[1] ?? {}, identity: [] },
    { match: /\/participants\?limit=100$/, body: { results: [seedLucas, seedKey], nextPageToken: '' }, identity: [] },
    { match: at(`/workspaces/${SIM_WORKSPACE}/channels/${EMAIL_CHANNEL_ID}`), body: seedChannels[0]?.[1] ?? {}, identity: [] },
  ],
};

describe('Bird tolerant reading (property)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [birdAdapter] });
  });
  afterAll(() => h.stop());

  it(`answers every mutation of the documented payloads with the conversation and well-formed errors (${TOLERANCE_RUNS} cases)`, async () => {
    await assertTolerant(h, TARGET);
  }, TOLERANCE_TIMEOUT_MS);
});
