import { build } from '../../../kit/build';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { ConversationStatus, ParticipantRole } from '../../../schema/enums';
import type { BirdRef } from '../api/keys';
import { BirdConversation } from '../graphql/conversation.type';
import type { BirdParticipant } from '../graphql/participant.type';
import { BIRD } from '../identity';
import type { BirdChannelWire } from '../wire/channel.wire';
import type { BirdConversationWire } from '../wire/conversation.wire';
import { channelOf } from './channel.mapper';
import { previewToMessage } from './message.mapper';
import { toParticipant } from './participant.mapper';
import { conversationNodeId, type BirdScope } from './scope.mapper';

/** Conversation `status`: Bird documents `active` and `closed`. */
const STATUS: Readonly<Record<string, ConversationStatus>> = {
  active: ConversationStatus.OPEN,
  closed: ConversationStatus.CLOSED,
};

function latest(...dates: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const date of dates) {
    if (date && (best === null || Date.parse(date) > Date.parse(best))) best = date;
  }
  return best;
}

/** The external party: the first featured contact, else the initiating participant if a contact. */
function customerOf(featured: BirdParticipant[] | null, initiating: BirdParticipant | null): BirdParticipant | null {
  const contact = featured?.find((p) => p.role === ParticipantRole.CUSTOMER);
  return contact ?? (initiating?.role === ParticipantRole.CUSTOMER ? initiating : null);
}

/**
 * Fields computed from keys of other names. `customer` is picked among the featured and
 * initiating participants, so losing one of them (or a featured item) makes it unknown.
 */
const SOURCES = {
  subject: ['name'], rawStatus: ['status'], lastActivityAt: ['lastMessage', 'lastIncomingMessageAt', 'lastOutgoingMessageAt'],
  preview: ['lastMessage'], customer: ['featuredParticipants', 'initiatingParticipant'], channelInfo: ['channelId'],
} as const;

/** Parts whose own leaves their nested mappers report. */
const NESTED = ['featuredParticipants', 'initiatingParticipant', 'lastMessage'];

/** Maps a conversation read in `workspaceId`; `channel` is the fetched channel, when it was needed. */
export function toConversation(
  read: Tolerant<BirdConversationWire>,
  workspaceId: string,
  scope: BirdScope,
  channel: BirdChannelWire | null = null,
): BirdConversation {
  const { wire, defects } = read;
  const ref: BirdRef = { workspaceId, conversationId: wire.id.toLowerCase() };
  const featured = wire.featuredParticipants?.map((p, i) => toParticipant(p, ref, scope, defects.under('featuredParticipants', i))) ?? null;
  const initiating = wire.initiatingParticipant ? toParticipant(wire.initiatingParticipant, ref, scope, defects.under('initiatingParticipant')) : null;
  const last = wire.lastMessage ?? null;
  // Fields listed one by one, never spread in (see `build`).
  const channelFields = channelOf(wire.platformStyle, channel);
  return build(BirdConversation, {
    id: conversationNodeId(ref, scope),
    ref,
    links: scope.links,
    provider: BIRD.name,
    nativeId: wire.id,
    subject: wire.name ?? null,
    status: mapValue(wire.status, STATUS, ConversationStatus.UNKNOWN),
    rawStatus: wire.status ?? null,
    channel: channelFields.channel,
    rawChannel: channelFields.rawChannel,
    createdAt: wire.createdAt ?? null,
    updatedAt: wire.updatedAt ?? null,
    lastActivityAt: last?.createdAt ?? latest(wire.lastIncomingMessageAt, wire.lastOutgoingMessageAt),
    preview: last?.preview?.text ?? null,
    // Bird reports a total only on the messages list: unknown without that request.
    messageCount: null,
    // No documented deep link into the Bird inbox.
    webUrl: null,
    raw: wire.raw,
    workspaceId,
    name: wire.name ?? null,
    description: wire.description ?? null,
    visibility: wire.visibility ?? null,
    accessibility: wire.accessibility ?? null,
    style: wire.style ?? null,
    platformStyle: wire.platformStyle ?? null,
    featuredParticipants: featured,
    initiatingParticipant: initiating,
    activeParticipantCount: wire.activeParticipantCount ?? null,
    pendingParticipantCount: wire.pendingParticipantCount ?? null,
    channelId: wire.channelId ?? null,
    lastIncomingMessageAt: wire.lastIncomingMessageAt ?? null,
    lastOutgoingMessageAt: wire.lastOutgoingMessageAt ?? null,
    summary: wire.summary ?? null,
    spam: wire.spam ?? null,
    spamReason: wire.spamReason ?? null,
    hasDraft: wire.hasDraft ?? null,
    customerValue: customerOf(featured, initiating),
    lastMessageValue: last ? previewToMessage(last, ref, scope, defects.under('lastMessage')) : null,
  }, defects.forFields(SOURCES, NESTED));
}
