import { formatGlobalId } from '../../ids/global-id';
import { ParticipantRole, Provider } from '../../schema/enums';
import type { JsonObject } from '../shared/json';
import { mapValue } from '../shared/wire';
import { HelpScoutCustomer, HelpScoutEmailAddress, HelpScoutUser } from './helpscout-participant.type';
import type { WireCustomer, WireUser } from './helpscout-resources.wire';
import type { LinkRef } from './helpscout.links';
import { paths } from './helpscout.paths';
import { SLUG, type WirePerson } from './helpscout.wire';

/** Person `type` → role. v2 reports system users as `user`; v3's `system_user` is kept for safety. */
const ROLES: Readonly<Record<string, ParticipantRole>> = {
  customer: ParticipantRole.CUSTOMER,
  user: ParticipantRole.AGENT,
  team: ParticipantRole.AGENT,
  system_user: ParticipantRole.BOT,
};

/** Where persons' records live: the payload's HAL rel when present, else the documented path. */
export interface PersonLinks {
  /** Base URL of the provider, for paths built from ids. */
  baseUrl: string;
  /** HAL link to this very person in the embedding payload, if it has one. */
  rel?: LinkRef | null;
}

export function displayName(first: string | null | undefined, last: string | null | undefined): string | null {
  const name = [first, last].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' ');
  return name === '' ? null : name;
}

/** What every person summary gives, customer or user: summaries carry no phone (the full record has it). */
function summaryFields(person: WirePerson, raw: JsonObject | null) {
  return {
    provider: Provider.HELP_SCOUT,
    nativeId: String(person.id),
    displayName: displayName(person.first, person.last),
    email: person.email ?? null,
    phone: null,
    avatarUrl: person.photoUrl ?? null,
    raw,
    type: person.type ?? null,
    first: person.first ?? null,
    last: person.last ?? null,
    photoUrl: person.photoUrl ?? null,
  };
}

export function mapCustomerSummary(person: WirePerson, links: PersonLinks, raw: JsonObject | null = null): HelpScoutCustomer {
  const id = String(person.id);
  return Object.assign(new HelpScoutCustomer(), {
    ...summaryFields(person, raw),
    id: formatGlobalId(SLUG, id, 'customer'),
    role: ParticipantRole.CUSTOMER,
    profileLink: links.rel ?? { href: paths.customer(id), base: links.baseUrl },
  });
}

export function mapUserSummary(person: WirePerson, links: PersonLinks, raw: JsonObject | null = null): HelpScoutUser {
  const id = String(person.id);
  const isTeam = person.type === 'team';
  return Object.assign(new HelpScoutUser(), {
    ...summaryFields(person, raw),
    id: formatGlobalId(SLUG, id, isTeam ? 'team' : 'user'),
    role: mapValue(person.type ?? 'user', ROLES, ParticipantRole.UNKNOWN),
    profileLink: isTeam ? null : (links.rel ?? { href: paths.user(id), base: links.baseUrl }),
  });
}

/** A person whose kind the payload states in `type` (`createdBy`): customers vs users and teams. */
export function mapPerson(person: WirePerson, links: PersonLinks, raw: JsonObject | null = null): HelpScoutCustomer | HelpScoutUser {
  return person.type === 'customer' ? mapCustomerSummary(person, links, raw) : mapUserSummary(person, links, raw);
}

export function mapEmailAddress(address: string): HelpScoutEmailAddress {
  return Object.assign(new HelpScoutEmailAddress(), {
    id: formatGlobalId(SLUG, address, 'email'),
    provider: Provider.HELP_SCOUT,
    nativeId: address,
    role: ParticipantRole.UNKNOWN,
    displayName: null,
    email: address,
    phone: null,
    avatarUrl: null,
    raw: null,
  });
}

/** A customer node read from its full record (`node(id: "helpscout:customer:…")`). */
export function customerFromRecord(wire: WireCustomer, raw: JsonObject, self: LinkRef): HelpScoutCustomer {
  const emails = wire._embedded?.emails ?? [];
  const phones = wire._embedded?.phones ?? [];
  const summary = { id: wire.id, type: 'customer', first: wire.firstName, last: wire.lastName, email: emails[0]?.value, photoUrl: wire.photoUrl };
  return Object.assign(mapCustomerSummary(summary, { baseUrl: self.base, rel: self }, raw), { phone: phones[0]?.value ?? null });
}

/** A user node read from its full record (`node(id: "helpscout:user:…")`). */
export function userFromRecord(wire: WireUser, raw: JsonObject, self: LinkRef): HelpScoutUser {
  const summary = { id: wire.id, type: 'user', first: wire.firstName, last: wire.lastName, email: wire.email, photoUrl: wire.photoUrl };
  return Object.assign(mapUserSummary(summary, { baseUrl: self.base, rel: self }, raw), { phone: wire.phone ?? null });
}
