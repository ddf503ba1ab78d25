import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import type { TextUsLinks, TextUsPeopleRef } from '../graphql/links';
import { TextUsConversationEvent, TextUsMessage } from '../graphql/message.type';
import { seedConversation } from '../simulator/seed';
import { Unreadable } from '../../../kit/defects';
import { parseMessage, readTimelineItem, type TextUsTimelineItemRead } from '../wire/timeline.wire';
import { mapDelivery, mapDirection, mapMessage, mapTimelineItem } from './message.mapper';

/** The mappers only hand links on; a test that follows one has a bug. */
const fail = (): never => {
  throw new Error('a mapper must not follow links');
};
const links: TextUsLinks = {
  messages: fail, firstTimelinePage: fail, newestMessage: fail, contacts: fail, users: fail, everyone: fail,
  assignments: fail, timeline: fail, item: fail, userInfo: fail, user: fail, contactOf: fail,
};

const people: TextUsPeopleRef = { conversationKey: 'kY1QwY', contacts: null, users: null };
const seedItemBodies = (): unknown[] => (seedConversation()['timeline'] as { members: unknown[] }).members;
const seedItems = (): TextUsTimelineItemRead[] =>
  seedItemBodies().map(readTimelineItem).filter((item): item is TextUsTimelineItemRead => !(item instanceof Unreadable));

describe('TextUs timeline item mapper', () => {
  it('maps an inbound message with its delivery state, body and attachments', () => {
    const message = mapTimelineItem(seedItems()[0]!, people, links);
    expect(message).toBeInstanceOf(TextUsMessage);
    expect(message).toMatchObject({
      id: 'textus:message:06oyogE', nativeId: '06oyogE', kind: MessageKind.MESSAGE, direction: MessageDirection.INBOUND,
      text: 'He once made a weeping willow laugh', html: '<div>He once made a weeping willow laugh</div>',
      createdAt: '2018-07-24T20:59:32.156Z', deliveryStatus: DeliveryStatus.RECEIVED, rawDeliveryStatus: 'received',
      attachmentCount: 0, rawDirection: 'in', senderPath: null, conversationPath: '/conversations/JYnJBY',
      friendlyStateDescription: 'Inbound Message Received', retryAllowed: false, retryPath: null, flags: [],
      source: 'textus', latestEventAt: '2018-07-24T20:59:32.156Z', conversationKey: 'kY1QwY',
      attachments: { totalItems: 0, members: [], jsonLd: { path: '/messages/joZqVWd/attachments' } },
    });
  });

  it('maps an outbound message with its sender link', () => {
    const message = mapTimelineItem(seedItems()[1]!, people, links);
    expect(message).toMatchObject({ direction: MessageDirection.OUTBOUND, deliveryStatus: DeliveryStatus.DELIVERED, senderPath: '/users/hikvlD' });
  });

  it('maps a conversation event to kind EVENT and direction SYSTEM', () => {
    const event = mapTimelineItem(seedItems()[2]!, people, links);
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

  it('remembers the people of the conversation an item was read in, for its inbound sender', () => {
    const message = mapTimelineItem(seedItems()[0]!, people, links) as TextUsMessage;
    expect(message.people).toBe(people);
    expect(message.links).toBe(links);
  });

  it('takes the conversation of a message fetched alone from its own link', () => {
    const message = mapMessage(parseMessage(seedItemBodies()[0]), 'JYnJBY', links);
    expect(message).toMatchObject({ conversationKey: 'JYnJBY', people: null });
  });
});
