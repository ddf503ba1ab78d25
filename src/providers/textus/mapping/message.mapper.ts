import { badResponse } from '../../../errors/parley-error';
import { build } from '../../../kit/build';
import type { Unreadable } from '../../../kit/defects';
import { isJsonObject } from '../../../kit/json';
import { readTolerant, type Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import type { TextUsLinks, TextUsPeopleRef } from '../graphql/links';
import { TextUsConversationEvent, TextUsMessage, TextUsTimelineItem } from '../graphql/message.type';
import type { TextUsUser } from '../graphql/participant.type';
import { TEXTUS } from '../identity';
import { slugOf } from '../wire/ld.wire';
import { zUser } from '../wire/people.wire';
import type { TextUsEventWire, TextUsMessageWire, TextUsOtherItemWire, TextUsTimelineItemRead } from '../wire/timeline.wire';
import { LD_SOURCES, jsonLdOf, nodeOf, objectCollectionOf } from './parts.mapper';
import { mapUser } from './participant.mapper';

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


export const mapDirection = (raw: string | null): MessageDirection => mapValue(raw, DIRECTIONS, MessageDirection.UNKNOWN);
export const mapDelivery = (raw: string | null): DeliveryStatus => mapValue(raw, DELIVERY, DeliveryStatus.UNKNOWN);

/** The error an unreadable list item shows where it is selected. */
export const itemError = (item: Unreadable): Error => badResponse(item.provider, item.reason);

/**
 * A timeline item as its class. `conversation` is the conversation the item was read in (its
 * people: the contact is an inbound message's sender) or, for an item fetched alone, the slug its
 * own link names; items' own `conversation` links are not trusted inside a timeline (the
 * documented example points them at other conversations).
 */
export function mapTimelineItem(
  item: TextUsTimelineItemRead,
  conversation: TextUsPeopleRef | string | null,
  links: TextUsLinks,
): TextUsMessage | TextUsConversationEvent | TextUsTimelineItem {
  if (item.kind === 'message') return mapMessage(item.read, conversation, links);
  if (item.kind === 'event') return mapEvent(item.read, links);
  return mapOtherItem(item.read);
}

/** An embedded sender User: mapped now (no request), or the error of its unreadable id. */
function senderUserOf(sender: TextUsMessageWire['sender']): TextUsUser | Error | null {
  if (!isJsonObject(sender)) return null;
  try {
    return mapUser(readTolerant(zUser, sender, { provider: TEXTUS.slug, what: 'message.sender', identity: ['id'] }));
  } catch (error) {
    return error as Error;
  }
}

const senderPathOf = (sender: TextUsMessageWire['sender']): string | null =>
  typeof sender === 'string' ? sender : isJsonObject(sender) && typeof sender['id'] === 'string' ? sender['id'] : null;

const MESSAGE_SOURCES = {
  ...LD_SOURCES, direction: ['direction'], rawDirection: ['direction'], text: ['body'], html: ['formattedBody'],
  createdAt: ['displayTimestamp'], deliveryStatus: ['deliveryState'], rawDeliveryStatus: ['deliveryState'],
  attachmentCount: ['attachments'], conversationPath: ['conversation'], senderPath: ['sender'], sender: ['sender'], retryPath: ['retry'],
};

export function mapMessage({ wire, raw, defects }: Tolerant<TextUsMessageWire>, conversation: TextUsPeopleRef | string | null, links: TextUsLinks): TextUsMessage {
  const deliveryState = wire.deliveryState ?? null;
  const direction = wire.direction ?? null;
  // Fields listed one by one, never spread in (see `build`).
  const node = nodeOf(wire, 'message');
  return build(TextUsMessage, {
    id: node.id,
    provider: node.provider,
    nativeId: node.nativeId,
    kind: MessageKind.MESSAGE,
    direction: mapDirection(direction),
    text: wire.body ?? null,
    html: wire.formattedBody ?? null,
    createdAt: wire.displayTimestamp ?? null,
    deliveryStatus: mapDelivery(deliveryState),
    rawDeliveryStatus: deliveryState,
    attachmentCount: wire.attachments?.totalItems ?? null,
    raw,
    jsonLd: jsonLdOf(wire),
    rawDirection: direction,
    body: wire.body ?? null,
    formattedBody: wire.formattedBody ?? null,
    deliveryState,
    displayTimestamp: wire.displayTimestamp ?? null,
    timelinePosition: wire.timelinePosition ?? null,
    conversationPath: wire.conversation ?? null,
    senderPath: senderPathOf(wire.sender),
    senderUser: senderUserOf(wire.sender),
    attachments: objectCollectionOf(wire.attachments, defects.under('attachments')),
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
  }, defects.forFields(MESSAGE_SOURCES, ['attachments']));
}

const refOf = (ref: string | { id: string } | null | undefined): string | null =>
  ref == null ? null : typeof ref === 'string' ? ref : ref.id;

/** What an event and an item of an unlisted type share: no text, no delivery, the timeline place. */
function nonMessageFields(wire: TextUsEventWire | TextUsOtherItemWire, raw: Tolerant<unknown>['raw'], direction: MessageDirection) {
  return {
    direction,
    text: null,
    html: null,
    createdAt: wire.displayTimestamp ?? null,
    deliveryStatus: DeliveryStatus.UNKNOWN,
    rawDeliveryStatus: null,
    attachmentCount: null,
    raw,
    jsonLd: jsonLdOf(wire),
    displayTimestamp: wire.displayTimestamp ?? null,
    timelinePosition: wire.timelinePosition ?? null,
    conversationPath: wire.conversation ?? null,
  };
}

const EVENT_SOURCES = {
  ...LD_SOURCES, createdAt: ['displayTimestamp'], conversationPath: ['conversation'], userPath: ['user'], sender: ['user'], assigneePath: ['assignee'],
};

export function mapEvent({ wire, raw, defects }: Tolerant<TextUsEventWire>, links: TextUsLinks): TextUsConversationEvent {
  const node = nodeOf(wire, 'event');
  const shared = nonMessageFields(wire, raw, MessageDirection.SYSTEM);
  return build(TextUsConversationEvent, {
    id: node.id,
    provider: node.provider,
    nativeId: node.nativeId,
    direction: shared.direction,
    text: shared.text,
    html: shared.html,
    createdAt: shared.createdAt,
    deliveryStatus: shared.deliveryStatus,
    rawDeliveryStatus: shared.rawDeliveryStatus,
    attachmentCount: shared.attachmentCount,
    raw: shared.raw,
    jsonLd: shared.jsonLd,
    displayTimestamp: shared.displayTimestamp,
    timelinePosition: shared.timelinePosition,
    conversationPath: shared.conversationPath,
    kind: MessageKind.EVENT,
    type: wire.type ?? null,
    userPath: refOf(wire.user),
    assigneePath: refOf(wire.assignee),
    links,
  }, defects.forFields(EVENT_SOURCES));
}

/** Global id of an item of an unlisted type: `textus:item:<collection>.<slug>`, fetchable again. */
export function otherItemKey(idPath: string): string {
  const collection = idPath.slice(1, idPath.lastIndexOf('/'));
  return `${collection}.${slugOf(idPath)}`;
}

const OTHER_SOURCES = { ...LD_SOURCES, rawType: ['@type'], createdAt: ['displayTimestamp'], conversationPath: ['conversation'] };

/** A member of an `@type` the docs do not list: data with its type, never an error. */
export function mapOtherItem({ wire, raw, defects }: Tolerant<TextUsOtherItemWire>): TextUsTimelineItem {
  const shared = nonMessageFields(wire, raw, MessageDirection.UNKNOWN);
  return build(TextUsTimelineItem, {
    id: `${TEXTUS.slug}:item:${otherItemKey(wire.id)}`,
    provider: TEXTUS.name,
    nativeId: slugOf(wire.id),
    direction: shared.direction,
    text: shared.text,
    html: shared.html,
    createdAt: shared.createdAt,
    deliveryStatus: shared.deliveryStatus,
    rawDeliveryStatus: shared.rawDeliveryStatus,
    attachmentCount: shared.attachmentCount,
    raw: shared.raw,
    jsonLd: shared.jsonLd,
    displayTimestamp: shared.displayTimestamp,
    timelinePosition: shared.timelinePosition,
    conversationPath: shared.conversationPath,
    kind: MessageKind.UNKNOWN,
    rawType: wire['@type'] ?? null,
  }, defects.forFields(OTHER_SOURCES));
}
