import { build } from '../../../kit/build';
import { formatGlobalId } from '../../../ids/global-id';
import type { Parsed } from '../../../kit/wire';
import { Channel, ConversationStatus } from '../../../schema/enums';
import { conversationUuidOf } from '../api/keys';
import { LayerConversation } from '../graphql/conversation.type';
import type { LayerScope } from '../graphql/links';
import { LAYER } from '../identity';
import type { LayerConversationWire } from '../wire/conversation.wire';
import { TEXT, joinedBodies, mapLayerMessage, rawMember } from './message.mapper';

/** Maps a conversation; `perspective` is the user it was read as, or null for the system perspective. */
export function mapLayerConversation({ wire, raw }: Parsed<LayerConversationWire>, scope: LayerScope, perspective: string | null): LayerConversation {
  const key = conversationUuidOf(wire.id);
  const last = wire.last_message;
  const user = scope.userId;
  // Direction is only known from inside the conversation: the configured user must take part.
  const viewer = user !== null && wire.participants.includes(user) ? user : null;
  return build(LayerConversation, {
    id: formatGlobalId(LAYER.slug, key),
    provider: LAYER.name,
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
    appId: scope.appId,
    perspectiveUserId: perspective,
    scope,
    viewer,
    lastMessageValue: last ? mapLayerMessage({ wire: last, raw: rawMember(raw, 'last_message') ?? {} }, scope, viewer) : last,
  });
}
