import { badUserInput, isParleyError } from '../../errors/parley-error';
import type { JsonValue } from '../json';
import type { LinkIO } from '../link-io';
import type { PageReader } from './reader';

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
  /** Reverse keyset lists: how many items lie between the anchor page's top and `a` when issued. */
  d?: number;
};

// Bird documents page tokens of up to 8000 characters; a cursor Parley issues must come back intact.
const MAX_ADDRESS = 10_000;
const MAX_KEY = 512;

export function notIssued(slug: string): Error {
  return badUserInput('Cursor is not a cursor Parley issued for this list', slug);
}

/** The address as a cursor stores it: relative to the base URL when under it, so cursors stay short. */
export function addressOf(io: LinkIO, url: URL): string {
  const base = io.baseUrl.href;
  return url.href.startsWith(base) ? url.href.slice(base.length) : url.href;
}

/** A checked cursor: the page to read, the key to continue after, and the anchor of a positional boundary. */
export interface CursorPosition {
  page: URL;
  after: string | null;
  anchor?: { page: URL; after: string; total: number };
  /** See WindowCursor.d. */
  between?: number;
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
  const { p, a, r, d } = state;
  if (a !== null && !isKey(a)) throw notIssued(slug);
  if (Object.keys(state).length !== 2 + (r === undefined ? 0 : 1) + (d === undefined ? 0 : 1)) throw notIssued(slug);
  const position: CursorPosition = { page: ownPage(io, slug, reader, p), after: a };
  if (d !== undefined) {
    if (a === null || r !== undefined || typeof d !== 'number' || !Number.isSafeInteger(d) || d < 1 || d > 10_000) throw notIssued(slug);
    position.between = d;
  }
  if (r === undefined) return position;
  if (a !== null || typeof r !== 'object' || r === null || Array.isArray(r) || Object.keys(r).length !== 3) throw notIssued(slug);
  const { t } = r;
  if (!isKey(r['a']) || typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0) throw notIssued(slug);
  return { ...position, anchor: { page: ownPage(io, slug, reader, r['p']), after: r['a'], total: t } };
}

export function itemGone(slug: string): Error {
  return badUserInput('The cursor points at an item that is no longer where it was; page again from the start', slug);
}
