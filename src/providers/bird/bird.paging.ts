import { z } from 'zod';
import { badUserInput } from '../../errors/parley-error';
import { MAX_PAGE_SIZE, type PageRequest } from '../../schema/paging';
import type { ProviderIO } from '../adapter';
import type { JsonValue } from '../shared/json';
import { walkPages } from '../shared/pages';
import { SLUG } from './bird.keys';
import type { BirdList } from './bird.wire';

/**
 * Where to continue after one item: read the page `t` (Bird's opaque `pageToken`, null for the
 * first page) with `limit` `n` and skip its first `s` items. Bird's tokens mark a position
 * (they decode to a `[timestamp, id]` keyset), so the next request may use another limit;
 * a partly read page is re-read with the limit it was read with, so the skip stays exact.
 */
const zPageState = z.strictObject({
  t: z.string().min(1).max(8000).nullable(),
  s: z.number().int().min(0).max(MAX_PAGE_SIZE),
  n: z.number().int().min(1).max(MAX_PAGE_SIZE),
});
export type BirdPageState = z.infer<typeof zPageState>;

/** The state to start from: the first page, or the validated state from the client's cursor. */
export function readPageState(after: JsonValue | null, first: number): BirdPageState {
  if (after === null) return { t: null, s: 0, n: pageLimit(first) };
  const parsed = zPageState.safeParse(after);
  if (!parsed.success) throw badUserInput('Cursor does not hold a Bird page position', SLUG);
  return parsed.data;
}

/** Bird accepts `limit` from 1 to 100. */
export const pageLimit = (wanted: number): number => Math.min(MAX_PAGE_SIZE, Math.max(1, wanted));

/** One Bird list endpoint: how to address a page and how to read one. */
export interface BirdListSource<W> {
  /** Path of one page: Bird's `pageToken` (null for the first page) and `limit`. */
  url(token: string | null, limit: number): string;
  parse(body: unknown): BirdList<W>;
}

/** The items asked for, each with the state that continues after it. */
export interface BirdWindow<W> {
  items: { wire: W; cursor: BirdPageState }[];
  hasNextPage: boolean;
  total: number | null;
}

function cursorAfter(index: number, count: number, token: string | null, next: string | null, limit: number): BirdPageState {
  if (index + 1 < count || next === null) return { t: token, s: index + 1, n: limit };
  return { t: next, s: 0, n: limit };
}

/**
 * Reads `first` items after the request's cursor, walking `nextPageToken`s through the
 * request's loader (`walkPages` stops loops and endless chains). Each item carries the state
 * that continues right after it.
 */
export async function readWindow<W>(io: ProviderIO, source: BirdListSource<W>, request: PageRequest): Promise<BirdWindow<W>> {
  const state = readPageState(request.after, request.first);
  const want = state.s + request.first;
  let total: number | null = null;
  const walked = await walkPages(
    io,
    SLUG,
    source.url(state.t, state.s > 0 ? state.n : pageLimit(request.first)),
    (response) => {
      const page = source.parse(response.body);
      const url = new URL(response.url);
      const token = url.searchParams.get('pageToken');
      const limit = pageLimit(Number(url.searchParams.get('limit')));
      const next = page.nextPageToken ? page.nextPageToken : null;
      total ??= page.total ?? null;
      const items = page.results.map((wire, i) => ({ wire, cursor: cursorAfter(i, page.results.length, token, next, limit) }));
      // One limit for every following page, so a repeated token is a repeated URL: walkPages
      // reports it as a loop. Absolute, because walkPages resolves `next` against the page URL.
      return { items, next: next === null ? null : io.resolve(source.url(next, pageLimit(request.first))).href };
    },
    { enough: (all) => all.length >= want },
  );
  return { items: walked.items.slice(state.s, want), hasNextPage: walked.items.length > want || !walked.complete, total };
}
