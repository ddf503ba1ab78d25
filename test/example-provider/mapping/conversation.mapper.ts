import { build } from '../../../src/kit/build';
import type { Tolerant } from '../../../src/kit/tolerant';
import { mapValue } from '../../../src/kit/wire';
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

/** Fields computed from other wire keys, so a defect in one of those keys is reported there too. */
const SOURCES = {
  rawStatus: ['status'],
  rawChannel: ['channel'],
  lastActivityAt: ['updatedAt', 'lastMessage'],
  preview: ['lastMessage'],
} as const;

export function toConversation({ wire, raw, defects }: Tolerant<ExampleConversationWire>, links: ExampleLinks): ExampleConversation {
  const participants = (wire.participants ?? []).map((participant, i) => toParticipant(participant, wire.id, defects.under('participants', i)));
  const lastMessage = wire.lastMessage ? toMessage(wire.lastMessage, wire.id, participants, defects.under('lastMessage')) : null;
  return build(
    ExampleConversation,
    {
      id: conversationId(wire.id),
      provider: EXAMPLE.name,
      nativeId: wire.id,
      subject: wire.subject ?? null,
      status: mapValue(wire.status, STATUSES, ConversationStatus.UNKNOWN),
      rawStatus: wire.status ?? null,
      channel: mapValue(wire.channel, CHANNELS, Channel.UNKNOWN),
      rawChannel: wire.channel ?? null,
      createdAt: wire.createdAt ?? null,
      updatedAt: wire.updatedAt ?? null,
      lastActivityAt: lastMessage?.createdAt ?? wire.updatedAt ?? null,
      preview: lastMessage?.text ?? null,
      messageCount: wire.messageCount ?? null,
      webUrl: null,
      raw,
      priority: wire.priority ?? null,
      links,
      participantValues: participants,
      lastMessageValue: lastMessage,
    },
    defects.forFields(SOURCES, ['participants', 'lastMessage']),
  );
}
