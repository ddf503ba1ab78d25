import { Channel, ConversationStatus, ParticipantRole, Provider } from '../../schema/enums';
import { mapValue } from '../shared/wire';
import { displayKey, SLUG, type BirdRef } from './bird.keys';
import type { BirdScope } from './bird.scope';
import { EMAIL_STYLE, platformChannel, STATUS } from './bird.tables';
import type { BirdChannelWire, BirdConversationWire } from './bird.wire';
import { BirdConversation } from './bird-conversation.type';
import { previewToMessage, toParticipant } from './bird-message.mapper';
import { BirdChannel } from './bird-objects.type';
import type { BirdParticipant } from './bird-participant.type';

/** A channel with its platform as a normalised medium. */
export function toChannel(wire: BirdChannelWire): BirdChannel {
  return Object.assign(new BirdChannel(), {
    channelId: wire.id,
    platformId: wire.platformId,
    medium: platformChannel(wire.platformId),
    name: wire.name ?? null,
    connectorId: wire.connectorId ?? null,
    identifier: wire.identifier ?? null,
    status: wire.status ?? null,
    raw: wire.raw,
  });
}

/**
 * `platformStyle: email` is an e-mail conversation without asking anything more. Any other
 * style (`direct` covers WhatsApp, SMS, RCS…) needs the channel's platform; without it the
 * medium is UNKNOWN with the style as the raw value, never a guess.
 */
export function channelOf(style: string | null | undefined, channel: BirdChannelWire | null): { channel: Channel; rawChannel: string | null } {
  if (style === EMAIL_STYLE) return { channel: Channel.EMAIL, rawChannel: style };
  if (channel) return { channel: platformChannel(channel.platformId), rawChannel: channel.platformId };
  return { channel: Channel.UNKNOWN, rawChannel: style ?? null };
}

function latest(...dates: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const date of dates) {
    if (date && (best === null || Date.parse(date) > Date.parse(best))) best = date;
  }
  return best;
}

/** The external party: the first featured contact, else the initiating participant if a contact. */
function customerOf(featured: BirdParticipant[], initiating: BirdParticipant | null): BirdParticipant | null {
  const contact = featured.find((p) => p.role === ParticipantRole.CUSTOMER);
  return contact ?? (initiating?.role === ParticipantRole.CUSTOMER ? initiating : null);
}

/** Maps a conversation read in `workspaceId`; `channel` is the fetched channel, when it was needed. */
export function toConversation(
  wire: BirdConversationWire,
  workspaceId: string,
  scope: BirdScope,
  channel: BirdChannelWire | null = null,
): BirdConversation {
  const ref: BirdRef = { workspaceId, conversationId: wire.id.toLowerCase() };
  const featured = (wire.featuredParticipants ?? []).map((p) => toParticipant(p, ref, scope));
  const initiating = wire.initiatingParticipant ? toParticipant(wire.initiatingParticipant, ref, scope) : null;
  const last = wire.lastMessage ?? null;
  return Object.assign(new BirdConversation(), {
    id: `${SLUG}:${displayKey(ref, scope.defaultWorkspace)}`,
    ref,
    scope,
    provider: Provider.BIRD,
    nativeId: wire.id,
    subject: wire.name ?? null,
    status: mapValue(wire.status, STATUS, ConversationStatus.UNKNOWN),
    rawStatus: wire.status ?? null,
    ...channelOf(wire.platformStyle, channel),
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
    lastMessageValue: last ? previewToMessage(last, ref, scope) : null,
  });
}
