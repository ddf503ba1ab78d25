import { DeliveryStatus, MessageDirection, ParticipantRole } from '../../../schema/enums';
import { BirdParticipant } from '../graphql/participant.type';
import { SEED_CONVERSATION_ID, seedMessages, SIM_WORKSPACE } from '../simulator/seed';
import { parseMessage } from '../wire/message.wire';
import { toMessage } from './message.mapper';
import type { BirdScope } from './scope.mapper';

const unexpected = (): never => {
  throw new Error('a mapper must not follow links');
};
// Mapping never fetches: links that fail when followed.
const scope: BirdScope = {
  defaultWorkspace: SIM_WORKSPACE,
  links: { messages: unexpected, participants: unexpected, channel: unexpected, fullMessage: unexpected },
};

const ref = { workspaceId: SIM_WORKSPACE, conversationId: SEED_CONVERSATION_ID };

describe('toMessage and toParticipant', () => {
  it('maps an html message with its body, metadata and an inbound direction', () => {
    const message = toMessage(parseMessage(seedMessages[0]), ref, scope);
    expect(message).toMatchObject({
      isPreview: false, text: 'test\r\n', html: '<p>test</p>', attachmentCount: 0, bodyType: 'html', direction: MessageDirection.INBOUND,
      reference: '3e75a9d2-2a54-45ac-856a-bbe02f874332', draft: false, source: 'channels', receiverTypes: ['to'],
      meta: { extraInformation: { email_headers: 'eyJTdWJqZWN0IjpbInRlc3QiXX0=' } }, updatedAt: '2024-11-25T19:31:47.264Z',
      body: { type: 'html', html: { text: 'test\r\n', html: '<p>test</p>' } }, interactions: null,
    });
  });

  it.each([
    ['accepted', DeliveryStatus.QUEUED], ['processing', DeliveryStatus.QUEUED], ['sent', DeliveryStatus.SENT], ['delivered', DeliveryStatus.DELIVERED],
    ['read', DeliveryStatus.READ], ['sending_failed', DeliveryStatus.FAILED], ['delivery_failed', DeliveryStatus.FAILED], ['teleported', DeliveryStatus.UNKNOWN],
  ])('maps message status "%s" to %s', (status, expected) => {
    const message = toMessage(parseMessage({ ...seedMessages[1], status }), ref, scope);
    expect([message.deliveryStatus, message.rawDeliveryStatus]).toEqual([expected, status]);
  });

  it.each([
    ['contact', ParticipantRole.CUSTOMER, MessageDirection.INBOUND], ['user', ParticipantRole.AGENT, MessageDirection.OUTBOUND],
    ['accessKey', ParticipantRole.SYSTEM, MessageDirection.OUTBOUND], ['flow', ParticipantRole.BOT, MessageDirection.OUTBOUND],
    ['bot', ParticipantRole.BOT, MessageDirection.OUTBOUND], ['connector', ParticipantRole.SYSTEM, MessageDirection.OUTBOUND],
    ['channel', ParticipantRole.SYSTEM, MessageDirection.OUTBOUND], ['collaborationAutomation', ParticipantRole.BOT, MessageDirection.OUTBOUND],
    ['robot', ParticipantRole.UNKNOWN, MessageDirection.UNKNOWN],
  ])('maps a "%s" sender to role %s and direction %s', (type, role, direction) => {
    const sender = { id: 'p1', type, displayName: 'Someone' };
    const message = toMessage(parseMessage({ ...seedMessages[1], sender }), ref, scope);
    expect(message.direction).toBe(direction);
    expect(message.senderValue).toBeInstanceOf(BirdParticipant);
    expect(message.senderValue?.role).toBe(role);
    expect((message.senderValue as BirdParticipant | null)?.participantType).toBe(type);
  });

  it('counts image attachments and leaves text null for a body type without text', () => {
    const body = { type: 'image', image: { images: [{ mediaUrl: 'https://media.api.bird.com/a.png' }, { mediaUrl: 'https://media.api.bird.com/b.png' }] } };
    expect(toMessage(parseMessage({ ...seedMessages[1], body }), ref, scope)).toMatchObject({ text: null, html: null, attachmentCount: 2, bodyType: 'image' });
  });
});
