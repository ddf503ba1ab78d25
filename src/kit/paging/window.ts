import { badUserInput, isParleyError } from '../../errors/parley-error';
import type { UpstreamResponse } from '../../http/http-client';
import type { JsonValue } from '../json';
import type { LinkIO } from '../link-io';
import type { PageItem, PageRequest, PageResult } from './request';
import { walkPages } from './walk';

/** One upstream page as a provider reads it. */
export interface UpstreamPage<W> {
  /** The page's items in the order clients see them (a reader may reverse a newest-first page). */
  items: readonly W[];
  /**
   * Address of the page that continues these items in that order, or null after the last one.
   * Resolved against the page's own URL (as a link in the page would be), not the base URL.
   */
  next: string | null;
  /** Total number of items in the collection, when the page says so. */
  total?: number | null;
}

/**
 * What a provider tells the window about one of its collections: where it starts, how to read
 * one page, and how to recognise an item again. Everything else (walking, cutting the window,
 * `hasNextPage`, cursors) is the window's.
 */
export interface PageReader<W> {
  /** Address (relative to the base URL, or absolute) of the page the collection starts on; `first` is the window size asked for. */
  start(first: number): string;
  read(response: UpstreamResponse): UpstreamPage<W>;
  /** A key that finds the item again on its page when a client continues after it. */
  key(item: W): string;
  /** Whether a page address from a client's cursor is a page of this collection. */
  owns(page: URL): boolean;
  /**
   * `forward` (default): pages are read in client order and a cursor re-reads only its page.
   * `reverse`: the upstream only reads newest first while clients read oldest first, so every
   * page is read (bounded by `maxPages`) and the items are served in reverse.
   */
  order?: 'forward' | 'reverse';
  /**
   * True when the upstream addresses pages by position from one end (page numbers over a
   * newest-first list), so an item added or removed moves others across page boundaries. A
   * cursor at a page boundary then also records the item before the boundary and the total;
   * when the total has changed, the window re-anchors on that item instead of trusting the
   * boundary, so nothing is skipped (a vanished anchor is BAD_USER_INPUT, never a silent gap).
   */
  positional?: boolean;
  /** Most pages one window may read (default the shared page-chain cap). */
  maxPages?: number;
}

/** Where a boundary cursor of a positional list re-anchors when the list changed: page, item, total then. */
export type Anchor = { p: string; a: string; t: number };

/**
 * The position a cursor holds: the page (`p`, a path relative to the base URL) and the key of the
 * item to continue after (`a`), or null to start at the top of that page. The last item of a
 * page points at the page that follows, so continuing never re-reads a finished page; on a
 * positional list it also carries the anchor `r` to fall back on if the list changed.
 */
export type WindowCursor = {
  p: string;
  a: string | null;
  r?: Anchor;
};

// Bird documents page tokens of up to 8000 characters; a cursor Parley issues must come back intact.
const MAX_ADDRESS = 10_000;
const MAX_KEY = 512;

function notIssued(slug: string): Error {
  return badUserInput('Cursor is not a cursor Parley issued for this list', slug);
}

/** The address as a cursor stores it: relative to the base URL when under it, so cursors stay short. */
function addressOf(io: LinkIO, url: URL): string {
  const base = io.baseUrl.href;
  return url.href.startsWith(base) ? url.href.slice(base.length) : url.href;
}

/** A checked cursor: the page to read, the key to continue after, and the anchor of a positional boundary. */
export interface CursorPosition {
  page: URL;
  after: string | null;
  anchor?: { page: URL; after: string; total: number };
}

function ownPage<W>(io: LinkIO, slug: string, reader: Pick<PageReader<W>, 'owns'>, address: unknown): URL {
  if (typeof address !== 'string' || address.length === 0 || address.length > MAX_ADDRESS) throw notIssued(slug);
  let page: URL;
  try {
    page = io.resolve(address);
  } catch (error) {
    if (isParleyError(error)) throw notIssued(slug);
    throw error;
  }
  if (!reader.owns(page)) throw notIssued(slug);
  return page;
}

const isKey = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY;

/** Validates a cursor's state; a forged, foreign or stale shape is BAD_USER_INPUT before any request. */
export function readCursor<W>(io: LinkIO, slug: string, reader: Pick<PageReader<W>, 'owns'>, state: JsonValue): CursorPosition {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) throw notIssued(slug);
  const { p, a, r } = state;
  if (a !== null && !isKey(a)) throw notIssued(slug);
  if (Object.keys(state).length !== (r === undefined ? 2 : 3)) throw notIssued(slug);
  const position: CursorPosition = { page: ownPage(io, slug, reader, p), after: a };
  if (r === undefined) return position;
  if (a !== null || typeof r !== 'object' || r === null || Array.isArray(r) || Object.keys(r).length !== 3) throw notIssued(slug);
  const { t } = r;
  if (!isKey(r['a']) || typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0) throw notIssued(slug);
  return { ...position, anchor: { page: ownPage(io, slug, reader, r['p']), after: r['a'], total: t } };
}

interface Placed<W> {
  item: W;
  cursor: WindowCursor;
}

function itemGone(slug: string): Error {
  return badUserInput('The cursor points at an item that is no longer where it was; page again from the start', slug);
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

/** Reads the whole newest-first chain and serves it oldest first; the cursor holds the item's key. */
async function readReversed<W>(io: LinkIO, slug: string, reader: PageReader<W>, request: PageRequest): Promise<PageResult<W>> {
  const start = io.resolve(reader.start(request.first));
  const after = request.after === null ? null : readCursor(io, slug, reader, request.after).after;
  let total: number | null = null;
  const walked = await walkPages<W>(
    io,
    slug,
    start,
    (response) => {
      const page = reader.read(response);
      total ??= page.total ?? null;
      return { items: [...page.items], next: page.next };
    },
    reader.maxPages === undefined ? {} : { maxPages: reader.maxPages },
  );
  const all = walked.items.reverse();
  let from = 0;
  if (after !== null) {
    const at = all.findIndex((item) => reader.key(item) === after);
    if (at < 0) throw itemGone(slug);
    from = at + 1;
  }
  const p = addressOf(io, start);
  const items = all.slice(from, from + request.first).map((item) => ({ node: item, cursor: { p, a: reader.key(item) } }));
  return { items, hasNextPage: from + request.first < all.length, totalCount: total ?? all.length };
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
