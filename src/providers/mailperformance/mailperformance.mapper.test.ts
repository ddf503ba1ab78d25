import { Channel, ConversationStatus, DeliveryStatus, MessageDirection, MessageKind, ParticipantRole, Provider } from '../../schema/enums';
import { MailPerformanceConversation, pageOfEvents } from './mailperformance-conversation.type';
import { MailPerformanceEvent } from './mailperformance-event.type';
import { mapAction, mapTarget } from './mailperformance-resources.mapper';
import { MailPerformanceTarget } from './mailperformance-target.type';
import { parseTargetFields } from './mailperformance.config';
import type { MailPerformanceLinks } from './mailperformance.links';
import { mapConversation } from './mailperformance.mapper';
import { SEED_ACTION, SEED_MESSAGE, SEED_TARGET } from './mailperformance.sim-data';
import { parseAction, parseMessage, parseTarget } from './mailperformance.wire';

const links: MailPerformanceLinks = {
  target: () => Promise.reject(new Error('not used')),
  action: () => Promise.reject(new Error('not used')),
};
const withEvents = (events: unknown[]) => mapConversation(parseMessage({ ...SEED_MESSAGE, events }), links, null);
const at = (date: string) => `2020-01-01T00:00:0${date}Z`;

describe('MailPerformance mapper', () => {
  it('maps every value of the seed message to typed fields', () => {
    const conversation = mapConversation(parseMessage(SEED_MESSAGE), links, 'Your order');
    expect(conversation).toBeInstanceOf(MailPerformanceConversation);
    expect(conversation).toMatchObject({
      id: 'mailperformance:6dc5cd3d-e233-4359-be70-088833f89bff', provider: Provider.MAIL_PERFORMANCE,
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

  describe('target', () => {
    const fields = parseTargetFields({});

    it('maps the seed target as a CUSTOMER with email, phone and names from the default field map', () => {
      const target = mapTarget(parseTarget(SEED_TARGET), fields);
      expect(target).toBeInstanceOf(MailPerformanceTarget);
      expect(target).toMatchObject({
        id: 'mailperformance:target:000QE6KY', nativeId: '000QE6KY', provider: Provider.MAIL_PERFORMANCE, role: ParticipantRole.CUSTOMER,
        displayName: 'Xavier Yvon', firstName: 'Xavier', lastName: 'Yvon', email: 'xxx@yyy.com', phone: '+33612345678', avatarUrl: null,
        creationDate: '2016-04-04T08:55:00Z', lastUpdateDate: '2016-04-25T14:27:00Z', fields: SEED_TARGET['fields'],
        bounce: [], redList: null, raw: SEED_TARGET,
      });
    });

    it('leaves email and names null when the field map does not name them or the values are blank', () => {
      const target = mapTarget(parseTarget({ ...SEED_TARGET, fields: { '8101': '  ', '8103': 'a@b.c' } }), { phone: '8104' });
      expect(target).toMatchObject({ displayName: null, email: null, phone: null, firstName: null });
    });

    it('maps bounces and a red list with numeric values as text', () => {
      const target = mapTarget(parseTarget({
        ...SEED_TARGET,
        bounce: [{ field: 8103, type: 'hard', timestamp: 1459760100, reason: 'unknown user' }],
        redList: { mail: { timestamp: '1459760100', reason: 'complaint' } },
      }), fields);
      expect(target.bounce).toEqual([expect.objectContaining({ field: '8103', type: 'hard', timestamp: '1459760100', reason: 'unknown user' })]);
      expect(target.redList).toMatchObject({ mail: { timestamp: '1459760100', reason: 'complaint' }, sms: null });
    });
  });

  it('maps the seed action with typed content and free-form settings', () => {
    expect(mapAction(parseAction(SEED_ACTION))).toMatchObject({
      id: 'mailperformance:action:000JKG', nativeId: '000JKG', type: 'mailMessage', name: 'Order confirmation',
      creationDate: '2017-03-01T09:12:00Z', informations: { folder: null, category: '12', state: 38 },
      settings: SEED_ACTION['settings'], scheduler: null, raw: SEED_ACTION,
      content: {
        subject: 'Your order is confirmed', text: 'Hello [[8101]], your order is confirmed.',
        headers: { from: { prefix: 'orders', domain: 'yyy.com', label: 'YYY Shop' }, reply: 'support@yyy.com' },
      },
    });
  });

  describe('pageOfEvents', () => {
    const events = withEvents(Array.from({ length: 5 }, (_, i) => ({ type: 'requested', date: at(String(i)) }))).events;

    it('returns the first page with index cursors and the total', () => {
      const page = pageOfEvents(events, { first: 2, after: null });
      expect(page.items.map((i) => i.cursor)).toEqual([0, 1]);
      expect([page.hasNextPage, page.totalCount]).toEqual([true, 5]);
    });

    it('continues right after the cursor and stops at the end', () => {
      const page = pageOfEvents(events, { first: 10, after: 2 });
      expect(page.items.map((i) => i.cursor)).toEqual([3, 4]);
      expect(page.hasNextPage).toBe(false);
    });

    it.each([['-1', -1], ['a string', 'x'], ['a fraction', 1.5], ['an object', { page: 2 }]])('refuses a cursor holding %s with BAD_USER_INPUT', (_, after) => {
      let error: unknown;
      try {
        pageOfEvents(events, { first: 2, after });
      } catch (caught) {
        error = caught;
      }
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Cursor is not a MailPerformance event cursor' });
    });
  });
});
