import { z } from 'zod';
import type { JsonObject } from '../../../kit/json';
import { parseWire, zJsonObject } from '../../../kit/wire';
import { HELP_SCOUT } from '../identity';
import { zLinks, type WireLinks } from './hal.wire';

/** HAL paging block of every Help Scout list (documented: overview/pagination). */
const zPage = z.object({
  size: z.number().int().positive(),
  totalElements: z.number().int().nonnegative(),
  totalPages: z.number().int().nonnegative(),
  number: z.number().int().positive(),
});
export type WirePage = z.infer<typeof zPage>;

const zThreadsPage = z.object({
  // Items stay raw, as in every Help Scout list: only the threads a window returns are parsed.
  _embedded: z.object({ threads: z.array(zJsonObject).nullish() }).nullish(),
  page: zPage,
  _links: zLinks.nullish(),
});
const zConversationsPage = z.object({
  _embedded: z.object({ conversations: z.array(zJsonObject).nullish() }).nullish(),
  page: zPage,
  _links: zLinks.nullish(),
});

/**
 * One page of a HAL list: its items as sent, paging block and links (`next`, `previous`…). Items
 * are parsed one by one when a window returns them, so an item nobody reads costs nothing and
 * cannot fail the page.
 */
export interface WireList<T> {
  items: T[];
  page: WirePage;
  links: WireLinks | null;
}

/** `GET /v2/conversations/{id}/threads?page=N`: newest first, 50 per page. */
export function parseThreadsPage(body: unknown): WireList<JsonObject> {
  const parsed = parseWire(zThreadsPage, body, HELP_SCOUT.slug, 'threads page');
  return { items: parsed._embedded?.threads ?? [], page: parsed.page, links: parsed._links ?? null };
}

/** `GET /v2/conversations?page=N`: newest first, 25 per page. */
export function parseConversationsPage(body: unknown): WireList<JsonObject> {
  const parsed = parseWire(zConversationsPage, body, HELP_SCOUT.slug, 'conversations page');
  return { items: parsed._embedded?.conversations ?? [], page: parsed.page, links: parsed._links ?? null };
}
