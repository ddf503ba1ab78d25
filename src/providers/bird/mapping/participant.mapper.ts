import { build } from '../../../kit/build';
import { Defects } from '../../../kit/defects';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { ParticipantRole } from '../../../schema/enums';
import type { Participant } from '../../../schema/participant.interface';
import type { BirdRef } from '../api/keys';
import { BirdContactAnnotation, BirdParticipant, BirdParticipantContact } from '../graphql/participant.type';
import { BIRD } from '../identity';
import type { BirdParticipantWire, BirdRecipientWire } from '../wire/participant.wire';
import { itemNodeId, type BirdScope } from './scope.mapper';

/**
 * Participant `type` (documented: contact, user, accessKey, flow, bot, connector, channel,
 * collaborationAutomation). An AI bot, a flow and an action rule act on their own: BOT. A
 * connector sends campaign messages and a channel participant is an Instagram echo of what the
 * business sent outside Bird: the system side, not a person. Anything else is UNKNOWN, with the
 * type as sent in `participantType`.
 */
const ROLE: Readonly<Record<string, ParticipantRole>> = {
  contact: ParticipantRole.CUSTOMER,
  user: ParticipantRole.AGENT,
  accessKey: ParticipantRole.SYSTEM,
  flow: ParticipantRole.BOT,
  bot: ParticipantRole.BOT,
  connector: ParticipantRole.SYSTEM,
  channel: ParticipantRole.SYSTEM,
  collaborationAutomation: ParticipantRole.BOT,
};

/** Where a participant's mapped fields come from, for defects reported at those fields. */
const SOURCES = { role: ['type'], participantType: ['type'], email: ['contact'], phone: ['contact'] } as const;

// Bird sends "" for an unset display name or avatar: that is "unknown", not a value.
export const orNull = (value: string | null | undefined): string | null => (value === undefined || value === '' ? null : value);

/** E-mail and phone come from the identifier the contact is reached by. */
function address(key: string | null | undefined, value: string | null | undefined): { email: string | null; phone: string | null } {
  return { email: key === 'emailaddress' ? orNull(value) : null, phone: key === 'phonenumber' ? orNull(value) : null };
}

/** The node id of participant `id` of conversation `ref`, whatever Bird listed it as. */
const participantNodeId = (id: string, ref: BirdRef, scope: BirdScope): string => itemNodeId('participant', ref, id, scope);

/** A participant read on its own (`node(id:)`, the participants list). */
export function readParticipant(read: Tolerant<BirdParticipantWire>, ref: BirdRef, scope: BirdScope): BirdParticipant {
  return toParticipant(read.wire, ref, scope, read.defects);
}

/**
 * A conversation participant (list item, featured, initiating or sender) of conversation `ref`;
 * `defects` are those of this participant's part of the payload.
 */
export function toParticipant(wire: BirdParticipantWire, ref: BirdRef, scope: BirdScope, defects: Defects = Defects.none): BirdParticipant {
  const contact = wire.contact ?? null;
  // Fields listed one by one, never spread in (see `build`).
  const { email, phone } = address(contact?.identifierKey, contact?.identifierValue);
  return build(BirdParticipant, {
    id: participantNodeId(wire.id, ref, scope),
    provider: BIRD.name,
    nativeId: wire.id,
    role: mapValue(wire.type, ROLE, ParticipantRole.UNKNOWN),
    displayName: orNull(wire.displayName),
    email,
    phone,
    avatarUrl: orNull(wire.avatarUrl),
    raw: wire.raw,
    participantType: wire.type ?? null,
    status: wire.status ?? null,
    contact:
      contact &&
      build(
        BirdParticipantContact,
        {
          identifierKey: contact.identifierKey ?? null,
          identifierValue: contact.identifierValue ?? null,
          platformAddress: contact.platformAddress ?? null,
          platformAddressSelector: contact.platformAddressSelector ?? null,
        },
        defects.under('contact').forFields(),
      ),
    recipientType: null,
    contactAnnotation: null,
  }, defects.forFields(SOURCES, ['contact']));
}

/** A recipient's fields read from several keys: its contact part is built from the recipient's own keys. */
const RECIPIENT_SOURCES = {
  email: ['identifierKey', 'identifierValue'], phone: ['identifierKey', 'identifierValue'],
  contact: ['identifierKey', 'identifierValue', 'platformAddress'], recipientType: ['type'], displayName: ['contactAnnotation'],
} as const;

/**
 * A recipient is addressed by a contact identifier (`identifierKey`), which only contacts
 * have, so it is the CUSTOMER side; without an identifier Bird does not say who it is.
 */
export function recipientToParticipant(wire: BirdRecipientWire, ref: BirdRef, scope: BirdScope, defects: Defects = Defects.none): BirdParticipant {
  const annotation = wire.contactAnnotation ?? null;
  const own = defects.forFields(RECIPIENT_SOURCES, ['contactAnnotation']);
  const { email, phone } = address(wire.identifierKey, wire.identifierValue);
  return build(BirdParticipant, {
    id: participantNodeId(wire.id, ref, scope),
    provider: BIRD.name,
    nativeId: wire.id,
    role: wire.identifierKey ? ParticipantRole.CUSTOMER : ParticipantRole.UNKNOWN,
    displayName: orNull(annotation?.name),
    email,
    phone,
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
    contactAnnotation: annotation && build(BirdContactAnnotation, { name: annotation.name ?? null }, defects.under('contactAnnotation').forFields()),
  }, own);
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
