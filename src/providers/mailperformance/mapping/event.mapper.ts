import { build } from '../../../kit/build';
import type { JsonObject } from '../../../kit/json';
import { mapValue } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import { eventKey } from '../api/keys';
import { MailPerformanceEvent } from '../graphql/event.type';
import type { MailPerformanceLinks } from '../graphql/links';
import { MAILPERFORMANCE } from '../identity';
import type { WireEvent } from '../wire/message.wire';

const DELIVERY: Readonly<Record<string, DeliveryStatus>> = {
  requested: DeliveryStatus.QUEUED,
  received: DeliveryStatus.DELIVERED,
  bounced: DeliveryStatus.FAILED,
  canceled: DeliveryStatus.CANCELED,
};

/** What every event of one message shares: the message, the target it was about, the links. */
export interface EventOwner {
  messageId: string;
  targetId: string;
  links: MailPerformanceLinks;
}

/** One delivery event as a timeline item: events are produced by the platform, so SYSTEM EVENTs. */
export function mapEvent(event: WireEvent, index: number, raw: JsonObject, owner: EventOwner): MailPerformanceEvent {
  const key = eventKey(owner.messageId, index);
  return build(MailPerformanceEvent, {
    id: formatGlobalId(MAILPERFORMANCE.slug, key, 'event'),
    provider: MAILPERFORMANCE.name,
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
    messageId: owner.messageId,
    targetId: owner.targetId,
    links: owner.links,
  });
}
