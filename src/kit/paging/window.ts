import type { LinkIO } from '../link-io';
import { addressOf, itemGone, readCursor, type CursorPosition, type WindowCursor } from './cursor';
import type { PageReader, UpstreamPage } from './reader';
import type { PageItem, PageRequest, PageResult } from './request';
import { readReversed } from './reverse';
import { walkPages } from './walk';

export { readCursor } from './cursor';
export type { PageReader, UpstreamPage } from './reader';

interface Placed<W> {
  item: W;
  cursor: WindowCursor;
}

/**
 * One window of `request.first` items after the request's cursor, in client order, walking
 * upstream pages through the request's loader (`walkPages` stops loops and endless chains).
 * `hasNextPage` is exact for what the upstream reports: true when an item was seen beyond the
 * window or a next page is linked.
 */
export async function readWindow<W>(io: LinkIO, slug: string, reader: PageReader<W>, request: PageRequest): Promise<PageResult<W>> {
  if (reader.order === 'reverse') return readReversed(io, slug, reader, request);
  const from: CursorPosition =
    request.after === null ? { page: io.resolve(reader.start(request.first)), after: null } : readCursor(io, slug, reader, request.after);
  try {
    return await readForward(io, slug, reader, from, request.first);
  } catch (error) {
    if (!(error instanceof ListChanged) || !from.anchor) throw error;
    // The list changed since the boundary cursor was issued: continue right after its anchor item.
    return readForward(io, slug, reader, { page: from.anchor.page, after: from.anchor.after }, request.first);
  }
}

/** Thrown (and caught above) when a positional list's total differs from the one a boundary cursor saw. */
class ListChanged extends Error {}

async function readForward<W>(io: LinkIO, slug: string, reader: PageReader<W>, from: CursorPosition, first: number): Promise<PageResult<W>> {
  let total: number | null = null;
  let skipping = from.after !== null;
  let checking = from.anchor !== undefined;
  const walked = await walkPages<Placed<W>>(
    io,
    slug,
    from.page,
    (response) => {
      const page = reader.read(response);
      total ??= page.total ?? null;
      if (checking) {
        checking = false;
        if (page.total != null && page.total !== from.anchor?.total) throw new ListChanged();
      }
      const here = addressOf(io, new URL(response.url));
      const next = page.next === null ? null : io.resolve(page.next, new URL(response.url));
      let items = page.items.map((item, i): Placed<W> => ({ item, cursor: cursorAfter(io, reader, page, i, here, next) }));
      if (skipping) {
        skipping = false;
        const at = items.findIndex(({ item }) => reader.key(item) === from.after);
        if (at < 0) throw itemGone(slug);
        items = items.slice(at + 1);
      }
      return { items, next: next === null ? null : next.href };
    },
    { enough: (collected) => collected.length >= first, ...(reader.maxPages === undefined ? {} : { maxPages: reader.maxPages }) },
  );
  const items: PageItem<W>[] = walked.items.slice(0, first).map(({ item, cursor }) => ({ node: item, cursor }));
  return { items, hasNextPage: walked.items.length > first || !walked.complete, totalCount: total };
}

/** The cursor that continues after item `i` of a page (see WindowCursor). */
function cursorAfter<W>(io: LinkIO, reader: PageReader<W>, page: UpstreamPage<W>, i: number, here: string, next: URL | null): WindowCursor {
  const item = page.items[i] as W;
  if (i < page.items.length - 1 || next === null) return { p: here, a: reader.key(item) };
  const boundary: WindowCursor = { p: addressOf(io, next), a: null };
  if (reader.positional && page.total != null) boundary.r = { p: here, a: reader.key(item), t: page.total };
  return boundary;
}

/**
 * A window over a list already in hand (an embedded timeline, a message's own events): no
 * request, the same cursors. `address` names the list the way its upstream page would, so a
 * cursor from here and one from the paged endpoint of the same list are interchangeable.
 */
export function listWindow<W>(io: LinkIO, slug: string, reader: Pick<PageReader<NoInfer<W>>, 'key' | 'owns'>, address: string, all: readonly W[], request: PageRequest): PageResult<W> {
  let from = 0;
  if (request.after !== null) {
    const position = readCursor(io, slug, reader, request.after);
    // A boundary cursor of the paged endpoint names no item: continue after its anchor, or refuse.
    const after = position.after ?? position.anchor?.after ?? null;
    if (after === null && position.page.href !== io.resolve(address).href) throw itemGone(slug);
    if (after !== null) {
      const at = all.findIndex((item) => reader.key(item) === after);
      if (at < 0) throw itemGone(slug);
      from = at + 1;
    }
  }
  const p = addressOf(io, io.resolve(address));
  const items = all.slice(from, from + request.first).map((item) => ({ node: item, cursor: { p, a: reader.key(item) } }));
  return { items, hasNextPage: from + request.first < all.length, totalCount: all.length };
}
