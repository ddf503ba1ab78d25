import { build } from '../../../kit/build';
import { formatGlobalId } from '../../../ids/global-id';
import type { Tolerant } from '../../../kit/tolerant';
import { Channel, ConversationStatus } from '../../../schema/enums';
import { conversationUuidOf } from '../api/keys';
import { LayerConversation } from '../graphql/conversation.type';
import type { LayerScope } from '../graphql/links';
import { LAYER } from '../identity';
import type { LayerConversationWire } from '../wire/conversation.wire';
import { TEXT, joinedBodies, mapLayerMessage, rawMember } from './message.mapper';

/** Fields computed from conversation keys of other names; `last_message` leaves report in the embedded message. */
const SOURCES = {
  layerUri: ['id'], messagesUrl: ['messages_url'], createdAt: ['created_at'], participantIds: ['participants'],
  unreadMessageCount: ['unread_message_count'], lastMessage: ['last_message'], lastActivityAt: ['last_message'], preview: ['last_message'],
} as const;

/** Maps a conversation; `perspective` is the user it was read as, or null for the system perspective. */
export function mapLayerConversation(read: Tolerant<LayerConversationWire>, scope: LayerScope, perspective: string | null): LayerConversation {
  const { wire, raw, defects } = read;
  const key = conversationUuidOf(wire.id);
  const last = wire.last_message;
  const user = scope.userId;
  // Direction is only known from inside the conversation: the configured user must take part.
  const viewer = user !== null && (wire.participants ?? []).includes(user) ? user : null;
  const lastRead = { wire: last, raw: rawMember(raw, 'last_message') ?? {}, defects: defects.under('last_message') };
  return build(LayerConversation, {
    id: formatGlobalId(LAYER.slug, key),
    provider: LAYER.name,
    nativeId: key,
    subject: null,
    status: ConversationStatus.OPEN,
    rawStatus: null,
    channel: Channel.IN_APP,
    rawChannel: null,
    createdAt: wire.created_at ?? null,
    updatedAt: null,
    lastActivityAt: last?.sent_at ?? null,
    preview: last ? joinedBodies(last.parts, TEXT) : null,
    messageCount: null,
    webUrl: null,
    raw,
    layerUri: wire.id,
    url: wire.url ?? null,
    messagesUrl: wire.messages_url ?? null,
    distinct: wire.distinct ?? null,
    metadata: wire.metadata ?? null,
    participantIds: wire.participants ?? null,
    unreadMessageCount: wire.unread_message_count ?? null,
    appId: scope.appId,
    perspectiveUserId: perspective,
    scope,
    viewer,
    lastMessageValue: last ? mapLayerMessage({ ...lastRead, wire: last }, scope, viewer, key) : last,
  }, defects.forFields(SOURCES, ['last_message']));
}
