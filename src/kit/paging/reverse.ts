import type { LinkIO } from '../link-io';
import { addressOf, itemGone, readCursor, type CursorPosition, type WindowCursor } from './cursor';
import type { PageReader } from './reader';
import type { PageItem, PageRequest, PageResult } from './request';
import { walkPages } from './walk';

/**
 * Reverse mode: the upstream lists newest first, clients read oldest first. The first window
 * reads the chain from the top; a later one reads down from its cursor's page until it meets
 * the cursor's item (or, from a keyset anchor, until it has the `d` items in between).
 */
export async function readReversed<W>(io: LinkIO, slug: string, reader: PageReader<W>, request: PageRequest): Promise<PageResult<W>> {
  const top = io.resolve(reader.start(request.first));
  if (request.after === null) return reversedFrom(io, slug, reader, { page: top, after: null }, top, request.first);
  const from = readCursor(io, slug, reader, request.after);
  const result = await reversedFrom(io, slug, reader, from, top, request.first);
  // Too few items between an anchor and the cursor's item (the window grew): read from the top.
  if (from.page.href !== top.href && result.items.length < request.first) {
    return reversedFrom(io, slug, reader, { page: top, after: from.after }, top, request.first);
  }
  return result;
}

async function reversedFrom<W>(io: LinkIO, slug: string, reader: PageReader<W>, from: CursorPosition, top: URL, first: number): Promise<PageResult<W>> {
  const { after, between } = from;
  const fromTop = from.page.href === top.href;
  let total: number | null = null;
  const seen = (items: readonly W[]): boolean => after !== null && items.some((item) => reader.key(item) === after);
  const walked = await walkPages<W>(
    io,
    slug,
    from.page,
    (response) => {
      const page = reader.read(response);
      total ??= page.total ?? null;
      return { items: [...page.items], next: page.next };
    },
    {
      ...(reader.maxPages === undefined ? {} : { maxPages: reader.maxPages }),
      enough: (items) => seen(items) || (between !== undefined && items.length >= between),
    },
  );
  // Newest first, from just below the page's top down to (not including) the cursor's item.
  let newer = walked.items;
  if (after !== null) {
    const at = newer.findIndex((item) => reader.key(item) === after);
    if (at >= 0) newer = newer.slice(0, at);
    else if (between !== undefined && newer.length >= between) newer = newer.slice(0, between);
    else throw itemGone(slug);
  }
  const count = newer.length;
  const items: PageItem<W>[] = [];
  for (let m = count - 1; m >= Math.max(0, count - first); m -= 1) {
    const node = newer[m] as W;
    items.push({ node, cursor: reverseCursor(io, reader, newer, m, from.page, fromTop, first) });
  }
  // From an anchor, the anchor item itself is newer than everything read: more always follows.
  const hasNextPage = count > first || !fromTop;
  return { items, hasNextPage, totalCount: total ?? (fromTop && after === null ? count : null) };
}

/**
 * The cursor after `newer[m]`: its key, and where a later window starts reading down. With a
 * keyset reader that is the page older than the item `pageSize` + 1 newer (one request holds
 * exactly the `pageSize` items in between); failing that, the page this window read from when
 * it holds at least a window's worth above the item; else the top.
 */
function reverseCursor<W>(io: LinkIO, reader: PageReader<W>, newer: readonly W[], m: number, page: URL, fromTop: boolean, first: number): WindowCursor {
  const a = reader.key(newer[m] as W);
  const size = reader.pageSize;
  const anchor = size !== undefined ? newer[m - size - 1] : undefined;
  if (reader.olderThan && size !== undefined && anchor !== undefined) return { p: addressOf(io, io.resolve(reader.olderThan(reader.key(anchor)))), a, d: size };
  if (!fromTop && m >= first) return { p: addressOf(io, page), a, d: m };
  return { p: addressOf(io, io.resolve(reader.start(first))), a };
}
