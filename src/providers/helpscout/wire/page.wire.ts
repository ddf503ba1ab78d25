import { z } from 'zod';
import { parseWire } from '../../../kit/wire';
import { HELP_SCOUT } from '../identity';
import { zLinks, type WireLinks } from './hal.wire';

/** HAL paging block of every Help Scout list (documented: overview/pagination). Without it a page cannot be placed. */
const zPage = z.object({
  size: z.number().int().positive(),
  totalElements: z.number().int().nonnegative(),
  totalPages: z.number().int().nonnegative(),
  number: z.number().int().positive(),
});
export type WirePage = z.infer<typeof zPage>;

// Items stay as sent, whatever they are: each is read (or kept as an unreadable edge) only when a
// window returns it, so one broken item costs its own edge, never the page.
const zItems = z.array(z.unknown()).nullish();
const zThreadsPage = z.object({ _embedded: z.object({ threads: zItems }).nullish(), page: zPage, _links: zLinks.nullish() });
const zConversationsPage = z.object({ _embedded: z.object({ conversations: zItems }).nullish(), page: zPage, _links: zLinks.nullish() });

/**
 * One page of a HAL list: its items as sent, paging block and links (`next`, `previous`…). Items
 * are read one by one when a window returns them, so an item nobody reads costs nothing and
 * cannot fail the page.
 */
export interface WireList {
  items: unknown[];
  page: WirePage;
  links: WireLinks | null;
}

/** `GET /v2/conversations/{id}/threads?page=N`: newest first, 50 per page. */
export function parseThreadsPage(body: unknown): WireList {
  const parsed = parseWire(zThreadsPage, body, HELP_SCOUT.slug, 'threads page');
  return { items: parsed._embedded?.threads ?? [], page: parsed.page, links: parsed._links ?? null };
}

/** `GET /v2/conversations?page=N`: newest first, 25 per page. */
export function parseConversationsPage(body: unknown): WireList {
  const parsed = parseWire(zConversationsPage, body, HELP_SCOUT.slug, 'conversations page');
  return { items: parsed._embedded?.conversations ?? [], page: parsed.page, links: parsed._links ?? null };
}
