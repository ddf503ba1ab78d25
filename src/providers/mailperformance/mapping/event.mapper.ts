import { build } from '../../../kit/build';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import { eventKey } from '../api/keys';
import { MailPerformanceEvent } from '../graphql/event.type';
import type { MailPerformanceLinks } from '../graphql/links';
import { MAILPERFORMANCE } from '../identity';
import type { WireEvent } from '../wire/message.wire';
import { looseRaw, looseText } from './text.mapper';

const DELIVERY: Readonly<Record<string, DeliveryStatus>> = {
  requested: DeliveryStatus.QUEUED,
  received: DeliveryStatus.DELIVERED,
  bounced: DeliveryStatus.FAILED,
  canceled: DeliveryStatus.CANCELED,
};

/** What every event of one message shares: the message, the target it was about, the links. */
export interface EventOwner {
  messageId: string;
  targetId: string | null;
  links: MailPerformanceLinks;
}

// Fields computed from a wire key of another name: an unreadable key makes them errors too.
const SOURCES = { createdAt: ['date'], rawDeliveryStatus: ['type'], rawReason: ['reason'] } as const;

/** One delivery event as a timeline item: events are produced by the platform, so SYSTEM EVENTs. */
export function mapEvent(read: Tolerant<WireEvent>, index: number, owner: EventOwner): MailPerformanceEvent {
  const { wire: event, raw, defects } = read;
  const key = eventKey(owner.messageId, index);
  const type = looseText(event.type);
  return build(MailPerformanceEvent, {
    id: formatGlobalId(MAILPERFORMANCE.slug, key, 'event'),
    provider: MAILPERFORMANCE.name,
    nativeId: key,
    kind: MessageKind.EVENT,
    direction: MessageDirection.SYSTEM,
    text: null,
    html: null,
    createdAt: event.date ?? null,
    deliveryStatus: mapValue(type, DELIVERY, DeliveryStatus.UNKNOWN),
    rawDeliveryStatus: type,
    attachmentCount: null,
    raw,
    type,
    date: event.date ?? null,
    origin: event.origin ?? null,
    recipient: event.recipient ?? null,
    reason: looseText(event.reason),
    rawReason: looseRaw(event.reason),
    index,
    messageId: owner.messageId,
    targetId: owner.targetId,
    links: owner.links,
  }, defects.forFields(SOURCES));
}
