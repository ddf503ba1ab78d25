import { build } from '../../../kit/build';
import type { Defects, FieldDefects } from '../../../kit/defects';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
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
export function joinedBodies(parts: readonly LayerPartWire[] | null | undefined, mimeType: string): string | null {
  const bodies = (parts ?? []).filter((part) => part.mime_type?.toLowerCase() === mimeType && typeof part.body === 'string');
  return bodies.length === 0 ? null : bodies.map((part) => part.body).join('\n');
}

/** Slowest state among recipients other than the sender: `read` only once everyone has read it. */
export function aggregateDelivery(status: Readonly<Record<string, string>> | null | undefined, senderId: string | null): string | null {
  let slowest: string | null = null;
  for (const [userId, state] of Object.entries(status ?? {})) {
    if (userId === senderId) continue;
    // An unknown state wins: the aggregate must not claim more than Layer said.
    const rank = DELIVERY_RANK[state] ?? -1;
    if (slowest === null || rank < (DELIVERY_RANK[slowest] ?? -1)) slowest = state;
  }
  return slowest;
}

function direction(sender: LayerSenderWire | null | undefined, viewer: string | null): MessageDirection {
  // `user_id: null` is documented for system messages; an absent or unreadable sender says nothing.
  if (sender?.user_id === null) return MessageDirection.SYSTEM;
  if (viewer === null || !sender?.user_id) return MessageDirection.UNKNOWN;
  return sender.user_id === viewer ? MessageDirection.OUTBOUND : MessageDirection.INBOUND;
}

function mapPart(part: LayerPartWire, defects: Defects): LayerMessagePart {
  return build(LayerMessagePart, {
    layerUri: part.id ?? null, mimeType: part.mime_type ?? null, body: part.body ?? null, encoding: part.encoding ?? null, content: part.content ?? null,
  }, defects.forFields({ layerUri: ['id'], mimeType: ['mime_type'] }));
}

/** Fields computed from message keys of other names. */
const SOURCES = {
  layerUri: ['id'], sentAt: ['sent_at'], createdAt: ['sent_at'], receivedAt: ['received_at'], isUnread: ['is_unread'],
  senderRef: ['sender'], recipientStatus: ['recipient_status'], rawDeliveryStatus: ['recipient_status', 'sender'],
  conversationRef: ['conversation'], text: ['parts'], html: ['parts'], attachmentCount: ['parts'],
} as const;

/**
 * The message's field defects. A part left out of `parts`, or a part's unreadable key, also
 * makes text, html and the attachment count unknown. `recipients` and `conversation` never
 * show one: recipients come from `recipient_status` (reported at `recipientStatus`) and the
 * conversation link is known from where the message was read, not from its `conversation` key.
 */
function messageFields(defects: Defects): FieldDefects | undefined {
  const fields = defects.forFields(SOURCES, ['parts', 'sender']);
  const reasons: Record<string, string> = { ...fields?.reasons };
  const partLoss = defects.under('parts').messages[0];
  if (partLoss !== undefined) for (const field of ['text', 'html', 'attachmentCount']) reasons[field] ??= partLoss;
  const senderLoss = defects.under('sender').messages[0];
  if (senderLoss !== undefined) for (const field of ['senderRef', 'sender', 'rawDeliveryStatus']) reasons[field] ??= senderLoss;
  delete reasons['recipients'];
  delete reasons['conversation'];
  return Object.keys(reasons).length === 0 ? undefined : { provider: LAYER.slug, reasons };
}

/**
 * Maps a v1.0 message; `viewer` is the perspective user when they take part in the conversation,
 * `conversationKey` the conversation it was read from (its `conversation` key may be missing).
 */
export function mapLayerMessage(
  { wire, raw, defects }: Tolerant<LayerMessageWire>,
  scope: LayerScope,
  viewer: string | null,
  conversationKey: string = conversationUuidOf(wire.conversation?.id ?? ''),
): LayerMessage {
  const messageKey = messageUuidOf(wire.id);
  const senderId = wire.sender?.user_id ?? null;
  const rawDelivery = aggregateDelivery(wire.recipient_status, senderId);
  const parts = wire.parts ?? [];
  const isText = (part: LayerPartWire): boolean => [TEXT, HTML].includes(part.mime_type?.toLowerCase() ?? '');
  return build(LayerMessage, {
    id: formatGlobalId(LAYER.slug, messageNodeKey(conversationKey, messageKey), 'message'),
    provider: LAYER.name,
    nativeId: wire.id,
    kind: MessageKind.MESSAGE,
    direction: direction(wire.sender, viewer),
    text: joinedBodies(wire.parts, TEXT),
    html: joinedBodies(wire.parts, HTML),
    createdAt: wire.sent_at ?? null,
    deliveryStatus: mapValue(rawDelivery, DELIVERY, DeliveryStatus.UNKNOWN),
    rawDeliveryStatus: rawDelivery,
    attachmentCount: wire.parts ? parts.filter((part) => !isText(part)).length : null,
    raw,
    layerUri: wire.id,
    url: wire.url ?? null,
    position: wire.position ?? null,
    parts: wire.parts?.map((part, i) => mapPart(part, defects.under('parts', i))) ?? null,
    sentAt: wire.sent_at ?? null,
    receivedAt: wire.received_at ?? null,
    isUnread: wire.is_unread ?? null,
    senderRef: wire.sender ? build(LayerSenderRef, { userId: senderId, name: wire.sender.name ?? null }) : null,
    recipientStatus: wire.recipient_status
      ? Object.entries(wire.recipient_status).map(([userId, status]) => build(LayerRecipientStatus, { userId, status }))
      : null,
    conversationRef: wire.conversation ? build(LayerConversationRef, { layerUri: wire.conversation.id, url: wire.conversation.url ?? null }) : null,
    conversationKey,
    senderRaw: rawMember(raw, 'sender'),
    // Without `recipient_status` (the system perspective of a single message) no recipient is known.
    recipientIds: Object.keys(wire.recipient_status ?? {}).filter((userId) => userId !== senderId),
    scope,
  }, messageFields(defects));
}
