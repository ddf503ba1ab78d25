import { z } from 'zod';
import { parseWire, zDateTime } from '../../../kit/wire';
import type { JsonObject } from '../../../kit/json';
import { HELP_SCOUT } from '../identity';
import { zId, zText } from './hal.wire';

/**
 * A person as embedded in conversations and threads: a summary (name, email, photo), never the
 * full customer or user profile.
 */
export const zPerson = z.object({
  id: zId,
  type: zText,
  first: zText,
  last: zText,
  email: zText,
  photoUrl: zText,
});
export type WirePerson = z.infer<typeof zPerson>;

const zEntry = z.object({ id: z.number().int().nullish(), value: z.string(), type: zText });
const zEntries = z.array(zEntry).nullish();
export type WireEntry = z.infer<typeof zEntry>;

/** `GET /v2/customers/{id}`: the full customer, with its contact entries embedded. */
const zCustomer = z.object({
  id: zId,
  firstName: zText,
  lastName: zText,
  gender: zText,
  jobTitle: zText,
  location: zText,
  organization: zText,
  photoType: zText,
  photoUrl: zText,
  age: zText,
  background: zText,
  draft: z.boolean().nullish(),
  createdAt: zDateTime.nullish(),
  updatedAt: zDateTime.nullish(),
  _embedded: z
    .object({
      emails: zEntries,
      phones: zEntries,
      chats: zEntries,
      social_profiles: zEntries,
      websites: zEntries,
      address: z
        .object({ city: zText, state: zText, postalCode: zText, country: zText, lines: z.array(z.string()).nullish() })
        .nullish(),
    })
    .nullish(),
});
export type WireCustomer = z.infer<typeof zCustomer>;

/** `GET /v2/users/{id}`: the full user (agent). */
const zUser = z.object({
  id: zId,
  firstName: zText,
  lastName: zText,
  email: zText,
  role: zText,
  timezone: zText,
  photoUrl: zText,
  type: zText,
  mention: zText,
  initials: zText,
  jobTitle: zText,
  phone: zText,
  alternateEmails: z.array(z.string()).nullish(),
  createdAt: zDateTime.nullish(),
  updatedAt: zDateTime.nullish(),
});
export type WireUser = z.infer<typeof zUser>;

export function parseCustomer(raw: JsonObject): WireCustomer {
  return parseWire(zCustomer, raw, HELP_SCOUT.slug, 'customer');
}

export function parseUser(raw: JsonObject): WireUser {
  return parseWire(zUser, raw, HELP_SCOUT.slug, 'user');
}
