import type { UpstreamResponse } from '../../http/http-client';

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
   * `reverse`: the upstream only reads newest first while clients read oldest first: the first
   * window reads every page (bounded by `maxPages`) and serves them reversed; later windows
   * start from an anchor when the reader has `olderThan`, else from the top again.
   */
  order?: 'forward' | 'reverse';
  /**
   * Reverse readers over a keyset upstream (`from_id`): the address of the page of items older
   * than the item with this key, `pageSize` of them. A cursor then records an anchor `pageSize`
   * + 1 items newer than its item, so a later window costs one request, not the whole chain.
   */
  olderThan?(key: string): string;
  /** Items per upstream page of a reverse reader with `olderThan`. */
  pageSize?: number;
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
