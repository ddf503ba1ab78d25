import { formatGlobalId } from '../../ids/global-id';
import type { JsonObject } from '../shared/json';
import { HelpScoutAddress, HelpScoutContactEntry, HelpScoutCustomerProfile, HelpScoutMailbox, HelpScoutUserProfile } from './helpscout-profile.type';
import type { WireCustomer, WireEntry, WireMailbox, WireUser } from './helpscout-resources.wire';
import { SLUG } from './helpscout.wire';

const entries = (list: WireEntry[] | null | undefined): HelpScoutContactEntry[] =>
  (list ?? []).map((e) => Object.assign(new HelpScoutContactEntry(), { id: e.id ?? null, value: e.value, type: e.type ?? null }));

/** Full customer record → profile object (pure). */
export function mapCustomerProfile(wire: WireCustomer, raw: JsonObject): HelpScoutCustomerProfile {
  const embedded = wire._embedded;
  const address = embedded?.address;
  return Object.assign(new HelpScoutCustomerProfile(), {
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
    address: address
      ? Object.assign(new HelpScoutAddress(), {
          lines: address.lines ?? [],
          city: address.city ?? null,
          state: address.state ?? null,
          postalCode: address.postalCode ?? null,
          country: address.country ?? null,
        })
      : null,
    raw,
  });
}

/** Full user record → profile object (pure). */
export function mapUserProfile(wire: WireUser, raw: JsonObject): HelpScoutUserProfile {
  return Object.assign(new HelpScoutUserProfile(), {
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
  return Object.assign(new HelpScoutMailbox(), {
    id: formatGlobalId(SLUG, String(wire.id), 'mailbox'),
    nativeId: String(wire.id),
    name: wire.name,
    slug: wire.slug ?? null,
    email: wire.email ?? null,
    createdAt: wire.createdAt ?? null,
    updatedAt: wire.updatedAt ?? null,
    raw,
  });
}
