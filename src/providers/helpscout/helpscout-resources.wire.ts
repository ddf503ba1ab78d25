import { z } from 'zod';
import { isJsonObject, type JsonObject } from '../shared/json';
import { parseWire, zDateTime, zJsonObject } from '../shared/wire';
import { SLUG, zId, zLinks, type WireLinks } from './helpscout.wire';

const zText = z.string().nullish();

/** HAL paging block of every Help Scout list (documented: overview/pagination). */
const zPage = z.object({
  size: z.number().int().positive(),
  totalElements: z.number().int().nonnegative(),
  totalPages: z.number().int().nonnegative(),
  number: z.number().int().positive(),
});
type WirePage = z.infer<typeof zPage>;

// Items stay raw here; each is parsed on its own so its untouched JSON can be kept as `raw`.
const zItems = z.array(zJsonObject).nullish();
const zThreadsPage = z.object({ _embedded: z.object({ threads: zItems }).nullish(), page: zPage, _links: zLinks.nullish() });
const zConversationsPage = z.object({
  _embedded: z.object({ conversations: zItems }).nullish(),
  page: zPage,
  _links: zLinks.nullish(),
});

/** One page of a HAL list: its raw items, paging block and links (`next`, `previous`…). */
export interface WireList {
  items: JsonObject[];
  page: WirePage;
  links: WireLinks | null;
}

/** `GET /v2/conversations/{id}/threads?page=N`: newest first, 50 per page. */
export function parseThreadsPage(body: unknown): WireList {
  const parsed = parseWire(zThreadsPage, body, SLUG, 'threads page');
  return { items: parsed._embedded?.threads ?? [], page: parsed.page, links: parsed._links ?? null };
}

/** `GET /v2/conversations?page=N`: newest first, 25 per page. */
export function parseConversationsPage(body: unknown): WireList {
  const parsed = parseWire(zConversationsPage, body, SLUG, 'conversations page');
  return { items: parsed._embedded?.conversations ?? [], page: parsed.page, links: parsed._links ?? null };
}

const zEntry = z.object({ id: z.number().int().nullish(), value: z.string(), type: zText });
const zEntries = z.array(zEntry).nullish();

/** `GET /v2/customers/{id}`: the full customer, with its contact entries embedded. */
export const zCustomer = z.object({
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
export type WireEntry = z.infer<typeof zEntry>;

/** `GET /v2/users/{id}`: the full user (agent). */
export const zUser = z.object({
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

/** `GET /v2/mailboxes/{id}`. */
export const zMailbox = z.object({
  id: zId,
  name: z.string(),
  slug: zText,
  email: zText,
  createdAt: zDateTime.nullish(),
  updatedAt: zDateTime.nullish(),
});
export type WireMailbox = z.infer<typeof zMailbox>;

/** `POST /v2/oauth2/token` (client credentials). */
export const zToken = z.object({
  access_token: z.string().min(1),
  token_type: zText,
  expires_in: z.number().positive(),
});

export function parseToken(body: unknown): z.infer<typeof zToken> {
  return parseWire(zToken, body, SLUG, 'token response');
}

/** Help Scout's error envelope's `logRef`, safe to show (it identifies the failure in their logs). */
export function readLogRef(body: unknown): string | undefined {
  if (!isJsonObject(body)) return undefined;
  const ref = body['logRef'];
  return typeof ref === 'string' && /^[\w-]{1,64}$/.test(ref) ? ref : undefined;
}
