import { DeliveryStatus, MessageDirection, MessageKind, ParticipantRole, Provider } from '../../schema/enums';
import type { Participant } from '../../schema/participant.interface';
import { isJsonObject, type JsonObject } from '../shared/json';
import { mapValue } from '../shared/wire';
import { displayItemKey, SLUG, type BirdRef } from './bird.keys';
import type { BirdScope } from './bird.scope';
import { DELIVERY, DIRECTION, ROLE } from './bird.tables';
import type { BirdBodyWire, BirdLastMessageWire, BirdMessageWire, BirdParticipantWire, BirdRecipientWire } from './bird.wire';
import { BirdContactAnnotation, BirdParticipantContact } from './bird-objects.type';
import { BirdMessage } from './bird-message.type';
import { BirdParticipant } from './bird-participant.type';

const itemId = (kind: string, ref: BirdRef, id: string, scope: BirdScope): string =>
  `${SLUG}:${kind}:${displayItemKey({ ...ref, itemId: id }, scope.defaultWorkspace)}`;

// Bird sends "" for an unset display name or avatar: that is "unknown", not a value.
const orNull = (value: string | null | undefined): string | null => (value === undefined || value === '' ? null : value);

/** E-mail and phone come from the identifier the contact is reached by. */
function address(key: string | null | undefined, value: string | null | undefined): { email: string | null; phone: string | null } {
  return { email: key === 'emailaddress' ? orNull(value) : null, phone: key === 'phonenumber' ? orNull(value) : null };
}

/** A conversation participant (list item, featured, initiating or sender) of conversation `ref`. */
export function toParticipant(wire: BirdParticipantWire, ref: BirdRef, scope: BirdScope): BirdParticipant {
  const contact = wire.contact ?? null;
  return Object.assign(new BirdParticipant(), {
    id: itemId('participant', ref, wire.id, scope),
    provider: Provider.BIRD,
    nativeId: wire.id,
    role: mapValue(wire.type, ROLE, ParticipantRole.UNKNOWN),
    displayName: orNull(wire.displayName),
    ...address(contact?.identifierKey, contact?.identifierValue),
    avatarUrl: orNull(wire.avatarUrl),
    raw: wire.raw,
    participantType: wire.type,
    status: wire.status ?? null,
    contact: contact && Object.assign(new BirdParticipantContact(), {
      identifierKey: contact.identifierKey ?? null,
      identifierValue: contact.identifierValue ?? null,
      platformAddress: contact.platformAddress ?? null,
      platformAddressSelector: contact.platformAddressSelector ?? null,
    }),
    recipientType: null,
    contactAnnotation: null,
  });
}

/**
 * A recipient is addressed by a contact identifier (`identifierKey`), which only contacts
 * have, so it is the CUSTOMER side; without an identifier Bird does not say who it is.
 */
export function recipientToParticipant(wire: BirdRecipientWire, ref: BirdRef, scope: BirdScope): BirdParticipant {
  const annotation = wire.contactAnnotation ?? null;
  return Object.assign(new BirdParticipant(), {
    id: itemId('participant', ref, wire.id, scope),
    provider: Provider.BIRD,
    nativeId: wire.id,
    role: wire.identifierKey ? ParticipantRole.CUSTOMER : ParticipantRole.UNKNOWN,
    displayName: orNull(annotation?.name),
    ...address(wire.identifierKey, wire.identifierValue),
    avatarUrl: null,
    raw: wire.raw,
    participantType: null,
    status: null,
    contact: Object.assign(new BirdParticipantContact(), {
      identifierKey: wire.identifierKey ?? null,
      identifierValue: wire.identifierValue ?? null,
      platformAddress: wire.platformAddress ?? null,
      platformAddressSelector: null,
    }),
    recipientType: wire.type ?? null,
    contactAnnotation: annotation && Object.assign(new BirdContactAnnotation(), { name: annotation.name ?? null }),
  });
}

/** Participants deduplicated by Bird id, first occurrence kept. */
export function uniqueById<T extends Participant>(participants: readonly T[]): T[] {
  const seen = new Set<string>();
  return participants.filter((p) => {
    if (seen.has(p.nativeId)) return false;
    seen.add(p.nativeId);
    return true;
  });
}

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

function common(id: string, ref: BirdRef, scope: BirdScope, sender: BirdParticipantWire | null | undefined, recipients: BirdRecipientWire[] | null | undefined) {
  return {
    id: itemId('message', ref, id, scope),
    ref: { ...ref, itemId: id },
    scope,
    provider: Provider.BIRD,
    nativeId: id,
    kind: MessageKind.MESSAGE,
    direction: sender ? mapValue(sender.type, DIRECTION, MessageDirection.UNKNOWN) : MessageDirection.UNKNOWN,
    senderValue: sender ? toParticipant(sender, ref, scope) : null,
    recipientValues: uniqueById((recipients ?? []).map((r) => recipientToParticipant(r, ref, scope))),
  };
}

/** A full message (list item or `GET …/messages/{id}`) of conversation `ref`. */
export function toMessage(wire: BirdMessageWire, ref: BirdRef, scope: BirdScope): BirdMessage {
  return Object.assign(new BirdMessage(), {
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
  return Object.assign(new BirdMessage(), {
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
