import { build, type FieldsOf } from '../../../kit/build';
import { Defects } from '../../../kit/defects';
import type { JsonObject } from '../../../kit/json';
import type { Tolerant } from '../../../kit/tolerant';
import { mapValue } from '../../../kit/wire';
import { formatGlobalId } from '../../../ids/global-id';
import { ParticipantRole } from '../../../schema/enums';
import type { HalLink, LinkRef } from '../api/keys';
import type { HelpScoutLinks } from '../graphql/links';
import { HelpScoutCustomer, HelpScoutEmailAddress, HelpScoutUser } from '../graphql/participant.type';
import { HELP_SCOUT } from '../identity';
import type { WireCustomer, WirePerson, WireUser } from '../wire/person.wire';
import { linkRef } from './link.mapper';

/** Person `type` → role. v2 reports system users as `user`; v3's `system_user` is kept for safety. */
const ROLES: Readonly<Record<string, ParticipantRole>> = {
  customer: ParticipantRole.CUSTOMER,
  user: ParticipantRole.AGENT,
  team: ParticipantRole.AGENT,
  system_user: ParticipantRole.BOT,
};

/** Fields of a summary computed from more than one key, or from a key of another name. */
const SUMMARY_SOURCES = { displayName: ['first', 'last'], avatarUrl: ['photoUrl'] } as const;
/** The same for a person read from its full record. */
const RECORD_SOURCES = {
  displayName: ['firstName', 'lastName'], first: ['firstName'], last: ['lastName'], avatarUrl: ['photoUrl'], photoUrl: ['photoUrl'],
  email: ['_embedded'], phone: ['_embedded', 'phone'],
} as const;

/** Where a person's full record lives and who follows it. */
export interface PersonLinks {
  follow: HelpScoutLinks;
  /** HAL link to this very person in the embedding payload, if it has one (else the documented path). */
  rel?: HalLink | null;
}

/** A summary with what the payload could not give it: its own raw object and the defects inside it. */
export interface PersonPart {
  raw: JsonObject | null;
  defects: Defects;
}

const NO_PART: PersonPart = { raw: null, defects: Defects.none };

const present = (part: string | null | undefined): part is string => typeof part === 'string' && part.trim() !== '';

/** First and last name joined by a space, skipping blank parts (each kept as sent); null when both are blank. */
export function displayName(first: string | null | undefined, last: string | null | undefined): string | null {
  if (present(first)) return present(last) ? `${first} ${last}` : first;
  return present(last) ? last : null;
}

type Reading = { part: PersonPart; phone: string | null; sources: Readonly<Record<string, readonly string[]>> };

/** What sets a customer apart from a user or team (the rest every person gives alike). */
interface Kind<L extends LinkRef | null> {
  idKind: string;
  role: ParticipantRole;
  profileLink: L;
}

type PersonFields<L> = Omit<FieldsOf<HelpScoutCustomer>, 'profileLink'> & { profileLink: L };

/**
 * Every field of a person, customer or user, as one flat literal (no spread: see `build`).
 * Summaries carry no phone (only the full record has one).
 */
function personFields<L extends LinkRef | null>(person: WirePerson, links: PersonLinks, { part, phone }: Reading, kind: Kind<L>): PersonFields<L> {
  return {
    id: formatGlobalId(HELP_SCOUT.slug, String(person.id), kind.idKind),
    provider: HELP_SCOUT.name,
    nativeId: String(person.id),
    role: kind.role,
    displayName: displayName(person.first, person.last),
    email: person.email ?? null,
    phone,
    avatarUrl: person.photoUrl ?? null,
    raw: part.raw,
    first: person.first ?? null,
    last: person.last ?? null,
    photoUrl: person.photoUrl ?? null,
    follow: links.follow,
    type: person.type ?? null,
    profileLink: kind.profileLink,
  };
}

function customer(person: WirePerson, links: PersonLinks, reading: Reading): HelpScoutCustomer {
  const id = String(person.id);
  const kind = { idKind: 'customer', role: ParticipantRole.CUSTOMER, profileLink: linkRef('customer', links.rel ?? null, id) };
  return build(HelpScoutCustomer, personFields(person, links, reading, kind), reading.part.defects.forFields(reading.sources));
}

function user(person: WirePerson, links: PersonLinks, reading: Reading): HelpScoutUser {
  const id = String(person.id);
  const isTeam = person.type === 'team';
  const kind = {
    idKind: isTeam ? 'team' : 'user',
    role: mapValue(person.type ?? 'user', ROLES, ParticipantRole.UNKNOWN),
    // A team has no user record to read.
    profileLink: isTeam ? null : linkRef('user', links.rel ?? null, id),
  };
  return build(HelpScoutUser, personFields(person, links, reading, kind), reading.part.defects.forFields(reading.sources));
}

export function mapCustomerSummary(person: WirePerson, links: PersonLinks, part: PersonPart = NO_PART): HelpScoutCustomer {
  return customer(person, links, { part, phone: null, sources: SUMMARY_SOURCES });
}

export function mapUserSummary(person: WirePerson, links: PersonLinks, part: PersonPart = NO_PART): HelpScoutUser {
  return user(person, links, { part, phone: null, sources: SUMMARY_SOURCES });
}

/** A person whose kind the payload states in `type` (`createdBy`): customers vs users and teams. */
export function mapPerson(person: WirePerson, links: PersonLinks, part: PersonPart = NO_PART): HelpScoutCustomer | HelpScoutUser {
  return person.type === 'customer' ? mapCustomerSummary(person, links, part) : mapUserSummary(person, links, part);
}

export function mapEmailAddress(address: string): HelpScoutEmailAddress {
  return build(HelpScoutEmailAddress, {
    id: formatGlobalId(HELP_SCOUT.slug, address, 'email'),
    provider: HELP_SCOUT.name,
    nativeId: address,
    role: ParticipantRole.UNKNOWN,
    displayName: null,
    email: address,
    phone: null,
    avatarUrl: null,
    raw: null,
  });
}

/** A customer node read from its full record (`node(id: "helpscout:customer:…")`); `self` is where it was read. */
export function customerFromRecord({ wire, raw, defects }: Tolerant<WireCustomer>, self: HalLink, follow: HelpScoutLinks): HelpScoutCustomer {
  const emails = wire._embedded?.emails ?? [];
  const phones = wire._embedded?.phones ?? [];
  const person = { id: wire.id, type: 'customer', first: wire.firstName, last: wire.lastName, email: emails[0]?.value, photoUrl: wire.photoUrl };
  return customer(person, { follow, rel: self }, { part: { raw, defects }, phone: phones[0]?.value ?? null, sources: RECORD_SOURCES });
}

/** A user node read from its full record (`node(id: "helpscout:user:…")`); `self` is where it was read. */
export function userFromRecord({ wire, raw, defects }: Tolerant<WireUser>, self: HalLink, follow: HelpScoutLinks): HelpScoutUser {
  const person = { id: wire.id, type: 'user', first: wire.firstName, last: wire.lastName, email: wire.email, photoUrl: wire.photoUrl };
  return user(person, { follow, rel: self }, { part: { raw, defects }, phone: wire.phone ?? null, sources: RECORD_SOURCES });
}
