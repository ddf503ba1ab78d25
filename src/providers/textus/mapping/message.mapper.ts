import { build } from '../../../kit/build';
import { type Parsed, mapValue } from '../../../kit/wire';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import type { TextUsLinks, TextUsPeopleRef } from '../graphql/links';
import { TextUsConversationEvent, TextUsMessage } from '../graphql/message.type';
import type { TextUsEventWire, TextUsMessageWire, TextUsTimelineItemWire } from '../wire/timeline.wire';
import { jsonLdOf, nodeOf, objectCollectionOf } from './parts.mapper';

// The example sends `in`/`out`; the Message type doc says "incoming or outgoing": both are read.
const DIRECTIONS: Readonly<Record<string, MessageDirection>> = {
  in: MessageDirection.INBOUND,
  incoming: MessageDirection.INBOUND,
  out: MessageDirection.OUTBOUND,
  outgoing: MessageDirection.OUTBOUND,
};

// deliveryState values from the Message type doc; `unknown` means TextUs itself does not know.
const DELIVERY: Readonly<Record<string, DeliveryStatus>> = {
  created: DeliveryStatus.QUEUED,
  scheduled: DeliveryStatus.QUEUED,
  queued: DeliveryStatus.QUEUED,
  dispatched: DeliveryStatus.SENT,
  delivered: DeliveryStatus.DELIVERED,
  received: DeliveryStatus.RECEIVED,
  failed: DeliveryStatus.FAILED,
  failed_transient: DeliveryStatus.FAILED,
  unknown: DeliveryStatus.UNKNOWN,
};

export const mapDirection = (raw: string): MessageDirection => mapValue(raw, DIRECTIONS, MessageDirection.UNKNOWN);
export const mapDelivery = (raw: string | null): DeliveryStatus => mapValue(raw, DELIVERY, DeliveryStatus.UNKNOWN);

/**
 * A timeline item as its class. `conversationKey` is the conversation the item was read in: its
 * contact is an inbound message's sender (items' own `conversation` links are not trusted for
 * that: the documented example points them at other conversations).
 */
export function mapTimelineItem(item: TextUsTimelineItemWire, people: TextUsPeopleRef, links: TextUsLinks): TextUsMessage | TextUsConversationEvent {
  return item.wire['@type'] === 'Message'
    ? mapMessage({ wire: item.wire, raw: item.raw }, people, links)
    : mapEvent({ wire: item.wire, raw: item.raw }, links);
}

/**
 * A message read in a conversation's timeline (`conversation` is its people) or fetched alone
 * (`conversation` is the slug its own link names, or null).
 */
export function mapMessage({ wire, raw }: Parsed<TextUsMessageWire>, conversation: TextUsPeopleRef | string | null, links: TextUsLinks): TextUsMessage {
  const deliveryState = wire.deliveryState ?? null;
  return build(TextUsMessage, {
    ...nodeOf(wire, 'message'),
    kind: MessageKind.MESSAGE,
    direction: mapDirection(wire.direction),
    text: wire.body ?? null,
    html: wire.formattedBody ?? null,
    createdAt: wire.displayTimestamp ?? null,
    deliveryStatus: mapDelivery(deliveryState),
    rawDeliveryStatus: deliveryState,
    attachmentCount: wire.attachments?.totalItems ?? null,
    raw,
    jsonLd: jsonLdOf(wire),
    rawDirection: wire.direction,
    body: wire.body ?? null,
    formattedBody: wire.formattedBody ?? null,
    deliveryState,
    displayTimestamp: wire.displayTimestamp ?? null,
    timelinePosition: wire.timelinePosition,
    conversationPath: wire.conversation ?? null,
    senderPath: wire.sender ?? null,
    attachments: objectCollectionOf(wire.attachments),
    friendlyStateDescription: wire.friendlyStateDescription ?? null,
    retryAllowed: wire.retryAllowed ?? null,
    retryPath: wire.retry ?? null,
    latestEventAt: wire.latestEventAt ?? null,
    flags: wire.flags ?? [],
    source: wire.source ?? null,
    status: wire.status ?? null,
    conversationKey: conversation === null || typeof conversation === 'string' ? conversation : conversation.conversationKey,
    people: conversation === null || typeof conversation === 'string' ? null : conversation,
    links,
  });
}

const refOf = (ref: string | { id: string } | null | undefined): string | null =>
  ref == null ? null : typeof ref === 'string' ? ref : ref.id;

export function mapEvent({ wire, raw }: Parsed<TextUsEventWire>, links: TextUsLinks): TextUsConversationEvent {
  return build(TextUsConversationEvent, {
    ...nodeOf(wire, 'event'),
    kind: MessageKind.EVENT,
    direction: MessageDirection.SYSTEM,
    text: null,
    html: null,
    createdAt: wire.displayTimestamp ?? null,
    deliveryStatus: DeliveryStatus.UNKNOWN,
    rawDeliveryStatus: null,
    attachmentCount: null,
    raw,
    jsonLd: jsonLdOf(wire),
    type: wire.type ?? null,
    displayTimestamp: wire.displayTimestamp ?? null,
    timelinePosition: wire.timelinePosition,
    conversationPath: wire.conversation ?? null,
    userPath: refOf(wire.user),
    assigneePath: refOf(wire.assignee),
    links,
  });
}
