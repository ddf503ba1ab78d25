import { unsupported } from '../../../errors/parley-error';
import { MAX_PAGES } from '../../../kit/paging/walk';
import type { PageReader } from '../../../kit/paging/window';
import { LAYER } from '../identity';
import { parseLayerConversationList, type LayerConversationWire } from '../wire/conversation.wire';
import { Unreadable } from '../../../kit/defects';
import { layerCount, type LayerItem } from '../wire/list.wire';
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

const rawUuid = (key: string, uuidOf: (uri: string) => string): string => uuidOf(key) || key;

/**
 * Keys of list items; an unreadable item is keyed by its raw id (a URI gives its UUID, which
 * `from_id` takes), so the list still continues after it.
 */
const messageKey = (item: LayerItem<LayerMessageWire>): string => (item instanceof Unreadable ? rawUuid(item.key, messageUuidOf) : messageUuidOf(item.wire.id));
const conversationKey = (item: LayerItem<LayerConversationWire>): string =>
  item instanceof Unreadable ? rawUuid(item.key, conversationUuidOf) : conversationUuidOf(item.wire.id);

/**
 * A conversation's messages: Layer lists them newest first and `from_id` only goes older, so the
 * window serves the chain reversed (oldest first), and `from_id` is the keyset anchor a later
 * window reads down from. One reader serves one window (it counts what it read).
 */
export function messagesReader(messagesUrl: URL): PageReader<LayerItem<LayerMessageWire>> {
  let count: number | null = null;
  let read = 0;
  // Only a walk from the newest message can tell the end by counting what it read.
  let fromTop = false;
  return {
    order: 'reverse',
    pageSize: LAYER_PAGE_SIZE,
    olderThan: (key) => messagesPage(messagesUrl, key, LAYER_PAGE_SIZE).href,
    start: () => messagesPage(messagesUrl, null, LAYER_PAGE_SIZE).href,
    read(response) {
      const items = parseLayerMessageList(response.body);
      if (read === 0) {
        fromTop = !new URL(response.url).searchParams.has('from_id');
        count = layerCount(response.headers);
        if (count !== null && count > MAX_PAGES * LAYER_PAGE_SIZE) {
          throw unsupported(LAYER.slug, `This conversation has ${count} messages; Parley reads at most ${MAX_PAGES * LAYER_PAGE_SIZE} to page it oldest first`);
        }
      }
      read += items.length;
      const last = items[items.length - 1];
      const ended = last === undefined || items.length < pageSizeOf(response.url) || (fromTop && count !== null && read >= count);
      return { items, next: ended ? null : messagesPage(messagesUrl, messageKey(last), LAYER_PAGE_SIZE).href, total: count };
    },
    key: messageKey,
    owns: (page) => isPageOf(page, messagesUrl),
  };
}

/** The conversations `user` takes part in, newest first (`sort_by=created_at`), `from_id` continuing after the last one. */
export function conversationListReader(baseUrl: URL, settings: LayerSettings, user: string): PageReader<LayerItem<LayerConversationWire>> {
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
      return { items, next: ended ? null : page(size, conversationKey(last)), total };
    },
    key: conversationKey,
    owns: (url) => isPageOf(url, new URL(conversationListPath(settings, user), baseUrl)),
  };
}
