import { formatGlobalId } from '../../ids/global-id';
import { Channel, ConversationStatus, DeliveryStatus, MessageDirection, MessageKind, Provider } from '../../schema/enums';
import type { JsonObject } from '../shared/json';
import { mapValue } from '../shared/wire';
import { MailPerformanceConversation } from './mailperformance-conversation.type';
import { MailPerformanceEvent } from './mailperformance-event.type';
import { SLUG, type MailPerformanceLinks } from './mailperformance.links';
import type { Parsed } from '../shared/wire';
import { rawEvents, type WireEvent, type WireMessage } from './mailperformance.wire';

// A one-shot message is finished once delivered, bounced or canceled; only `requested` waits.
const STATUS: Readonly<Record<string, ConversationStatus>> = {
  requested: ConversationStatus.PENDING,
  received: ConversationStatus.CLOSED,
  bounced: ConversationStatus.CLOSED,
  canceled: ConversationStatus.CLOSED,
};
const CHANNEL: Readonly<Record<string, Channel>> = { mail: Channel.EMAIL, sms: Channel.SMS };
const DELIVERY: Readonly<Record<string, DeliveryStatus>> = {
  requested: DeliveryStatus.QUEUED,
  received: DeliveryStatus.DELIVERED,
  bounced: DeliveryStatus.FAILED,
  canceled: DeliveryStatus.CANCELED,
};

/** Key of an event node: `<message uuid>.<index>` (events have no id upstream). */
export const eventKey = (messageId: string, index: number): string => `${messageId}.${index}`;

interface EventOwner {
  messageId: string;
  targetId: string;
  links: MailPerformanceLinks;
}

function mapEvent(event: WireEvent, index: number, raw: JsonObject, owner: EventOwner): MailPerformanceEvent {
  const key = eventKey(owner.messageId, index);
  return Object.assign(new MailPerformanceEvent(), {
    id: formatGlobalId(SLUG, key, 'event'),
    provider: Provider.MAIL_PERFORMANCE,
    nativeId: key,
    kind: MessageKind.EVENT,
    direction: MessageDirection.SYSTEM,
    text: null,
    html: null,
    createdAt: event.date,
    deliveryStatus: mapValue(event.type, DELIVERY, DeliveryStatus.UNKNOWN),
    rawDeliveryStatus: event.type,
    attachmentCount: null,
    raw,
    type: event.type,
    date: event.date,
    origin: event.origin ?? null,
    recipient: event.recipient ?? null,
    reason: event.reason ?? null,
    index,
    ...owner,
  });
}

/**
 * Maps `GET /messages/{id}`. `subject` is the action's subject when the client fetched it
 * (lookahead), else null; preview and webUrl do not exist upstream and stay null.
 */
export function mapConversation(parsed: Parsed<WireMessage>, links: MailPerformanceLinks, subject: string | null): MailPerformanceConversation {
  const { wire, raw } = parsed;
  const id = wire.id.toLowerCase();
  const raws = rawEvents(raw);
  const owner: EventOwner = { messageId: id, targetId: wire.target, links };
  const events = wire.events.map((event, index) => mapEvent(event, index, raws[index] ?? {}, owner));
  const first = wire.events[0];
  const last = wire.events[wire.events.length - 1];
  return Object.assign(new MailPerformanceConversation(), {
    id: formatGlobalId(SLUG, id),
    provider: Provider.MAIL_PERFORMANCE,
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
