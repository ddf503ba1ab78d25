import { build } from '../../../kit/build';
import type { Defects, FieldDefects } from '../../../kit/defects';
import type { Tolerant } from '../../../kit/tolerant';
import { formatGlobalId, formatPartId } from '../../../ids/global-id';
import {
  HelpScoutAddress, HelpScoutContactEntry, HelpScoutCustomerProfile, HelpScoutMailbox, HelpScoutUserProfile,
} from '../graphql/profile.type';
import { HELP_SCOUT } from '../identity';
import type { WireMailbox } from '../wire/mailbox.wire';
import type { WireCustomer, WireUser } from '../wire/person.wire';
import { withInner } from './defects.mapper';

type WireEmbedded = NonNullable<WireCustomer['_embedded']>;
type EntryKey = 'emails' | 'phones' | 'chats' | 'social_profiles' | 'websites';

/** An unreadable wire `id` shows at `entryId`: the part's own `id` is always known (by position at worst). */
function entryDefects(defects: Defects): FieldDefects | undefined {
  const found = defects.forFields({ entryId: ['id'] });
  if (found?.reasons['id'] === undefined) return found;
  return { ...found, reasons: Object.fromEntries(Object.entries(found.reasons).filter(([field]) => field !== 'id')) };
}

/** The part name of each list in an entry's id (`helpscout:customer:1#email/2`). */
const SEGMENT: Readonly<Record<EntryKey, string>> = { emails: 'email', phones: 'phone', chats: 'chat', social_profiles: 'socialProfile', websites: 'website' };

/**
 * One list of contact entries of customer `customerId` (a global id); each entry reports its own
 * unreadable leaves. An entry without an id is identified by its position (`@0`), which no
 * integer id can equal.
 */
function entries(embedded: WireEmbedded | null | undefined, key: EntryKey, customerId: string, defects: Defects): HelpScoutContactEntry[] {
  return (embedded?.[key] ?? []).map((e, i) =>
    build(
      HelpScoutContactEntry,
      { id: formatPartId(customerId, SEGMENT[key], e.id ?? `@${i}`), entryId: e.id ?? null, value: e.value ?? null, type: e.type ?? null },
      entryDefects(defects.under(key, i)),
    ),
  );
}

function mapAddress(address: NonNullable<WireEmbedded['address']>, defects: Defects): HelpScoutAddress {
  return build(
    HelpScoutAddress,
    {
      lines: address.lines ?? [],
      city: address.city ?? null,
      state: address.state ?? null,
      postalCode: address.postalCode ?? null,
      country: address.country ?? null,
    },
    defects.forFields(),
  );
}

const LISTS = ['emails', 'phones', 'chats', 'social_profiles', 'websites', 'address'] as const;
/** Every profile list lives under `_embedded`: losing `_embedded` itself costs all of them. */
const EMBEDDED_SOURCES = Object.fromEntries(['emails', 'phones', 'chats', 'socialProfiles', 'websites', 'address'].map((f) => [f, ['_embedded']]));

/** Full customer record → profile object (pure). */
export function mapCustomerProfile({ wire, raw, defects }: Tolerant<WireCustomer>): HelpScoutCustomerProfile {
  const embedded = wire._embedded;
  const inside = defects.under('_embedded');
  const customerId = formatGlobalId(HELP_SCOUT.slug, String(wire.id), 'customer');
  return build(
    HelpScoutCustomerProfile,
    {
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
      emails: entries(embedded, 'emails', customerId, inside),
      phones: entries(embedded, 'phones', customerId, inside),
      chats: entries(embedded, 'chats', customerId, inside),
      socialProfiles: entries(embedded, 'social_profiles', customerId, inside),
      websites: entries(embedded, 'websites', customerId, inside),
      address: embedded?.address ? mapAddress(embedded.address, inside.under('address')) : null,
      raw,
    },
    withInner(defects.forFields(EMBEDDED_SOURCES, ['_embedded']), inside.forFields({ socialProfiles: ['social_profiles'] }, LISTS)),
  );
}

/** Full user record → profile object (pure). */
export function mapUserProfile({ wire, raw, defects }: Tolerant<WireUser>): HelpScoutUserProfile {
  return build(
    HelpScoutUserProfile,
    {
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
    },
    defects.forFields(),
  );
}

export function mapMailbox({ wire, raw, defects }: Tolerant<WireMailbox>): HelpScoutMailbox {
  return build(
    HelpScoutMailbox,
    {
      id: formatGlobalId(HELP_SCOUT.slug, String(wire.id), 'mailbox'),
      nativeId: String(wire.id),
      name: wire.name ?? null,
      slug: wire.slug ?? null,
      email: wire.email ?? null,
      createdAt: wire.createdAt ?? null,
      updatedAt: wire.updatedAt ?? null,
      raw,
    },
    defects.forFields(),
  );
}
