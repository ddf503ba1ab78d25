import { build } from '../../../kit/build';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import { mapValue } from '../../../kit/wire';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import type { BirdRef } from '../api/keys';
import { BirdMessage } from '../graphql/message.type';
import { BIRD } from '../identity';
import type { BirdBodyWire, BirdLastMessageWire, BirdMessageWire } from '../wire/message.wire';
import type { BirdParticipantWire, BirdRecipientWire } from '../wire/participant.wire';
import { orNull, recipientToParticipant, toParticipant, uniqueById } from './participant.mapper';
import { itemNodeId, type BirdScope } from './scope.mapper';

/** Direction from the sender's participant type: only contacts write in from outside. */
const DIRECTION: Readonly<Record<string, MessageDirection>> = {
  contact: MessageDirection.INBOUND,
  user: MessageDirection.OUTBOUND,
  accessKey: MessageDirection.OUTBOUND,
  flow: MessageDirection.OUTBOUND,
};

/**
 * Message `status`. Documented lifecycle: accepted → processing → sent → delivered, plus
 * `sending_failed` / `delivery_failed`; `read` and `failed` are not documented but plausible.
 */
const DELIVERY: Readonly<Record<string, DeliveryStatus>> = {
  accepted: DeliveryStatus.QUEUED,
  processing: DeliveryStatus.QUEUED,
  sent: DeliveryStatus.SENT,
  delivered: DeliveryStatus.DELIVERED,
  read: DeliveryStatus.READ,
  sending_failed: DeliveryStatus.FAILED,
  delivery_failed: DeliveryStatus.FAILED,
  failed: DeliveryStatus.FAILED,
};

function bodyText(body: BirdBodyWire | null | undefined): { text: string | null; html: string | null; attachmentCount: number | null } {
  if (body?.type === 'text' && body.text) return { text: body.text.text, html: null, attachmentCount: body.text.attachments?.length ?? 0 };
  if (body?.type === 'html' && body.html) {
    return { text: body.html.text ?? null, html: body.html.html ?? null, attachmentCount: body.html.attachments?.length ?? 0 };
  }
  if (body?.type === 'image' && body.image) return { text: null, html: null, attachmentCount: body.image.images.length };
  if (body?.type === 'file' && body.file) return { text: null, html: null, attachmentCount: body.file.files.length };
  return { text: null, html: null, attachmentCount: null };
}

const jsonAt = (raw: JsonObject, key: string): JsonObject | null => {
  const value = raw[key];
  return isJsonObject(value) ? value : null;
};

/** What a full message and a preview share: ids, links, direction, sender and recipients. */
function common(id: string, ref: BirdRef, scope: BirdScope, sender: BirdParticipantWire | null | undefined, recipients: BirdRecipientWire[] | null | undefined) {
  return {
    id: itemNodeId('message', ref, id, scope),
    ref: { ...ref, itemId: id },
    links: scope.links,
    provider: BIRD.name,
    nativeId: id,
    kind: MessageKind.MESSAGE,
    direction: sender ? mapValue(sender.type, DIRECTION, MessageDirection.UNKNOWN) : MessageDirection.UNKNOWN,
    senderValue: sender ? toParticipant(sender, ref, scope) : null,
    recipientValues: uniqueById((recipients ?? []).map((r) => recipientToParticipant(r, ref, scope))),
  };
}

/** A full message (list item or `GET …/messages/{id}`) of conversation `ref`. */
export function toMessage(wire: BirdMessageWire, ref: BirdRef, scope: BirdScope): BirdMessage {
  return build(BirdMessage, {
    ...common(wire.id, ref, scope, wire.sender, wire.recipients),
    ...bodyText(wire.body),
    createdAt: wire.createdAt,
    updatedAt: wire.updatedAt ?? null,
    deliveryStatus: mapValue(wire.status, DELIVERY, DeliveryStatus.UNKNOWN),
    rawDeliveryStatus: wire.status,
    raw: wire.raw,
    isPreview: false,
    conversationId: wire.conversationId ?? null,
    bodyType: wire.body?.type ?? null,
    body: jsonAt(wire.raw, 'body'),
    template: wire.template ?? null,
    reference: orNull(wire.reference),
    draft: wire.draft ?? null,
    source: wire.source ?? null,
    reason: orNull(wire.reason),
    interactions: wire.interactions ?? null,
    meta: wire.meta ?? null,
    receiverTypes: wire.receiverTypes ?? null,
  });
}

/** The conversation's `lastMessage` preview: only what the preview carries, never guessed. */
export function previewToMessage(wire: BirdLastMessageWire, ref: BirdRef, scope: BirdScope): BirdMessage {
  return build(BirdMessage, {
    ...common(wire.id, ref, scope, wire.sender, wire.recipients),
    text: wire.preview?.text ?? null,
    html: null,
    attachmentCount: null,
    createdAt: wire.createdAt ?? null,
    updatedAt: null,
    deliveryStatus: mapValue(wire.status, DELIVERY, DeliveryStatus.UNKNOWN),
    rawDeliveryStatus: wire.status ?? null,
    raw: wire.raw,
    isPreview: true,
    conversationId: ref.conversationId,
    bodyType: wire.type ?? null,
    body: null,
    template: null,
    reference: null,
    draft: null,
    source: null,
    reason: null,
    interactions: null,
    meta: null,
    receiverTypes: null,
  });
}
