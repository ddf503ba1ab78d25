import { build } from '../../../kit/build';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import { mapValue, type Parsed } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import { conversationUuidOf, messageNodeKey, messageUuidOf } from '../api/keys';
import type { LayerScope } from '../graphql/links';
import { LayerConversationRef, LayerMessage, LayerMessagePart, LayerRecipientStatus, LayerSenderRef } from '../graphql/message.type';
import { LAYER } from '../identity';
import type { LayerMessageWire, LayerPartWire, LayerSenderWire } from '../wire/message.wire';

// Layer's recipient states, weakest first: a message is as far along as its slowest recipient.
const DELIVERY_RANK: Readonly<Record<string, number>> = { sent: 0, delivered: 1, read: 2 };
const DELIVERY: Readonly<Record<string, DeliveryStatus>> = {
  sent: DeliveryStatus.SENT,
  delivered: DeliveryStatus.DELIVERED,
  read: DeliveryStatus.READ,
};
export const TEXT = 'text/plain';
const HTML = 'text/html';

/** A member of an untouched upstream object, when it is an object. */
export const rawMember = (raw: JsonObject, key: string): JsonObject | null => {
  const value = raw[key];
  return isJsonObject(value) ? value : null;
};

/** The bodies of the parts of one MIME type, joined by newlines; null when there is none. */
export function joinedBodies(parts: LayerPartWire[], mimeType: string): string | null {
  const bodies = parts.filter((part) => part.mime_type.toLowerCase() === mimeType && typeof part.body === 'string');
  return bodies.length === 0 ? null : bodies.map((part) => part.body).join('\n');
}

/** Slowest state among recipients other than the sender: `read` only once everyone has read it. */
export function aggregateDelivery(status: Readonly<Record<string, string>>, senderId: string | null): string | null {
  let slowest: string | null = null;
  for (const [userId, state] of Object.entries(status)) {
    if (userId === senderId) continue;
    // An unknown state wins: the aggregate must not claim more than Layer said.
    const rank = DELIVERY_RANK[state] ?? -1;
    if (slowest === null || rank < (DELIVERY_RANK[slowest] ?? -1)) slowest = state;
  }
  return slowest;
}

function direction(sender: LayerSenderWire, viewer: string | null): MessageDirection {
  if (sender.user_id === null) return MessageDirection.SYSTEM;
  if (viewer === null) return MessageDirection.UNKNOWN;
  return sender.user_id === viewer ? MessageDirection.OUTBOUND : MessageDirection.INBOUND;
}

function mapPart(part: LayerPartWire): LayerMessagePart {
  return build(LayerMessagePart, {
    layerUri: part.id ?? null, mimeType: part.mime_type, body: part.body ?? null, encoding: part.encoding ?? null, content: part.content ?? null,
  });
}

/** Maps a v1.0 message; `viewer` is the perspective user when they take part in the conversation. */
export function mapLayerMessage({ wire, raw }: Parsed<LayerMessageWire>, scope: LayerScope, viewer: string | null): LayerMessage {
  const conversationKey = conversationUuidOf(wire.conversation.id);
  const messageKey = messageUuidOf(wire.id);
  const senderId = wire.sender.user_id;
  const rawDelivery = aggregateDelivery(wire.recipient_status, senderId);
  const isText = (part: LayerPartWire): boolean => [TEXT, HTML].includes(part.mime_type.toLowerCase());
  return build(LayerMessage, {
    id: formatGlobalId(LAYER.slug, messageNodeKey(conversationKey, messageKey), 'message'),
    provider: LAYER.name,
    nativeId: wire.id,
    kind: MessageKind.MESSAGE,
    direction: direction(wire.sender, viewer),
    text: joinedBodies(wire.parts, TEXT),
    html: joinedBodies(wire.parts, HTML),
    createdAt: wire.sent_at,
    deliveryStatus: mapValue(rawDelivery, DELIVERY, DeliveryStatus.UNKNOWN),
    rawDeliveryStatus: rawDelivery,
    attachmentCount: wire.parts.filter((part) => !isText(part)).length,
    raw,
    layerUri: wire.id,
    url: wire.url ?? null,
    position: wire.position ?? null,
    parts: wire.parts.map(mapPart),
    sentAt: wire.sent_at,
    receivedAt: wire.received_at ?? null,
    isUnread: wire.is_unread ?? null,
    senderRef: build(LayerSenderRef, { userId: senderId, name: wire.sender.name ?? null }),
    recipientStatus: Object.entries(wire.recipient_status).map(([userId, status]) => build(LayerRecipientStatus, { userId, status })),
    conversationRef: build(LayerConversationRef, { layerUri: wire.conversation.id, url: wire.conversation.url ?? null }),
    conversationKey,
    senderRaw: rawMember(raw, 'sender'),
    recipientIds: Object.keys(wire.recipient_status).filter((userId) => userId !== senderId),
    scope,
  });
}
