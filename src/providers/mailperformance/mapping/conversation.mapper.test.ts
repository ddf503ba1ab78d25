import { Channel, ConversationStatus, DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import { MailPerformanceConversation } from '../graphql/conversation.type';
import { MailPerformanceEvent } from '../graphql/event.type';
import type { MailPerformanceLinks } from '../graphql/links';
import { MAILPERFORMANCE } from '../identity';
import { SEED_MESSAGE } from '../simulator/seed';
import { parseMessage } from '../wire/message.wire';
import { mapConversation } from './conversation.mapper';

const links: MailPerformanceLinks = {
  target: () => Promise.reject(new Error('not used')),
  action: () => Promise.reject(new Error('not used')),
  events: () => {
    throw new Error('not used');
  },
};
const withEvents = (events: unknown[]) => mapConversation(parseMessage({ ...SEED_MESSAGE, events }), links, null);
const at = (date: string) => `2020-01-01T00:00:0${date}Z`;

describe('MailPerformance conversation mapper', () => {
  it('maps every value of the seed message to typed fields', () => {
    const conversation = mapConversation(parseMessage(SEED_MESSAGE), links, 'Your order');
    expect(conversation).toBeInstanceOf(MailPerformanceConversation);
    expect(conversation).toMatchObject({
      id: 'mailperformance:6dc5cd3d-e233-4359-be70-088833f89bff', provider: MAILPERFORMANCE.name,
      nativeId: '6dc5cd3d-e233-4359-be70-088833f89bff', subject: 'Your order',
      status: ConversationStatus.CLOSED, rawStatus: 'received', channel: Channel.EMAIL, rawChannel: 'mail',
      createdAt: '2017-03-31T07:48:16.378Z', updatedAt: '2017-03-31T07:48:20Z', lastActivityAt: '2017-03-31T07:48:20Z',
      preview: null, messageCount: 2, webUrl: null, raw: SEED_MESSAGE,
      type: 'message', media: 'mail', actionId: '000JKG', targetId: '000QE6KY',
    });
    expect(conversation.events.map((e) => [e.type, e.date, e.origin, e.recipient])).toEqual([
      ['requested', '2017-03-31T07:48:16.378Z', null, null],
      ['received', '2017-03-31T07:48:20Z', 'smtp', 'xxx@yyy.com'],
    ]);
  });

  it('projects each event as a SYSTEM EVENT message with its own node id and raw object', () => {
    const [, received] = mapConversation(parseMessage(SEED_MESSAGE), links, null).events;
    expect(received).toBeInstanceOf(MailPerformanceEvent);
    expect(received).toMatchObject({
      id: 'mailperformance:event:6dc5cd3d-e233-4359-be70-088833f89bff.1', nativeId: '6dc5cd3d-e233-4359-be70-088833f89bff.1',
      kind: MessageKind.EVENT, direction: MessageDirection.SYSTEM, text: null, html: null, attachmentCount: null,
      createdAt: '2017-03-31T07:48:20Z', deliveryStatus: DeliveryStatus.DELIVERED, rawDeliveryStatus: 'received',
      index: 1, messageId: '6dc5cd3d-e233-4359-be70-088833f89bff', targetId: '000QE6KY',
      raw: { type: 'received', origin: 'smtp', date: '2017-03-31T07:48:20Z', recipient: 'xxx@yyy.com' },
    });
  });

  it('lower-cases an upper-case message id so the global id is canonical', () => {
    const conversation = mapConversation(parseMessage({ ...SEED_MESSAGE, id: '6DC5CD3D-E233-4359-BE70-088833F89BFF' }), links, null);
    expect(conversation.id).toBe('mailperformance:6dc5cd3d-e233-4359-be70-088833f89bff');
  });

  it.each([
    ['requested', ConversationStatus.PENDING, DeliveryStatus.QUEUED],
    ['received', ConversationStatus.CLOSED, DeliveryStatus.DELIVERED],
    ['bounced', ConversationStatus.CLOSED, DeliveryStatus.FAILED],
    ['canceled', ConversationStatus.CLOSED, DeliveryStatus.CANCELED],
    ['opened', ConversationStatus.UNKNOWN, DeliveryStatus.UNKNOWN],
  ])('maps a last event "%s" to status %s and delivery status %s, keeping the raw value', (type, status, delivery) => {
    const conversation = withEvents([{ type: 'requested', date: at('1') }, { type, date: at('2') }]);
    expect([conversation.status, conversation.rawStatus]).toEqual([status, type]);
    expect([conversation.events[1]?.deliveryStatus, conversation.events[1]?.rawDeliveryStatus]).toEqual([delivery, type]);
  });

  it('maps a message without events to UNKNOWN status and null dates', () => {
    expect(withEvents([])).toMatchObject({ status: ConversationStatus.UNKNOWN, rawStatus: null, createdAt: null, updatedAt: null, messageCount: 0 });
  });

  it.each([
    ['mail', Channel.EMAIL],
    ['sms', Channel.SMS],
    ['push', Channel.UNKNOWN],
  ])('maps media "%s" to channel %s', (media, channel) => {
    const conversation = mapConversation(parseMessage({ ...SEED_MESSAGE, media }), links, null);
    expect([conversation.channel, conversation.rawChannel]).toEqual([channel, media]);
  });

  it('hands every event the links and the message it belongs to', () => {
    const conversation = mapConversation(parseMessage(SEED_MESSAGE), links, null);
    expect(conversation.links).toBe(links);
    expect(conversation.events.every((event) => event.links === links && event.messageId === conversation.nativeId)).toBe(true);
  });
});
