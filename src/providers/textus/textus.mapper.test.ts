import { Channel, ConversationStatus, DeliveryStatus, MessageDirection, MessageKind, ParticipantRole, Provider } from '../../schema/enums';
import { TextUsConversation } from './textus-conversation.type';
import { TextUsConversationEvent, TextUsMessage } from './textus-message.type';
import { mapDelivery, mapDirection, mapTimelineItem } from './textus-message.mapper';
import { mapContact, mapUser } from './textus-participant.mapper';
import { TextUsContact, TextUsUser } from './textus-participant.type';
import { parseContact, parseUser } from './textus-people.wire';
import { parseTimelinePage } from './textus-timeline.wire';
import { SEED_SENDER, seedConversation } from './textus.sim-data';
import { mapConversation, mapStatus } from './textus.mapper';
import { parseConversation } from './textus.wire';

const seed = (): TextUsConversation => mapConversation(parseConversation(seedConversation()));
const seedItems = () => parseTimelinePage(seedConversation()['timeline']).members;

describe('TextUs mappers', () => {
  describe('conversation', () => {
    it('maps the example to the common fields, null where TextUs sends nothing', () => {
      const conversation = seed();
      expect(conversation).toBeInstanceOf(TextUsConversation);
      expect(conversation).toMatchObject({
        id: 'textus:kY1QwY', provider: Provider.TEXT_US, nativeId: 'kY1QwY', subject: null,
        status: ConversationStatus.OPEN, rawStatus: 'open', channel: Channel.SMS, rawChannel: null,
        createdAt: null, updatedAt: '2020-05-21T20:07:20.862Z', lastActivityAt: '2020-05-21T20:07:20.862Z',
        preview: 'He once made a weeping willow laugh', messageCount: 3, webUrl: null,
      });
      expect(conversation.raw).toEqual(seedConversation());
    });

    it('maps the example values to typed TextUs fields', () => {
      const conversation = seed();
      expect(conversation).toMatchObject({
        slug: 'kY1QwY', currentState: 'open', accountPath: '/accounts/sanford.llc',
        requestingUserInfoPath: '/conversations/kY1QwY/user_info', phoneNumber: '+13035551234',
        formattedPhoneNumber: '(303) 555-1234', assignedContactPath: null,
        assignmentsPath: '/conversations/kY1QwY/assignments', unanswered: false, unsubscribed: false, blocked: false,
        statsPath: '/conversations/Pvwqm5G/stats',
        jsonLd: { id: '/conversations/kY1QwY', type: 'Conversation', context: '/contexts/Conversation.jsonld' },
        actions: {
          assignContact: '/conversations/kY1QwY/assign_contact', reopenConversation: null,
          closeConversation: '/conversations/kY1QwY/close', readConversation: '/conversations/kY1QwY/read',
          unreadConversation: '/conversations/kY1QwY/read', starConversation: '/conversations/kY1QwY/star',
          unstarConversation: '/conversations/kY1QwY/star', blockConversation: '/conversations/Pvwqm5/block',
          unblockConversation: null, subscribeConversation: null, unsubscribeConversation: '/conversations/Pvwq8zp/subscribe',
        },
        timeline: {
          totalItems: 3, latestPosition: '2020-05-21T20:07:20.862Z',
          jsonLd: { id: '/conversations/kY1QwY/timeline', type: 'hydra:Collection' },
          view: { first: '/conversations/kY1QwY/timeline', next: null, previous: null },
        },
      });
      expect(conversation.latestPreviewableItem).toBeInstanceOf(TextUsMessage);
      expect(conversation.latestPreviewableItem?.id).toBe('textus:message:06oyogE');
    });

    it('maps status "closed" to CLOSED', () => {
      expect(mapStatus('closed')).toBe(ConversationStatus.CLOSED);
    });

    it('maps an unknown currentState to UNKNOWN and keeps it in rawStatus', () => {
      const conversation = mapConversation(parseConversation({ ...seedConversation(), currentState: 'snoozed' }));
      expect(conversation).toMatchObject({ status: ConversationStatus.UNKNOWN, rawStatus: 'snoozed', currentState: 'snoozed' });
    });

    it('leaves the user-info link null in the list shape, which embeds the info', () => {
      const conversation = mapConversation(parseConversation({ ...seedConversation(), requestingUserInfo: { read: true } }));
      expect(conversation.requestingUserInfoPath).toBeNull();
    });
  });

  describe('timeline items', () => {
    it('maps an inbound message with its delivery state, body and attachments', () => {
      const message = mapTimelineItem(seedItems()[0]!, 'kY1QwY');
      expect(message).toBeInstanceOf(TextUsMessage);
      expect(message).toMatchObject({
        id: 'textus:message:06oyogE', nativeId: '06oyogE', kind: MessageKind.MESSAGE, direction: MessageDirection.INBOUND,
        text: 'He once made a weeping willow laugh', html: '<div>He once made a weeping willow laugh</div>',
        createdAt: '2018-07-24T20:59:32.156Z', deliveryStatus: DeliveryStatus.RECEIVED, rawDeliveryStatus: 'received',
        attachmentCount: 0, rawDirection: 'in', senderPath: null, conversationPath: '/conversations/JYnJBY',
        friendlyStateDescription: 'Inbound Message Received', retryAllowed: false, retryPath: null, flags: [],
        source: 'textus', latestEventAt: '2018-07-24T20:59:32.156Z', conversationKey: 'kY1QwY',
        attachments: { totalItems: 0, members: [], jsonLd: { id: '/messages/joZqVWd/attachments' } },
      });
    });

    it('maps an outbound message with its sender link', () => {
      const message = mapTimelineItem(seedItems()[1]!, 'kY1QwY');
      expect(message).toMatchObject({ direction: MessageDirection.OUTBOUND, deliveryStatus: DeliveryStatus.DELIVERED, senderPath: '/users/hikvlD' });
    });

    it('maps a conversation event to kind EVENT and direction SYSTEM', () => {
      const event = mapTimelineItem(seedItems()[2]!, 'kY1QwY');
      expect(event).toBeInstanceOf(TextUsConversationEvent);
      expect(event).toMatchObject({
        id: 'textus:event:Pvwqm5G', kind: MessageKind.EVENT, direction: MessageDirection.SYSTEM, type: 'open',
        createdAt: '2018-10-30T21:01:43.498Z', deliveryStatus: DeliveryStatus.UNKNOWN, userPath: null, assigneePath: null,
      });
    });

    it.each([
      ['in', MessageDirection.INBOUND], ['incoming', MessageDirection.INBOUND], ['out', MessageDirection.OUTBOUND],
      ['outgoing', MessageDirection.OUTBOUND], ['sideways', MessageDirection.UNKNOWN],
    ])('maps direction "%s" to %s', (raw, expected) => {
      expect(mapDirection(raw)).toBe(expected);
    });

    it.each([
      ['created', DeliveryStatus.QUEUED], ['scheduled', DeliveryStatus.QUEUED], ['queued', DeliveryStatus.QUEUED],
      ['dispatched', DeliveryStatus.SENT], ['delivered', DeliveryStatus.DELIVERED], ['received', DeliveryStatus.RECEIVED],
      ['failed', DeliveryStatus.FAILED], ['failed_transient', DeliveryStatus.FAILED], ['unknown', DeliveryStatus.UNKNOWN],
      ['teleported', DeliveryStatus.UNKNOWN],
    ])('maps deliveryState "%s" to %s', (raw, expected) => {
      expect(mapDelivery(raw)).toBe(expected);
    });
  });

  describe('participants', () => {
    it('maps a user to an AGENT with its e-mail and settings', () => {
      const user = mapUser(parseUser(SEED_SENDER));
      expect(user).toBeInstanceOf(TextUsUser);
      expect(user).toMatchObject({
        id: 'textus:user:hikvlD', role: ParticipantRole.AGENT, displayName: 'Carlos Ray', email: 'carlos@textus.example',
        phone: null, avatarUrl: null, membershipsPath: '/users/hikvlD/memberships', settings: { customSettings: {} },
      });
    });

    it('maps an automated actor to a BOT', () => {
      expect(mapUser(parseUser({ ...SEED_SENDER, automatedActor: true })).role).toBe(ParticipantRole.BOT);
    });

    it('maps a contact to a CUSTOMER whose phone is its first number and whose e-mail is null', () => {
      const associated = seedConversation()['associatedContacts'] as { members: unknown[] };
      const contact = mapContact(parseContact(associated.members[0]));
      expect(contact).toBeInstanceOf(TextUsContact);
      expect(contact).toMatchObject({
        id: 'textus:contact:Vled2N', role: ParticipantRole.CUSTOMER, displayName: 'Jamel Hirthe', phone: '+13035551234',
        email: null, firstName: 'Jamel', lastName: 'Hirthe', conversationsPath: '/contacts/DQeeO69/conversations',
        createdAt: '2020-01-06T21:49:58.312Z', data: {}, formattedData: {},
        notes: { totalItems: 0, jsonLd: { id: '/contacts/DQeeO69/notes' } },
        phones: {
          totalItems: 1,
          members: [{
            phoneNumber: '+13035551234', formattedPhoneNumber: '(303) 555-1234', extension: null, type: 'Mobile',
            deliverabilityStatus: 'unknown', contactPath: '/contacts/DQeeO69', jsonLd: { id: '/contact_phones/mxvbRw' },
          }],
        },
      });
    });
  });
});
