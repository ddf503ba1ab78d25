import { DEFECTS, Unreadable, type WithDefects } from '../../../kit/defects';
import { Channel, ConversationStatus, DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import { MailPerformanceConversation } from '../graphql/conversation.type';
import { MailPerformanceEvent } from '../graphql/event.type';
import type { MailPerformanceLinks } from '../graphql/links';
import { MAILPERFORMANCE } from '../identity';
import { SEED_MESSAGE } from '../simulator/seed';
import { readMessage } from '../wire/message.wire';
import { NO_SUBJECT, mapConversation } from './conversation.mapper';

const links: MailPerformanceLinks = {
  target: () => Promise.reject(new Error('not used')),
  action: () => Promise.reject(new Error('not used')),
  events: () => {
    throw new Error('not used');
  },
};
const map = (body: unknown) => mapConversation(readMessage(body), links, NO_SUBJECT);
const withEvents = (events: unknown[]) => map({ ...SEED_MESSAGE, events });
const at = (date: string) => `2020-01-01T00:00:0${date}Z`;
const reasons = (built: object) => (built as WithDefects)[DEFECTS]?.reasons ?? {};

describe('MailPerformance conversation mapper', () => {
  it('maps every value of the seed message to typed fields, with no field defect', () => {
    const conversation = mapConversation(readMessage(SEED_MESSAGE), links, { value: 'Your order' });
    expect(conversation).toBeInstanceOf(MailPerformanceConversation);
    expect(conversation).toMatchObject({
      id: 'mailperformance:6dc5cd3d-e233-4359-be70-088833f89bff', provider: MAILPERFORMANCE.name,
      nativeId: '6dc5cd3d-e233-4359-be70-088833f89bff', subject: 'Your order',
      status: ConversationStatus.CLOSED, rawStatus: 'received', channel: Channel.EMAIL, rawChannel: 'mail',
      createdAt: '2017-03-31T07:48:16.378Z', updatedAt: '2017-03-31T07:48:20Z', lastActivityAt: '2017-03-31T07:48:20Z',
      preview: null, messageCount: 2, webUrl: null, raw: SEED_MESSAGE,
      type: 'message', media: 'mail', actionId: '000JKG', targetId: '000QE6KY',
    });
    expect(conversation.events?.map((e) => [e.type, e.date, e.origin, e.recipient])).toEqual([
      ['requested', '2017-03-31T07:48:16.378Z', null, null],
      ['received', '2017-03-31T07:48:20Z', 'smtp', 'xxx@yyy.com'],
    ]);
    expect((conversation as WithDefects)[DEFECTS]).toBeUndefined();
  });

  it('projects each event as a SYSTEM EVENT message with its own node id and raw object', () => {
    const [, received] = map(SEED_MESSAGE).events ?? [];
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
    expect(map({ ...SEED_MESSAGE, id: '6DC5CD3D-E233-4359-BE70-088833F89BFF' }).id).toBe('mailperformance:6dc5cd3d-e233-4359-be70-088833f89bff');
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
    expect([conversation.events?.[1]?.deliveryStatus, conversation.events?.[1]?.rawDeliveryStatus]).toEqual([delivery, type]);
  });

  it('reads a numeric event type as an unknown value, shown as text', () => {
    expect(withEvents([{ type: 7, date: at('1') }])).toMatchObject({ status: ConversationStatus.UNKNOWN, rawStatus: '7' });
  });

  it('maps a message without events to UNKNOWN status and null dates, and one without an event list to unknown counts', () => {
    expect(withEvents([])).toMatchObject({ status: ConversationStatus.UNKNOWN, rawStatus: null, createdAt: null, updatedAt: null, messageCount: 0, events: [] });
    expect(map({ id: SEED_MESSAGE['id'] })).toMatchObject({ status: ConversationStatus.UNKNOWN, messageCount: null, events: null, targetId: null, actionId: null });
  });

  it.each([
    ['mail', Channel.EMAIL],
    ['sms', Channel.SMS],
    ['push', Channel.UNKNOWN],
  ])('maps media "%s" to channel %s', (media, channel) => {
    const conversation = map({ ...SEED_MESSAGE, media });
    expect([conversation.channel, conversation.rawChannel]).toEqual([channel, media]);
  });

  it('hands every event the links and the message it belongs to', () => {
    const conversation = map(SEED_MESSAGE);
    expect(conversation.links).toBe(links);
    expect(conversation.events?.every((event) => event.links === links && event.messageId === conversation.nativeId)).toBe(true);
  });

  describe('unreadable parts', () => {
    it('keeps an unreadable event in its place in the timeline, keyed by its index, and leaves it out of events', () => {
      const conversation = withEvents([{ type: 'requested', date: at('1') }, 'garbage', { type: 'received', date: at('3') }]);
      expect(conversation.timeline[1]).toBeInstanceOf(Unreadable);
      expect((conversation.timeline[1] as Unreadable).key).toBe(`${conversation.nativeId}.1`);
      expect(conversation.events?.map((e) => e.index)).toEqual([0, 2]);
      expect(conversation.messageCount).toBe(3);
      expect(reasons(conversation)).toEqual({ events: expect.stringMatching(/^message\.events\.1: expected a JSON object/) });
    });

    it('makes createdAt an error when the first event date is unreadable, and the status fields when the last event is', () => {
      const conversation = withEvents([{ type: 'requested', date: 'soon' }, 5]);
      expect(Object.keys(reasons(conversation)).sort()).toEqual(['createdAt', 'events', 'lastActivityAt', 'lastMessage', 'rawStatus', 'updatedAt']);
      expect(reasons(conversation)['createdAt']).toMatch(/^message\.events\.0\.date: /);
      expect(conversation.status).toBe(ConversationStatus.UNKNOWN);
    });

    it('makes the target links errors when the target code is unreadable, and the event list fields when events is', () => {
      expect(Object.keys(reasons(map({ ...SEED_MESSAGE, target: '../x' }))).sort()).toEqual(['customer', 'participants', 'target', 'targetId']);
      expect(Object.keys(reasons(map({ ...SEED_MESSAGE, events: {} }))).sort()).toEqual(
        ['createdAt', 'events', 'lastActivityAt', 'lastMessage', 'messageCount', 'messages', 'rawStatus', 'updatedAt'],
      );
    });

    it('makes subject an error, and only subject, when the client could not read it', () => {
      const conversation = mapConversation(readMessage(SEED_MESSAGE), links, { unreadable: 'subject: action 000JKG could not be read (PROVIDER_UNAVAILABLE)' });
      expect(conversation.subject).toBeNull();
      expect(reasons(conversation)).toEqual({ subject: 'subject: action 000JKG could not be read (PROVIDER_UNAVAILABLE)' });
    });
  });
});
