import { build } from '../../../kit/build';
import { DEFECTS, Unreadable, mergeDefects, type WithDefects } from '../../../kit/defects';
import type { ParleyError } from '../../../errors/parley-error';
import { readItem, type Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import { Channel, ConversationStatus } from '../../../schema/enums';
import { eventKey } from '../api/keys';
import { MailPerformanceConversation } from '../graphql/conversation.type';
import type { MailPerformanceEvent } from '../graphql/event.type';
import type { MailPerformanceLinks } from '../graphql/links';
import { MAILPERFORMANCE } from '../identity';
import { eventOptions, zEvent, type WireMessage } from '../wire/message.wire';
import { mapEvent, type EventOwner } from './event.mapper';
import { withReasons } from './text.mapper';

// A one-shot message is finished once delivered, bounced or canceled; only `requested` waits.
const STATUS: Readonly<Record<string, ConversationStatus>> = {
  requested: ConversationStatus.PENDING,
  received: ConversationStatus.CLOSED,
  bounced: ConversationStatus.CLOSED,
  canceled: ConversationStatus.CLOSED,
};
const CHANNEL: Readonly<Record<string, Channel>> = { mail: Channel.EMAIL, sms: Channel.SMS };

// Fields computed from a wire key of another name; `target` and `actionId` also stand for the links they feed.
const SOURCES: Readonly<Record<string, readonly string[]>> = {
  rawChannel: ['media'],
  targetId: ['target'],
  participants: ['target'],
  customer: ['target'],
  subject: ['actionId'],
  action: ['actionId'],
  messages: ['events'],
  lastMessage: ['events'],
  messageCount: ['events'],
  rawStatus: ['events'],
  createdAt: ['events'],
  updatedAt: ['events'],
  lastActivityAt: ['events'],
};

/** The action's subject as the client looked it up: a value, or why it could not be read. */
/** A value, why the action's subject is unreadable, or the failed action fetch (its own code). */
export type SubjectLookup = { value: string | null } | { unreadable: string } | { failed: ParleyError };

export const NO_SUBJECT: SubjectLookup = { value: null };

type TimelineItem = MailPerformanceEvent | Unreadable;

/** Each event read on its own, so an unreadable one keeps its index (its node id) and its edge. */
function timelineOf(wire: WireMessage, owner: EventOwner): TimelineItem[] {
  return (wire.events ?? []).map((body, index) => {
    const read = readItem(zEvent, body, eventOptions(index));
    if (read instanceof Unreadable) return new Unreadable(read.provider, read.reason, eventKey(owner.messageId, index), read.raw);
    return mapEvent(read, index, owner);
  });
}

/** Why a conversation field derived from the first or last event cannot be shown, when it cannot. */
function derivedReasons(timeline: readonly TimelineItem[], subject: SubjectLookup): Record<string, string> {
  const reasons: Record<string, string> = {};
  const unreadable = timeline.find((item) => item instanceof Unreadable);
  if (unreadable) reasons['events'] = unreadable.reason;
  const first = timeline[0];
  const last = timeline[timeline.length - 1];
  const blame = (item: TimelineItem | undefined, part: 'date' | 'type', fields: readonly string[]): void => {
    const reason = item instanceof Unreadable ? item.reason : item && eventReason(item, part);
    if (reason) for (const field of fields) reasons[field] = reason;
  };
  blame(first, 'date', ['createdAt']);
  blame(last, 'date', ['updatedAt', 'lastActivityAt']);
  blame(last, 'type', ['rawStatus']);
  if (last instanceof Unreadable) reasons['lastMessage'] = last.reason;
  if ('unreadable' in subject) reasons['subject'] = subject.unreadable;
  return reasons;
}

/** The reason an event's own field is unreadable, as its mapper recorded it for the field guard. */
function eventReason(event: MailPerformanceEvent, part: 'date' | 'type'): string | undefined {
  return (event as WithDefects)[DEFECTS]?.reasons[part];
}

/**
 * Maps `GET /messages/{id}`. `subject` is the action's subject when the client fetched it
 * (lookahead), else null; preview and webUrl do not exist upstream and stay null.
 */
export function mapConversation(read: Tolerant<WireMessage>, links: MailPerformanceLinks, subject: SubjectLookup): MailPerformanceConversation {
  const { wire, raw, defects } = read;
  // The id is the conversation's canonical key, which the gateway derives with `parseMessageKey`: lower-case.
  const id = wire.id.toLowerCase();
  const timeline = timelineOf(wire, { messageId: id, targetId: wire.target ?? null, links });
  const events = timeline.filter((item): item is MailPerformanceEvent => !(item instanceof Unreadable));
  const first = timeline[0];
  const last = timeline[timeline.length - 1];
  const firstEvent = first instanceof Unreadable ? undefined : first;
  const lastEvent = last instanceof Unreadable ? undefined : last;
  const reasons = derivedReasons(timeline, subject);
  return build(MailPerformanceConversation, {
    id: formatGlobalId(MAILPERFORMANCE.slug, id),
    provider: MAILPERFORMANCE.name,
    nativeId: id,
    subject: 'value' in subject ? subject.value : null,
    status: mapValue(lastEvent?.type, STATUS, ConversationStatus.UNKNOWN),
    rawStatus: lastEvent?.type ?? null,
    channel: mapValue(wire.media, CHANNEL, Channel.UNKNOWN),
    rawChannel: wire.media ?? null,
    createdAt: firstEvent?.date ?? null,
    updatedAt: lastEvent?.date ?? null,
    lastActivityAt: lastEvent?.date ?? null,
    preview: null,
    // Unreadable events still count: each keeps its edge in `messages`.
    messageCount: wire.events ? timeline.length : null,
    webUrl: null,
    raw,
    type: wire.type ?? null,
    media: wire.media ?? null,
    actionId: wire.actionId ?? null,
    targetId: wire.target ?? null,
    events: wire.events ? events : null,
    timeline,
    links,
  }, mergeDefects(
    withReasons(MAILPERFORMANCE.slug, defects.forFields(SOURCES), reasons),
    'failed' in subject ? { provider: MAILPERFORMANCE.slug, reasons: {}, errors: { subject: subject.failed } } : undefined,
  ));
}
