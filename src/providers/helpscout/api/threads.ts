import { walkPages } from '../../../kit/paging/walk';
import { Unreadable } from '../../../kit/defects';
import { isJsonObject } from '../../../kit/json';
import type { LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { listWindow, readCursor, readWindow } from '../../../kit/paging/window';
import type { HelpScoutLinks, ThreadSource } from '../graphql/links';
import type { HelpScoutThread } from '../graphql/thread.type';
import { HELP_SCOUT } from '../identity';
import { mapThread } from '../mapping/thread.mapper';
import { linkHref } from '../wire/hal.wire';
import { parseThreadsPage } from '../wire/page.wire';
import { readThread, readThreadItem } from '../wire/thread.wire';
import { lastPageGuess, locateLastPage, threadsReader } from './pages';
import { resolveRef, withPage } from './paths';

const { slug } = HELP_SCOUT;

/** Reads and maps the threads a window returns (only those: the rest of a page is never read); a broken one keeps its edge. */
function toThreads(src: ThreadSource, follow: HelpScoutLinks, page: PageResult<unknown>): PageResult<HelpScoutThread | Unreadable> {
  const items = page.items.map(({ node, cursor }) => {
    const read = readThreadItem(node);
    return { node: read instanceof Unreadable ? read : mapThread(read, src.nativeId, follow), cursor };
  });
  return { ...page, items };
}

/**
 * Messages of a conversation, oldest first. Embedded threads (`embed=threads`) are windowed with
 * no request, under the address of the endpoint's first page, so their cursors and the
 * endpoint's interchange; otherwise the threads endpoint is read from its last page.
 */
export async function readThreads(src: ThreadSource, request: PageRequest, io: LinkIO, follow: HelpScoutLinks): Promise<PageResult<HelpScoutThread | Unreadable>> {
  const threads = resolveRef(io, src.threadsLink);
  if (src.embeddedThreads !== null) {
    const reader = threadsReader(threads, lastPageGuess(src.embeddedThreads.length));
    // A boundary cursor of the endpoint names a page, and a thread only through its anchor: without one the list in hand cannot place it.
    const position = request.after === null ? null : readCursor(io, slug, reader, request.after);
    if (position === null || position.after !== null || position.anchor !== undefined) {
      const oldestFirst = [...src.embeddedThreads].reverse();
      return toThreads(src, follow, listWindow(io, slug, reader, reader.start(request.first), oldestFirst, request));
    }
  }
  const lastPage = request.after === null ? await locateLastPage(io, threads, src.threadCount) : lastPageGuess(src.threadCount);
  return toThreads(src, follow, await readWindow(io, slug, threadsReader(threads, lastPage), request));
}

/** The newest thread (an unreadable id fails this field only), or null when there is none. */
function newestOf(src: ThreadSource, follow: HelpScoutLinks, newest: unknown): HelpScoutThread | null {
  return newest === undefined ? null : mapThread(readThread(newest), src.nativeId, follow);
}

/** The newest thread: embedded, or item 0 of threads page 1 (one request, shared with `messages` of a short conversation). */
export async function readLastThread(src: ThreadSource, io: LinkIO, follow: HelpScoutLinks): Promise<HelpScoutThread | null> {
  if (src.embeddedThreads !== null) return newestOf(src, follow, src.embeddedThreads[0]);
  if (src.threadCount === 0) return null;
  return newestOf(src, follow, parseThreadsPage((await io.get(withPage(resolveRef(io, src.threadsLink), 1))).body).items[0]);
}

/** One thread by id, for `node(id:)`: embedded, or found walking the pages from the newest. */
export async function findThread(src: ThreadSource, threadId: number, io: LinkIO, follow: HelpScoutLinks): Promise<HelpScoutThread | null> {
  const matches = (thread: unknown): boolean => isJsonObject(thread) && thread['id'] === threadId;
  let found: unknown;
  if (src.embeddedThreads !== null) {
    found = src.embeddedThreads.find(matches);
  } else {
    const walk = await walkPages<unknown>(io, slug, withPage(resolveRef(io, src.threadsLink), 1), (response) => {
      const list = parseThreadsPage(response.body);
      return { items: list.items, next: linkHref(list.links, 'next') };
    }, { enough: (collected) => collected.some(matches) });
    found = walk.items.find(matches);
  }
  return found === undefined ? null : mapThread(readThread(found), src.nativeId, follow);
}
