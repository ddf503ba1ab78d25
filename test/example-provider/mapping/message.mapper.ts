import { build } from '../../../src/kit/build';
import { Defects } from '../../../src/kit/defects';
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
export function toMessage(
  { wire, raw }: Parsed<ExampleMessageWire>,
  conversationKey: string,
  participants: readonly ExampleParticipant[],
  defects: Defects = Defects.none,
): ExampleMessage {
  const ref = { conversationKey, itemId: wire.id };
  const author = wire.authorId ?? null;
  return build(ExampleMessage, {
    id: nodeId('message', ref),
    provider: EXAMPLE.name,
    nativeId: wire.id,
    conversationKey,
    kind: MessageKind.MESSAGE,
    direction: mapValue(wire.direction, DIRECTIONS, MessageDirection.UNKNOWN),
    text: wire.text ?? null,
    html: null,
    createdAt: wire.sentAt ?? null,
    deliveryStatus: mapValue(wire.status, DELIVERY, DeliveryStatus.UNKNOWN),
    rawDeliveryStatus: wire.status ?? null,
    attachmentCount: 0,
    raw,
    ref,
    senderValue: participants.find((participant) => participant.nativeId === author) ?? null,
    recipientValues: participants.filter((participant) => participant.nativeId !== author),
  }, defects.forFields({ createdAt: ['sentAt'], rawDeliveryStatus: ['status'], sender: ['authorId'] }));
}
