import { z } from 'zod';
import { badResponse, badUserInput } from '../../errors/parley-error';
import type { PageRequest, PageResult } from '../../schema/paging';
import type { ProviderIO } from '../adapter';
import type { JsonObject } from '../shared/json';
import { walkPages } from '../shared/pages';
import { parseThreadsPage } from './helpscout-resources.wire';
import { mapThread } from './helpscout-thread.mapper';
import type { HelpScoutThread } from './helpscout-thread.type';
import type { LinkRef } from './helpscout.links';
import { withPage } from './helpscout.paths';
import { linkHref, parseThread, SLUG } from './helpscout.wire';

/** Documented page size of the threads endpoint; the responses' own `page.size` wins when they differ. */
const THREADS_PAGE_SIZE = 50;

/** What a conversation tells the thread reader (the conversation type satisfies it). */
export interface ThreadSource {
  nativeId: string;
  threadCount: number | null;
  /** Every thread, newest first, when the response embedded all of them (`embed=threads`). */
  embeddedThreads: JsonObject[] | null;
  threadsLink: LinkRef;
}

/**
 * Cursor state: where the item sat in Help Scout's own paging (newest first) when it was read.
 * With `total` it pins the item's oldest-first position, which new threads do not move.
 */
const zCursor = z.strictObject({
  page: z.number().int().positive(),
  index: z.number().int().nonnegative(),
  size: z.number().int().positive().max(1000),
  total: z.number().int().positive(),
});
type ThreadCursor = z.infer<typeof zCursor>;

interface Located {
  k: number;
  raw: JsonObject;
}

function startPosition(after: unknown): { start: number; hint: ThreadCursor | null } {
  if (after === null) return { start: 0, hint: null };
  const parsed = zCursor.safeParse(after);
  const c = parsed.success ? parsed.data : null;
  if (!c || c.index >= c.size || (c.page - 1) * c.size + c.index >= c.total) {
    throw badUserInput('Cursor is not a Help Scout messages cursor Parley issued', SLUG);
  }
  // Continue right after the item: one position newer in oldest-first order.
  return { start: c.total - ((c.page - 1) * c.size + c.index), hint: c };
}

const cursorAt = (k: number, size: number, total: number): ThreadCursor => ({ page: Math.floor(k / size) + 1, index: k % size, size, total });

function toItems(src: ThreadSource, io: ProviderIO, located: Located[], size: number, total: number): PageResult<HelpScoutThread>['items'] {
  return located.map(({ k, raw }) => ({
    node: mapThread(parseThread(raw), raw, src.nativeId, io.baseUrl.href),
    cursor: cursorAt(k, size, total),
  }));
}

/** Oldest-first window over a complete newest-first list (embedded threads): no request. */
function fromEmbedded(src: ThreadSource, all: JsonObject[], start: number, first: number, io: ProviderIO): PageResult<HelpScoutThread> {
  const total = all.length;
  const located: Located[] = [];
  for (let pos = start; pos < Math.min(total, start + first); pos += 1) {
    const raw = all[total - 1 - pos];
    if (raw) located.push({ k: total - 1 - pos, raw });
  }
  return { items: toItems(src, io, located, THREADS_PAGE_SIZE, total), hasNextPage: start + first < total, totalCount: total };
}

function threadsUrl(src: ThreadSource, io: ProviderIO): URL {
  return io.resolve(src.threadsLink.href, new URL(src.threadsLink.base));
}

/**
 * Oldest-first window read from the threads endpoint (newest first): starts at the page holding
 * the window's oldest item and walks `previous` links toward page 1. The first page is guessed
 * from the cursor or the conversation's thread count; a wrong guess (the conversation changed)
 * costs one extra request, never a wrong item.
 */
async function fromEndpoint(src: ThreadSource, io: ProviderIO, start: number, first: number, hint: ThreadCursor | null): Promise<PageResult<HelpScoutThread>> {
  const base = threadsUrl(src, io);
  const guessTotal = hint?.total ?? src.threadCount ?? 0;
  const guessSize = hint?.size ?? THREADS_PAGE_SIZE;
  const guessPage = Math.max(1, Math.floor((guessTotal - 1 - start) / guessSize) + 1);
  const probe = parseThreadsPage((await io.get(withPage(base, guessPage))).body).page;
  const { totalElements: total, size } = probe;
  const kStart = total - 1 - start;
  if (kStart < 0 || first === 0) return { items: [], hasNextPage: kStart >= 0, totalCount: total };
  const kEnd = Math.max(0, kStart - first + 1);
  const endPage = Math.floor(kEnd / size) + 1;
  const { items } = await walkPages<Located>(io, SLUG, withPage(base, Math.floor(kStart / size) + 1), (response) => {
    const list = parseThreadsPage(response.body);
    if (list.page.totalElements !== total || list.page.size !== size) throw badResponse(SLUG, 'threads changed while being paged; retry');
    const offset = (list.page.number - 1) * size;
    return {
      items: list.items.map((raw, i) => ({ k: offset + i, raw })),
      next: list.page.number > endPage ? linkHref(list.links, 'previous') : null,
    };
  });
  const byK = new Map(items.map((item) => [item.k, item]));
  const located: Located[] = [];
  for (let k = kStart; k >= kEnd; k -= 1) {
    const item = byK.get(k);
    if (!item) throw badResponse(SLUG, `threads page ${Math.floor(k / size) + 1} is shorter than its page.totalElements says`);
    located.push(item);
  }
  return { items: toItems(src, io, located, size, total), hasNextPage: kEnd > 0, totalCount: total };
}

/** Messages of a conversation, oldest first, `first` at most 100 (checked by the caller). */
export function loadThreads(src: ThreadSource, request: PageRequest, io: ProviderIO): Promise<PageResult<HelpScoutThread>> {
  const { start, hint } = startPosition(request.after);
  if (src.embeddedThreads) return Promise.resolve(fromEmbedded(src, src.embeddedThreads, start, request.first, io));
  return fromEndpoint(src, io, start, request.first, hint);
}

/** The newest thread: embedded, or item 0 of threads page 1 (one request, shared with `messages`). */
export async function loadLastThread(src: ThreadSource, io: ProviderIO): Promise<HelpScoutThread | null> {
  const newest = src.embeddedThreads
    ? src.embeddedThreads[0]
    : src.threadCount === 0
      ? undefined
      : parseThreadsPage((await io.get(withPage(threadsUrl(src, io), 1))).body).items[0];
  return newest ? mapThread(parseThread(newest), newest, src.nativeId, io.baseUrl.href) : null;
}

/** One thread by id, for `node(id:)`: embedded, or found walking the pages from page 1. */
export async function findThread(src: ThreadSource, threadId: number, io: ProviderIO): Promise<HelpScoutThread | null> {
  const matches = (raw: JsonObject): boolean => raw['id'] === threadId;
  let found = src.embeddedThreads?.find(matches);
  if (!found && !src.embeddedThreads) {
    const walk = await walkPages<JsonObject>(io, SLUG, withPage(threadsUrl(src, io), 1), (response) => {
      const list = parseThreadsPage(response.body);
      return { items: list.items, next: linkHref(list.links, 'next') };
    }, { enough: (collected) => collected.some(matches) });
    found = walk.items.find(matches);
  }
  return found ? mapThread(parseThread(found), found, src.nativeId, io.baseUrl.href) : null;
}
