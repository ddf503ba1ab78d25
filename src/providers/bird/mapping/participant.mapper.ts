import { build } from '../../../kit/build';
import { mapValue } from '../../../kit/wire';
import { ParticipantRole } from '../../../schema/enums';
import type { Participant } from '../../../schema/participant.interface';
import type { BirdRef } from '../api/keys';
import { BirdContactAnnotation, BirdParticipant, BirdParticipantContact } from '../graphql/participant.type';
import { BIRD } from '../identity';
import type { BirdParticipantWire, BirdRecipientWire } from '../wire/participant.wire';
import { itemNodeId, type BirdScope } from './scope.mapper';

/** Participant `type` (documented set: contact, user, accessKey, flow). */
const ROLE: Readonly<Record<string, ParticipantRole>> = {
  contact: ParticipantRole.CUSTOMER,
  user: ParticipantRole.AGENT,
  accessKey: ParticipantRole.SYSTEM,
  flow: ParticipantRole.BOT,
};

// Bird sends "" for an unset display name or avatar: that is "unknown", not a value.
export const orNull = (value: string | null | undefined): string | null => (value === undefined || value === '' ? null : value);

/** E-mail and phone come from the identifier the contact is reached by. */
function address(key: string | null | undefined, value: string | null | undefined): { email: string | null; phone: string | null } {
  return { email: key === 'emailaddress' ? orNull(value) : null, phone: key === 'phonenumber' ? orNull(value) : null };
}

/** The node fields of participant `id` of conversation `ref`, whatever Bird listed it as. */
function participantNode(id: string, ref: BirdRef, scope: BirdScope): { id: string; provider: string; nativeId: string } {
  return { id: itemNodeId('participant', ref, id, scope), provider: BIRD.name, nativeId: id };
}

/** A conversation participant (list item, featured, initiating or sender) of conversation `ref`. */
export function toParticipant(wire: BirdParticipantWire, ref: BirdRef, scope: BirdScope): BirdParticipant {
  const contact = wire.contact ?? null;
  return build(BirdParticipant, {
    ...participantNode(wire.id, ref, scope),
    role: mapValue(wire.type, ROLE, ParticipantRole.UNKNOWN),
    displayName: orNull(wire.displayName),
    ...address(contact?.identifierKey, contact?.identifierValue),
    avatarUrl: orNull(wire.avatarUrl),
    raw: wire.raw,
    participantType: wire.type,
    status: wire.status ?? null,
    contact:
      contact &&
      build(BirdParticipantContact, {
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
  return build(BirdParticipant, {
    ...participantNode(wire.id, ref, scope),
    role: wire.identifierKey ? ParticipantRole.CUSTOMER : ParticipantRole.UNKNOWN,
    displayName: orNull(annotation?.name),
    ...address(wire.identifierKey, wire.identifierValue),
    avatarUrl: null,
    raw: wire.raw,
    participantType: null,
    status: null,
    contact: build(BirdParticipantContact, {
      identifierKey: wire.identifierKey ?? null,
      identifierValue: wire.identifierValue ?? null,
      platformAddress: wire.platformAddress ?? null,
      platformAddressSelector: null,
    }),
    recipientType: wire.type ?? null,
    contactAnnotation: annotation && build(BirdContactAnnotation, { name: annotation.name ?? null }),
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
