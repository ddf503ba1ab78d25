import { Channel, ConversationStatus, DeliveryStatus, MessageDirection, MessageKind, ParticipantRole, Provider } from '../../schema/enums';
import { formatGlobalId } from '../../ids/global-id';
import { isJsonObject, type JsonObject } from '../shared/json';
import { mapValue, type Parsed } from '../shared/wire';
import { LAYER_SLUG, type LayerSettings } from './layer.config';
import { LayerConversation } from './layer-conversation.type';
import { LayerConversationRef, LayerMessage, LayerMessagePart, LayerRecipientStatus, LayerSenderRef } from './layer-message.type';
import { LayerIdentity, LayerSystemSender } from './layer-participant.type';
import {
  conversationUuidOf, messageUuidOf,
  type LayerConversationWire, type LayerIdentityWire, type LayerMessageWire, type LayerPartWire, type LayerSenderWire,
} from './layer.wire';

// Layer's recipient states, weakest first: a message is as far along as its slowest recipient.
const DELIVERY_RANK: Readonly<Record<string, number>> = { sent: 0, delivered: 1, read: 2 };
const DELIVERY: Readonly<Record<string, DeliveryStatus>> = {
  sent: DeliveryStatus.SENT,
  delivered: DeliveryStatus.DELIVERED,
  read: DeliveryStatus.READ,
};
// Whether a Layer user is a customer or an agent is app-defined; only bots are known.
const ROLE: Readonly<Record<string, ParticipantRole>> = { bot: ParticipantRole.BOT, user: ParticipantRole.UNKNOWN };
const TEXT = 'text/plain';
const HTML = 'text/html';

/** Node keys: messages need their conversation to be fetched again; user ids are encoded (app-defined strings). */
export const messageNodeKey = (conversationKey: string, messageKey: string): string => `${conversationKey}/${messageKey}`;
export const identityNodeKey = (userId: string): string => encodeURIComponent(userId);
export const systemNodeKey = (name: string | null): string => encodeURIComponent(name ?? 'system');

const rawMember = (raw: JsonObject, key: string): JsonObject | null => {
  const value = raw[key];
  return isJsonObject(value) ? value : null;
};

function joinedBodies(parts: LayerPartWire[], mimeType: string): string | null {
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
  return Object.assign(new LayerMessagePart(), {
    layerUri: part.id ?? null, mimeType: part.mime_type, body: part.body ?? null, encoding: part.encoding ?? null, content: part.content ?? null,
  });
}

/** Maps a v1.0 message; `viewer` is the perspective user when they take part in the conversation. */
export function mapLayerMessage({ wire, raw }: Parsed<LayerMessageWire>, settings: LayerSettings, viewer: string | null): LayerMessage {
  const conversationKey = conversationUuidOf(wire.conversation.id);
  const messageKey = messageUuidOf(wire.id);
  const senderId = wire.sender.user_id;
  const rawDelivery = aggregateDelivery(wire.recipient_status, senderId);
  const isText = (part: LayerPartWire): boolean => [TEXT, HTML].includes(part.mime_type.toLowerCase());
  return Object.assign(new LayerMessage(), {
    id: formatGlobalId(LAYER_SLUG, messageNodeKey(conversationKey, messageKey), 'message'),
    provider: Provider.LAYER,
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
    senderRef: Object.assign(new LayerSenderRef(), { userId: senderId, name: wire.sender.name ?? null }),
    recipientStatus: Object.entries(wire.recipient_status).map(([userId, status]) => Object.assign(new LayerRecipientStatus(), { userId, status })),
    conversationRef: Object.assign(new LayerConversationRef(), { layerUri: wire.conversation.id, url: wire.conversation.url ?? null }),
    conversationKey,
    senderWire: wire.sender,
    senderRaw: rawMember(raw, 'sender'),
    recipientIds: Object.keys(wire.recipient_status).filter((userId) => userId !== senderId),
    settings,
  });
}

/** Maps a conversation; `perspective` is the user it was read as, or null for the system perspective. */
export function mapLayerConversation(
  { wire, raw }: Parsed<LayerConversationWire>,
  settings: LayerSettings,
  perspective: string | null,
): LayerConversation {
  const key = conversationUuidOf(wire.id);
  const last = wire.last_message;
  return Object.assign(new LayerConversation(), {
    id: formatGlobalId(LAYER_SLUG, key),
    provider: Provider.LAYER,
    nativeId: key,
    subject: null,
    status: ConversationStatus.OPEN,
    rawStatus: null,
    channel: Channel.IN_APP,
    rawChannel: null,
    createdAt: wire.created_at,
    updatedAt: null,
    lastActivityAt: last?.sent_at ?? null,
    preview: last ? joinedBodies(last.parts, TEXT) : null,
    messageCount: null,
    webUrl: null,
    raw,
    layerUri: wire.id,
    url: wire.url,
    messagesUrl: wire.messages_url,
    distinct: wire.distinct,
    metadata: wire.metadata ?? null,
    participantIds: wire.participants,
    unreadMessageCount: wire.unread_message_count ?? null,
    appId: settings.appId,
    perspectiveUserId: perspective,
    settings,
    lastMessageEmbedded: last ? { wire: last, raw: rawMember(raw, 'last_message') ?? {} } : last,
  });
}

/** An identity; `parsed` null when Layer has none for the user or the operation needs no profile. */
export function mapLayerIdentity(userId: string, parsed: Parsed<LayerIdentityWire> | null): LayerIdentity {
  const wire = parsed?.wire;
  return Object.assign(new LayerIdentity(), {
    id: formatGlobalId(LAYER_SLUG, identityNodeKey(userId), 'identity'),
    provider: Provider.LAYER,
    nativeId: userId,
    role: mapValue(wire?.identity_type, ROLE, ParticipantRole.UNKNOWN),
    displayName: wire?.display_name ?? null,
    email: wire?.email_address ?? null,
    phone: wire?.phone_number ?? null,
    avatarUrl: wire?.avatar_url ?? null,
    raw: parsed?.raw ?? null,
    userId,
    hasIdentity: parsed !== null,
    layerUri: wire?.id ?? null,
    url: wire?.url ?? null,
    firstName: wire?.first_name ?? null,
    lastName: wire?.last_name ?? null,
    identityType: wire?.identity_type ?? null,
    publicKey: wire?.public_key ?? null,
    metadata: wire?.metadata ?? null,
  });
}

/** The sender of a system message: known from the message alone. */
export function mapLayerSystemSender(sender: LayerSenderWire, raw: JsonObject | null): LayerSystemSender {
  const name = sender.name ?? null;
  return Object.assign(new LayerSystemSender(), {
    id: formatGlobalId(LAYER_SLUG, systemNodeKey(name), 'system'),
    provider: Provider.LAYER,
    nativeId: name ?? 'system',
    role: ParticipantRole.SYSTEM,
    displayName: name,
    email: null,
    phone: null,
    avatarUrl: null,
    raw,
    name,
  });
}
