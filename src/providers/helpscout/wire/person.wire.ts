import { z } from 'zod';
import { readTolerant, type Tolerant } from '../../../kit/tolerant';
import { zDateTime } from '../../../kit/wire';
import { byId, zId, zLooseText, zText } from './hal.wire';

/**
 * A person as embedded in conversations and threads: a summary (name, email, photo), never the
 * full customer or user profile. Its id is what makes it a person: without one it is left out.
 */
export const zPerson = z.object({
  id: zId,
  type: zLooseText,
  first: zText,
  last: zText,
  email: zText,
  photoUrl: zText,
});
export type WirePerson = z.infer<typeof zPerson>;

const zEntry = z.object({ id: z.number().int().nullish(), value: zText, type: zText });
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
  // Loose: a user's `role` shares its name with Participant.role, which must never fail.
  role: zLooseText,
  timezone: zText,
  photoUrl: zText,
  type: zLooseText,
  mention: zText,
  initials: zText,
  jobTitle: zText,
  phone: zText,
  alternateEmails: z.array(z.string()).nullish(),
  createdAt: zDateTime.nullish(),
  updatedAt: zDateTime.nullish(),
});
export type WireUser = z.infer<typeof zUser>;

export function readCustomer(body: unknown): Tolerant<WireCustomer> {
  return readTolerant(zCustomer, body, byId('customer'));
}

export function readUser(body: unknown): Tolerant<WireUser> {
  return readTolerant(zUser, body, byId('user'));
}
