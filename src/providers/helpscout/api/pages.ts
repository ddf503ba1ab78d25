import { badResponse } from '../../../errors/parley-error';
import { isJsonObject } from '../../../kit/json';
import { unreadableKey } from '../../../kit/tolerant';
import type { LinkIO } from '../../../kit/link-io';
import type { PageReader } from '../../../kit/paging/window';
import { HELP_SCOUT } from '../identity';
import { linkHref } from '../wire/hal.wire';
import { parseConversationsPage, parseThreadsPage, type WirePage } from '../wire/page.wire';
import { isPageOf, paths, withPage } from './paths';

/** Documented page size of the threads endpoint; a different size costs one request to find the last page. */
export const THREADS_PAGE_SIZE = 50;

/** Every page is full but the last: a page that disagrees with its own paging block would leave a gap. */
function checkLength(page: WirePage, count: number): void {
  const expected = Math.max(0, Math.min(page.size, page.totalElements - (page.number - 1) * page.size));
  if (count !== expected) {
    throw badResponse(HELP_SCOUT.slug, `threads page ${page.number} holds ${count} threads where its page block says ${expected}`);
  }
}

/**
 * Cursor key of a list item as sent (threads and conversations are read only when a window
 * returns them): its JSON id, or for an item without a usable id a digest of the item, so two
 * broken items on one page never share a key.
 */
const idKey = (raw: unknown): string => {
  const id = isJsonObject(raw) ? raw['id'] : undefined;
  return typeof id === 'number' || typeof id === 'string' ? JSON.stringify(id) : unreadableKey(raw);
};

/** The page a conversation's oldest threads are on, going by its thread count. */
export function lastPageGuess(threadCount: number | null): number {
  return Math.max(1, Math.ceil((threadCount ?? 0) / THREADS_PAGE_SIZE));
}

/**
 * Threads oldest first. Help Scout pages them newest first (page 1 holds the newest), so the
 * collection starts on the last page, each page is served reversed, and `previous` continues it.
 * `threads` is the conversation's threads endpoint, so a cursor of another conversation is refused.
 */
export function threadsReader(threads: URL, lastPage: number): PageReader<unknown> {
  return {
    // Page numbers count from the newest thread: a new thread moves every older one along.
    positional: true,
    start: () => withPage(threads, lastPage).href,
    read(response) {
      const list = parseThreadsPage(response.body);
      checkLength(list.page, list.items.length);
      return { items: [...list.items].reverse(), next: linkHref(list.links, 'previous'), total: list.page.totalElements };
    },
    key: idKey,
    owns: (page) => isPageOf(page, threads),
  };
}

/**
 * The last threads page, checked: the thread count's guess is read (the window reads it again
 * from the request's loader, so a right guess costs nothing), and a wrong one (threads added or
 * removed since the count) costs one request. Checked before the window walks, because a walk
 * that came back to the guessed page would be refused as a loop.
 */
export async function locateLastPage(io: LinkIO, threads: URL, threadCount: number | null): Promise<number> {
  const guess = lastPageGuess(threadCount);
  const { page } = parseThreadsPage((await io.get(withPage(threads, guess))).body);
  return page.totalPages === 0 || page.number === page.totalPages ? guess : page.totalPages;
}

/** A listed conversation as sent and the response it came in (its HAL hrefs resolve against it). */
export interface ListedConversation {
  raw: unknown;
  responseUrl: string;
}

/** `GET /v2/conversations?status=all`, newest first as Help Scout sorts it, following `next`. */
export function conversationsReader(baseUrl: URL): PageReader<ListedConversation> {
  const first = new URL(paths.conversations(1), baseUrl);
  return {
    // Page numbers count from the newest conversation: a new one moves every listed one along.
    positional: true,
    start: () => first.href,
    read(response) {
      const list = parseConversationsPage(response.body);
      const items = list.items.map((raw) => ({ raw, responseUrl: response.url }));
      return { items, next: linkHref(list.links, 'next'), total: list.page.totalElements };
    },
    key: ({ raw }) => idKey(raw),
    owns: (page) => isPageOf(page, first),
  };
}
