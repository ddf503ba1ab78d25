import { build } from '../../../src/kit/build';
import { mapValue, type Parsed } from '../../../src/kit/wire';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../src/schema/enums';
import { nodeId } from '../api/keys';
import { ExampleMessage } from '../graphql/message.type';
import type { ExampleParticipant } from '../graphql/participant.type';
import { EXAMPLE } from '../identity';
import type { ExampleMessageWire } from '../wire/message.wire';

const DIRECTIONS: Readonly<Record<string, MessageDirection>> = { inbound: MessageDirection.INBOUND, outbound: MessageDirection.OUTBOUND };
const DELIVERY: Readonly<Record<string, DeliveryStatus>> = {
  sent: DeliveryStatus.SENT,
  delivered: DeliveryStatus.DELIVERED,
  read: DeliveryStatus.READ,
  received: DeliveryStatus.RECEIVED,
};

/** Sender and recipients are looked up among the conversation's embedded participants, so they cost no request. */
export function toMessage({ wire, raw }: Parsed<ExampleMessageWire>, conversationKey: string, participants: readonly ExampleParticipant[]): ExampleMessage {
  const ref = { conversationKey, itemId: wire.id };
  return build(ExampleMessage, {
    id: nodeId('message', ref),
    provider: EXAMPLE.name,
    nativeId: wire.id,
    conversationKey,
    kind: MessageKind.MESSAGE,
    direction: mapValue(wire.direction, DIRECTIONS, MessageDirection.UNKNOWN),
    text: wire.text,
    html: null,
    createdAt: wire.sentAt,
    deliveryStatus: mapValue(wire.status, DELIVERY, DeliveryStatus.UNKNOWN),
    rawDeliveryStatus: wire.status,
    attachmentCount: 0,
    raw,
    ref,
    senderValue: participants.find((participant) => participant.nativeId === wire.authorId) ?? null,
    recipientValues: participants.filter((participant) => participant.nativeId !== wire.authorId),
  });
}
