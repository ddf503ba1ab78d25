import { mailPerformanceAdapter } from '../../../src/providers/mailperformance';
import {
  DOCUMENTED_ACTION, DOCUMENTED_MESSAGE, DOCUMENTED_MESSAGE_ID, DOCUMENTED_TARGET,
} from '../../../src/providers/mailperformance/simulator/seed';
import { startHarness, type Harness } from '../../support/harness';
import { TOLERANCE_RUNS, assertTolerant, type ToleranceTarget, TOLERANCE_TIMEOUT_MS } from '../../support/tolerance';

/** Every typed field the provider fills from the three documents, so each mutated part is read. */
const QUERY = `query($id: ID!) { conversation(id: $id) { ... on MailPerformanceConversation {
  id nativeId subject status rawStatus channel rawChannel createdAt updatedAt lastActivityAt messageCount raw
  type media actionId targetId
  events { id type date origin recipient reason rawReason deliveryStatus rawDeliveryStatus }
  lastMessage { id createdAt }
  messages(first: 5) { totalCount edges { cursor node { id kind direction createdAt deliveryStatus recipients { id } } } pageInfo { hasNextPage endCursor } }
  participants { id } customer { id displayName email }
  target { id nativeId email phone firstName lastName displayName creationDate lastUpdateDate fields raw
    bounce { field rawField type rawType timestamp reason rawReason }
    redList { mail { timestamp reason rawReason } sms { timestamp reason rawReason } } }
  action { id nativeId type name description creationDate settings scheduler raw
    informations { folder category state }
    content { subject html text headers { reply rawReply from { prefix domain label } } } } } } }`;

/**
 * The documented message (the seed's shape), target (the Target doc's example: numeric bounce
 * codes, a red list) and action (the Actions doc's object reply header), each mutated in turn
 * while the other two come from the simulator. The identity of each is its `id`.
 */
const target: ToleranceTarget = {
  slug: 'mailperformance',
  query: QUERY,
  id: `mailperformance:${DOCUMENTED_MESSAGE_ID}`,
  documents: [
    { match: /^\/messages\//, body: DOCUMENTED_MESSAGE, identity: [['id']] },
    { match: /^\/targets\//, body: DOCUMENTED_TARGET, identity: [['id']] },
    { match: /^\/actions\//, body: DOCUMENTED_ACTION, identity: [['id']] },
  ],
};

describe('MailPerformance tolerates drifted upstream payloads', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [mailPerformanceAdapter] });
  });
  afterAll(() => h.stop());

  it(`answers every mutation of the documented message, target and action with the conversation and well-formed errors (${TOLERANCE_RUNS} cases)`, async () => {
    await assertTolerant(h, target);
  }, TOLERANCE_TIMEOUT_MS);
});
