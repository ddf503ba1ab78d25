import { build } from '../../../kit/build';
import type { JsonObject } from '../../../kit/json';
import { formatGlobalId } from '../../../ids/global-id';
import {
  HelpScoutAddress, HelpScoutContactEntry, HelpScoutCustomerProfile, HelpScoutMailbox, HelpScoutUserProfile,
} from '../graphql/profile.type';
import { HELP_SCOUT } from '../identity';
import type { WireMailbox } from '../wire/mailbox.wire';
import type { WireCustomer, WireEntry, WireUser } from '../wire/person.wire';

const entries = (list: WireEntry[] | null | undefined): HelpScoutContactEntry[] =>
  (list ?? []).map((e) => build(HelpScoutContactEntry, { id: e.id ?? null, value: e.value, type: e.type ?? null }));

type WireAddress = NonNullable<NonNullable<WireCustomer['_embedded']>['address']>;

function mapAddress(address: WireAddress): HelpScoutAddress {
  return build(HelpScoutAddress, {
    lines: address.lines ?? [],
    city: address.city ?? null,
    state: address.state ?? null,
    postalCode: address.postalCode ?? null,
    country: address.country ?? null,
  });
}

/** Full customer record → profile object (pure). */
export function mapCustomerProfile(wire: WireCustomer, raw: JsonObject): HelpScoutCustomerProfile {
  const embedded = wire._embedded;
  return build(HelpScoutCustomerProfile, {
    nativeId: String(wire.id),
    firstName: wire.firstName ?? null,
    lastName: wire.lastName ?? null,
    gender: wire.gender ?? null,
    jobTitle: wire.jobTitle ?? null,
    location: wire.location ?? null,
    organization: wire.organization ?? null,
    photoType: wire.photoType ?? null,
    photoUrl: wire.photoUrl ?? null,
    age: wire.age ?? null,
    background: wire.background ?? null,
    draft: wire.draft ?? null,
    createdAt: wire.createdAt ?? null,
    updatedAt: wire.updatedAt ?? null,
    emails: entries(embedded?.emails),
    phones: entries(embedded?.phones),
    chats: entries(embedded?.chats),
    socialProfiles: entries(embedded?.social_profiles),
    websites: entries(embedded?.websites),
    address: embedded?.address ? mapAddress(embedded.address) : null,
    raw,
  });
}

/** Full user record → profile object (pure). */
export function mapUserProfile(wire: WireUser, raw: JsonObject): HelpScoutUserProfile {
  return build(HelpScoutUserProfile, {
    nativeId: String(wire.id),
    firstName: wire.firstName ?? null,
    lastName: wire.lastName ?? null,
    email: wire.email ?? null,
    role: wire.role ?? null,
    timezone: wire.timezone ?? null,
    photoUrl: wire.photoUrl ?? null,
    type: wire.type ?? null,
    mention: wire.mention ?? null,
    initials: wire.initials ?? null,
    jobTitle: wire.jobTitle ?? null,
    phone: wire.phone ?? null,
    alternateEmails: wire.alternateEmails ?? [],
    createdAt: wire.createdAt ?? null,
    updatedAt: wire.updatedAt ?? null,
    raw,
  });
}

export function mapMailbox(wire: WireMailbox, raw: JsonObject): HelpScoutMailbox {
  return build(HelpScoutMailbox, {
    id: formatGlobalId(HELP_SCOUT.slug, String(wire.id), 'mailbox'),
    nativeId: String(wire.id),
    name: wire.name,
    slug: wire.slug ?? null,
    email: wire.email ?? null,
    createdAt: wire.createdAt ?? null,
    updatedAt: wire.updatedAt ?? null,
    raw,
  });
}
