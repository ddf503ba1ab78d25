import { badResponse } from '../../errors/parley-error';
import type { UpstreamResponse } from '../../http/http-client';
import type { LinkIO } from '../link-io';

/** Most upstream pages one field may read; beyond it the field fails loudly instead of truncating. */
export const MAX_PAGES = 20;

export interface PageOf<T> {
  items: T[];
  /** Link or URL of the next page, null on the last page. */
  next: string | null;
}

export interface WalkOptions<T> {
  maxPages?: number;
  /** Stop early once this returns true for everything collected so far. */
  enough?: (collected: readonly T[]) => boolean;
}

/**
 * Follows `next` links through the request's resource loader. A next link that repeats an
 * earlier page (a loop) or a chain longer than `maxPages` is reported as PROVIDER_BAD_RESPONSE
 * naming the cause: never an endless loop, never a silently truncated list.
 */
export async function walkPages<T>(
  io: LinkIO,
  provider: string,
  first: URL | string,
  parse: (response: UpstreamResponse) => PageOf<T>,
  options: WalkOptions<T> = {},
): Promise<{ items: T[]; pages: number; complete: boolean }> {
  const { maxPages = MAX_PAGES, enough } = options;
  const seen = new Set<string>();
  const items: T[] = [];
  let next: string | null = io.resolve(typeof first === 'string' ? first : first.href).href;
  while (next !== null) {
    if (seen.has(next)) throw badResponse(provider, 'pagination loops back to a page already read');
    if (seen.size >= maxPages) throw badResponse(provider, `pagination goes on past ${maxPages} pages; Parley stops there`);
    seen.add(next);
    const response = await io.get(next);
    const page = parse(response);
    items.push(...page.items);
    next = page.next === null ? null : io.resolve(page.next, new URL(response.url)).href;
    if (enough?.(items)) return { items, pages: seen.size, complete: next === null };
  }
  return { items, pages: seen.size, complete: true };
}
