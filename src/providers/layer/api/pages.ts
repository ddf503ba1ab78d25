import { unsupported } from '../../../errors/parley-error';
import { MAX_PAGES } from '../../../kit/paging/walk';
import type { PageReader } from '../../../kit/paging/window';
import type { Parsed } from '../../../kit/wire';
import { LAYER } from '../identity';
import { parseLayerConversationList, type LayerConversationWire } from '../wire/conversation.wire';
import { layerCount } from '../wire/list.wire';
import { parseLayerMessageList, type LayerMessageWire } from '../wire/message.wire';
import { conversationUuidOf, messageUuidOf, type LayerSettings } from './keys';
import { conversationListPage, conversationListPath, messagesPage } from './paths';

/** Layer's largest page; messages are always read in pages of this size so that pages are shared. */
export const LAYER_PAGE_SIZE = 100;
const LIST_PARAMS = new Set(['page_size', 'from_id', 'sort_by']);

/** Whether `page` addresses the collection at `collection`: same origin and path, no parameter but Layer's paging ones. */
function isPageOf(page: URL, collection: URL): boolean {
  const known = (name: string): boolean => LIST_PARAMS.has(name) || collection.searchParams.has(name);
  return page.origin === collection.origin && page.pathname === collection.pathname && [...page.searchParams.keys()].every(known);
}

/** How many items a page asked for (`page_size`), which tells a full page from the last one. */
const pageSizeOf = (url: string): number => Number(new URL(url).searchParams.get('page_size') ?? LAYER_PAGE_SIZE);

/**
 * A conversation's messages: Layer lists them newest first and `from_id` only goes older, so the
 * window reads the chain from the newest page down and serves it reversed (oldest first).
 * `after` is the key a client's cursor continues after: pages older than its page are never
 * served, so the chain stops at the page holding it. One reader serves one window.
 */
export function messagesReader(messagesUrl: URL, after: string | null): PageReader<Parsed<LayerMessageWire>> {
  let count: number | null = null;
  let read = 0;
  return {
    order: 'reverse',
    start: () => messagesPage(messagesUrl, null, LAYER_PAGE_SIZE).href,
    read(response) {
      const items = parseLayerMessageList(response.body);
      if (read === 0) {
        count = layerCount(response.headers);
        if (count !== null && count > MAX_PAGES * LAYER_PAGE_SIZE) {
          throw unsupported(LAYER.slug, `This conversation has ${count} messages; Parley reads at most ${MAX_PAGES * LAYER_PAGE_SIZE} to page it oldest first`);
        }
      }
      read += items.length;
      const last = items[items.length - 1];
      // A count makes the total exact without the older pages, so stopping early loses nothing.
      const reachedAfter = count !== null && after !== null && items.some((item) => messageUuidOf(item.wire.id) === after);
      const ended = last === undefined || items.length < pageSizeOf(response.url) || (count !== null && read >= count) || reachedAfter;
      return { items, next: ended ? null : messagesPage(messagesUrl, messageUuidOf(last.wire.id), LAYER_PAGE_SIZE).href, total: count };
    },
    key: (item) => messageUuidOf(item.wire.id),
    owns: (page) => isPageOf(page, messagesUrl),
  };
}

/** The conversations `user` takes part in, newest first (`sort_by=created_at`), `from_id` continuing after the last one. */
export function conversationListReader(baseUrl: URL, settings: LayerSettings, user: string): PageReader<Parsed<LayerConversationWire>> {
  const page = (size: number, fromId: string | null): string => new URL(conversationListPage(settings, user, size, fromId), baseUrl).href;
  return {
    // page_size must be 1..100; a zero-sized window still asks for one item to learn whether more exist.
    start: (first) => page(Math.max(1, first), null),
    read(response) {
      const items = parseLayerConversationList(response.body);
      const total = layerCount(response.headers);
      const size = pageSizeOf(response.url);
      const last = items[items.length - 1];
      const firstPage = !new URL(response.url).searchParams.has('from_id');
      // On the first page the count says whether a full page is also the last one.
      const ended = last === undefined || items.length < size || (firstPage && total !== null && items.length >= total);
      return { items, next: ended ? null : page(size, conversationUuidOf(last.wire.id)), total };
    },
    key: (item) => conversationUuidOf(item.wire.id),
    owns: (url) => isPageOf(url, new URL(conversationListPath(settings, user), baseUrl)),
  };
}
