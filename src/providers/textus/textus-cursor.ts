import { z } from 'zod';
import { badUserInput } from '../../errors/parley-error';
import type { UpstreamResponse } from '../../http/http-client';
import type { ProviderIO } from '../adapter';
import type { JsonValue } from '../shared/json';
import { walkPages } from '../shared/pages';
import { TEXTUS, checkCursorPage, pathOf } from './textus-links';

/**
 * Parley's cursor state for TextUs collections: an upstream page (path and query; hydra `view`
 * links are kept verbatim, their `cursor=` included) and the JSON-LD id of the item to continue
 * after on it, or null to continue from the top of that page. The last item of a page points at
 * the page that follows, so continuing never re-reads a page it has finished.
 */
const zPageCursor = z.object({ page: z.string().min(1).max(2048), after: z.string().min(1).max(256).nullable() });
export type PageCursor = z.infer<typeof zPageCursor>;

/** An item with the cursor that continues right after it. */
export interface Anchored<T> {
  item: T;
  cursor: PageCursor;
}

/** Validates a cursor coming back from a client: its page must belong to `collectionPath`. */
export function readPageCursor(io: ProviderIO, state: JsonValue, collectionPath: string, what: string): PageCursor {
  const parsed = zPageCursor.safeParse(state);
  if (!parsed.success) throw badUserInput(`The cursor is not a TextUs ${what} cursor`, TEXTUS);
  checkCursorPage(io, parsed.data.page, collectionPath);
  return parsed.data;
}

/**
 * Cursors for one page's items, in the order Parley returns them. `continuation` is the link to
 * the page that comes next in that order (`view.next` or `view.previous`), or null.
 */
export function anchor<T>(
  io: ProviderIO,
  response: UpstreamResponse,
  items: readonly T[],
  continuation: string | null,
  idOf: (item: T) => string,
): Anchored<T>[] {
  const page = pathOf(response.url);
  const following = continuation === null ? null : pathOf(io.resolve(continuation, new URL(response.url)));
  return items.map((item, i) => ({
    item,
    cursor: i === items.length - 1 && following !== null ? { page: following, after: null } : { page, after: idOf(item) },
  }));
}

export interface WalkAfterOptions<T> {
  /** Where to start: the collection's first page, or a cursor. */
  from: PageCursor;
  first: number;
  /** Items of a page in the order Parley returns them, and the link to the page that continues it. */
  read: (response: UpstreamResponse) => { items: T[]; next: string | null };
  idOf: (item: T) => string;
  maxPages?: number;
}

/** Reads from a cursor until `first` items are found; `more` says whether pages remain. */
export async function walkAfter<T>(io: ProviderIO, options: WalkAfterOptions<T>): Promise<{ items: Anchored<T>[]; more: boolean }> {
  const { from, first, read, idOf } = options;
  let skipping = from.after !== null;
  const walk = await walkPages(
    io,
    TEXTUS,
    from.page,
    (response) => {
      const page = read(response);
      let items = page.items;
      if (skipping) {
        skipping = false;
        const at = items.findIndex((item) => idOf(item) === from.after);
        if (at < 0) throw badUserInput('The cursor points at an item that is no longer on its page; start again without "after"', TEXTUS);
        items = items.slice(at + 1);
      }
      return { items: anchor(io, response, items, page.next, idOf), next: page.next };
    },
    { ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }), enough: (collected) => collected.length >= first },
  );
  return { items: walk.items, more: !walk.complete };
}
