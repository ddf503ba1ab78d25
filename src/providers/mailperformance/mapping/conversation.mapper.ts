import { build } from '../../../kit/build';
import { mapValue, type Parsed } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import { Channel, ConversationStatus } from '../../../schema/enums';
import { MailPerformanceConversation } from '../graphql/conversation.type';
import type { MailPerformanceLinks } from '../graphql/links';
import { MAILPERFORMANCE } from '../identity';
import { rawEvents, type WireMessage } from '../wire/message.wire';
import { mapEvent, type EventOwner } from './event.mapper';

// A one-shot message is finished once delivered, bounced or canceled; only `requested` waits.
const STATUS: Readonly<Record<string, ConversationStatus>> = {
  requested: ConversationStatus.PENDING,
  received: ConversationStatus.CLOSED,
  bounced: ConversationStatus.CLOSED,
  canceled: ConversationStatus.CLOSED,
};
const CHANNEL: Readonly<Record<string, Channel>> = { mail: Channel.EMAIL, sms: Channel.SMS };

/**
 * Maps `GET /messages/{id}`. `subject` is the action's subject when the client fetched it
 * (lookahead), else null; preview and webUrl do not exist upstream and stay null.
 */
export function mapConversation(parsed: Parsed<WireMessage>, links: MailPerformanceLinks, subject: string | null): MailPerformanceConversation {
  const { wire, raw } = parsed;
  // The id is the conversation's canonical key, which the gateway derives with `parseMessageKey`: lower-case.
  const id = wire.id.toLowerCase();
  const raws = rawEvents(raw);
  const owner: EventOwner = { messageId: id, targetId: wire.target, links };
  const events = wire.events.map((event, index) => mapEvent(event, index, raws[index] ?? {}, owner));
  const first = wire.events[0];
  const last = wire.events[wire.events.length - 1];
  return build(MailPerformanceConversation, {
    id: formatGlobalId(MAILPERFORMANCE.slug, id),
    provider: MAILPERFORMANCE.name,
    nativeId: id,
    subject,
    status: mapValue(last?.type, STATUS, ConversationStatus.UNKNOWN),
    rawStatus: last?.type ?? null,
    channel: mapValue(wire.media, CHANNEL, Channel.UNKNOWN),
    rawChannel: wire.media,
    createdAt: first?.date ?? null,
    updatedAt: last?.date ?? null,
    lastActivityAt: last?.date ?? null,
    preview: null,
    messageCount: wire.events.length,
    webUrl: null,
    raw,
    type: wire.type,
    media: wire.media,
    actionId: wire.actionId,
    targetId: wire.target,
    events,
    links,
  });
}
