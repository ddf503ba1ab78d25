import { build } from '../../../kit/build';
import { Defects, type FieldDefects } from '../../../kit/defects';
import { isJsonObject, type JsonObject } from '../../../kit/json';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import type { BirdRef } from '../api/keys';
import { BirdMessage, BirdMessageFailure } from '../graphql/message.type';
import { BIRD } from '../identity';
import { renderValue } from '../wire/common.wire';
import type { BirdBodyWire, BirdFailureWire, BirdLastMessageWire, BirdMessageWire } from '../wire/message.wire';
import type { BirdParticipantWire, BirdRecipientWire } from '../wire/participant.wire';
import { orNull, recipientToParticipant, toParticipant, uniqueById } from './participant.mapper';
import { itemNodeId, type BirdScope } from './scope.mapper';

/**
 * Direction from the sender's participant type: only contacts write in from outside. Bots,
 * flows, action rules, campaigns (connector) and Instagram echoes (channel) all speak for the
 * business, so their messages are outbound.
 */
const DIRECTION: Readonly<Record<string, MessageDirection>> = {
  contact: MessageDirection.INBOUND,
  user: MessageDirection.OUTBOUND,
  accessKey: MessageDirection.OUTBOUND,
  flow: MessageDirection.OUTBOUND,
  bot: MessageDirection.OUTBOUND,
  connector: MessageDirection.OUTBOUND,
  channel: MessageDirection.OUTBOUND,
  collaborationAutomation: MessageDirection.OUTBOUND,
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

/** Fields computed from a message key of another name: `body` (or a preview's `preview`) feeds text, html and the counts. */
const SOURCES = {
  text: ['body', 'preview'], html: ['body'], attachmentCount: ['body'], bodyType: ['body'],
} as const;

function bodyText(body: BirdBodyWire | null | undefined): { text: string | null; html: string | null; attachmentCount: number | null } {
  if (body?.type === 'text' && body.text) return { text: body.text.text ?? null, html: null, attachmentCount: body.text.attachments?.length ?? 0 };
  if (body?.type === 'html' && body.html) {
    return { text: body.html.text ?? null, html: body.html.html ?? null, attachmentCount: body.html.attachments?.length ?? 0 };
  }
  if (body?.type === 'image' && body.image) return { text: null, html: null, attachmentCount: body.image.images?.length ?? null };
  if (body?.type === 'file' && body.file) return { text: null, html: null, attachmentCount: body.file.files?.length ?? null };
  return { text: null, html: null, attachmentCount: null };
}

const jsonAt = (raw: JsonObject, key: string): JsonObject | null => {
  const value = raw[key];
  return isJsonObject(value) ? value : null;
};

/**
 * `reason` as text: documented as a string; a code is rendered, and an object gives its own
 * message when it has one (else its JSON), so the field is readable whatever form is sent.
 */
function reasonText(reason: unknown): string | null {
  if (isJsonObject(reason)) {
    const text = ['message', 'description', 'reason', 'details'].map((key) => reason[key]).find((value) => typeof value === 'string' && value !== '');
    if (typeof text === 'string') return text;
  }
  return typeof reason === 'string' ? orNull(reason) : renderValue(reason);
}

function toFailure(wire: BirdFailureWire | null | undefined, raw: JsonObject, defects: Defects): BirdMessageFailure | null {
  const sent = jsonAt(raw, 'failure');
  if (!wire || !sent) return null;
  const source = defects.under('source');
  return build(BirdMessageFailure, {
    code: wire.code ?? null,
    sourceName: wire.source?.name ?? null,
    sourceCode: wire.source?.code ?? null,
    raw: sent,
  }, mergeFields(defects.forFields({}, ['source']), source.forFields({ sourceName: ['name'], sourceCode: ['code'] })));
}

/** Two scopes' field defects as one (a nested part reported at fields of its parent). */
function mergeFields(a: FieldDefects | undefined, b: FieldDefects | undefined): FieldDefects | undefined {
  if (!a || !b) return a ?? b;
  return { provider: a.provider, reasons: { ...b.reasons, ...a.reasons } };
}

/**
 * `recipients` is a non-null list: a recipient Bird sent without a readable id is left out of
 * it (its loss must not cost the whole message); everything else is reported where selected.
 */
function messageFields(defects: Defects): FieldDefects | undefined {
  const fields = defects.forFields(SOURCES, ['sender', 'recipients', 'failure']);
  if (!fields || !('recipients' in fields.reasons)) return fields;
  const reasons = Object.fromEntries(Object.entries(fields.reasons).filter(([field]) => field !== 'recipients'));
  return Object.keys(reasons).length === 0 ? undefined : { provider: fields.provider, reasons };
}

/** What a full message and a preview share: ids, links, direction, sender and recipients. */
function common(
  id: string,
  ref: BirdRef,
  scope: BirdScope,
  parts: { sender: BirdParticipantWire | null | undefined; recipients: BirdRecipientWire[] | null | undefined; defects: Defects },
) {
  const { sender, recipients, defects } = parts;
  return {
    id: itemNodeId('message', ref, id, scope),
    ref: { ...ref, itemId: id },
    links: scope.links,
    provider: BIRD.name,
    nativeId: id,
    kind: MessageKind.MESSAGE,
    direction: sender ? mapValue(sender.type, DIRECTION, MessageDirection.UNKNOWN) : MessageDirection.UNKNOWN,
    senderValue: sender ? toParticipant(sender, ref, scope, defects.under('sender')) : null,
    recipientValues: uniqueById((recipients ?? []).map((r, i) => recipientToParticipant(r, ref, scope, defects.under('recipients', i)))),
  };
}

/** A full message (list item or `GET …/messages/{id}`) of conversation `ref`. */
export function toMessage(read: Tolerant<BirdMessageWire>, ref: BirdRef, scope: BirdScope): BirdMessage {
  const { wire, defects } = read;
  // Shared fields listed one by one, never spread in (see `build`).
  const c = common(wire.id, ref, scope, { sender: wire.sender, recipients: wire.recipients, defects });
  const body = bodyText(wire.body);
  return build(BirdMessage, {
    id: c.id,
    ref: c.ref,
    links: c.links,
    provider: c.provider,
    nativeId: c.nativeId,
    kind: c.kind,
    direction: c.direction,
    senderValue: c.senderValue,
    recipientValues: c.recipientValues,
    text: body.text,
    html: body.html,
    attachmentCount: body.attachmentCount,
    createdAt: wire.createdAt ?? null,
    updatedAt: wire.updatedAt ?? null,
    deliveryStatus: mapValue(wire.status, DELIVERY, DeliveryStatus.UNKNOWN),
    rawDeliveryStatus: wire.status ?? null,
    raw: wire.raw,
    isPreview: false,
    conversationId: wire.conversationId ?? null,
    bodyType: wire.body?.type ?? null,
    body: jsonAt(wire.raw, 'body'),
    template: wire.template ?? null,
    reference: orNull(wire.reference),
    draft: wire.draft ?? null,
    source: wire.source ?? null,
    reason: reasonText(wire.reason),
    rawReason: wire.raw['reason'] ?? null,
    details: orNull(wire.details),
    failure: toFailure(wire.failure, wire.raw, defects.under('failure')),
    interactions: wire.interactions ?? null,
    meta: wire.meta ?? null,
    receiverTypes: wire.receiverTypes ?? null,
  }, messageFields(defects));
}

/** The conversation's `lastMessage` preview: only what the preview carries, never guessed. */
export function previewToMessage(wire: BirdLastMessageWire, ref: BirdRef, scope: BirdScope, defects: Defects = Defects.none): BirdMessage {
  const c = common(wire.id, ref, scope, { sender: wire.sender, recipients: wire.recipients, defects });
  return build(BirdMessage, {
    id: c.id,
    ref: c.ref,
    links: c.links,
    provider: c.provider,
    nativeId: c.nativeId,
    kind: c.kind,
    direction: c.direction,
    senderValue: c.senderValue,
    recipientValues: c.recipientValues,
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
    rawReason: null,
    details: null,
    failure: null,
    interactions: null,
    meta: null,
    receiverTypes: null,
  }, messageFields(defects));
}
