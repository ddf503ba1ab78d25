import { build } from '../../../src/kit/build';
import { mapValue, type Parsed } from '../../../src/kit/wire';
import { Channel, ConversationStatus } from '../../../src/schema/enums';
import { conversationId } from '../api/keys';
import { ExampleConversation } from '../graphql/conversation.type';
import type { ExampleLinks } from '../graphql/links';
import { EXAMPLE } from '../identity';
import type { ExampleConversationWire } from '../wire/conversation.wire';
import { toMessage } from './message.mapper';
import { toParticipant } from './participant.mapper';

const STATUSES: Readonly<Record<string, ConversationStatus>> = {
  open: ConversationStatus.OPEN,
  pending: ConversationStatus.PENDING,
  closed: ConversationStatus.CLOSED,
};
const CHANNELS: Readonly<Record<string, Channel>> = { chat: Channel.CHAT, sms: Channel.SMS, email: Channel.EMAIL };

export function toConversation({ wire, raw }: Parsed<ExampleConversationWire>, links: ExampleLinks): ExampleConversation {
  const participants = wire.participants.map((participant) => toParticipant(participant, wire.id));
  const lastMessage = wire.lastMessage === null ? null : toMessage(wire.lastMessage, wire.id, participants);
  return build(ExampleConversation, {
    id: conversationId(wire.id),
    provider: EXAMPLE.name,
    nativeId: wire.id,
    subject: wire.subject,
    status: mapValue(wire.status, STATUSES, ConversationStatus.UNKNOWN),
    rawStatus: wire.status,
    channel: mapValue(wire.channel, CHANNELS, Channel.UNKNOWN),
    rawChannel: wire.channel,
    createdAt: wire.createdAt,
    updatedAt: wire.updatedAt,
    lastActivityAt: lastMessage?.createdAt ?? wire.updatedAt,
    preview: lastMessage?.text ?? null,
    messageCount: wire.messageCount,
    webUrl: null,
    raw,
    priority: wire.priority,
    links,
    participantValues: participants,
    lastMessageValue: lastMessage,
  });
}
