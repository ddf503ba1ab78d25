import { Unreadable } from '../../../kit/defects';
import { readItem } from '../../../kit/tolerant';
import type { PageReader } from '../../../kit/paging/window';
import { CONVERSATION_READ, parseConversationPage, type TextUsRawConversation, zConversation } from '../wire/conversation.wire';
import { parseTimelinePage, readTimelineItem, type TextUsTimelineEntry } from '../wire/timeline.wire';

/** Pages one timeline walk may read (25 items a page in the simulator): far above real conversations, still bounded. */
export const MAX_TIMELINE_PAGES = 100;

// TextUs's own opaque page cursor, alone: a cursor Parley issued never carries another parameter,
// so a forged one cannot smuggle a query string upstream. Base64 and base64url, raw or escaped.
const PAGE_QUERY = /^(?:\?cursor=(?:[A-Za-z0-9._~=-]|%2[BbFf]|%3[Dd]){1,2048})?$/;

/** Whether `page` is `path` (a collection's first page) or one of its `?cursor=` pages, on the base URL's origin. */
function isPageOf(base: URL, path: string, page: URL): boolean {
  const collection = new URL(path, base);
  return page.origin === collection.origin && page.pathname === collection.pathname && PAGE_QUERY.test(page.search);
}

/** An item's place in the timeline: its `timelinePosition`, else its display time; NaN when neither is readable. */
function positionOf(item: TextUsTimelineEntry): number {
  if (item instanceof Unreadable) return Number.NaN;
  const { timelinePosition, displayTimestamp } = item.read.wire;
  return Date.parse(timelinePosition ?? displayTimestamp ?? '');
}

/**
 * One page's items oldest first. TextUs documents timelines as newest first, yet its own example
 * lists a page oldest first: reversing and then sorting stably by `timelinePosition` (documented
 * as sortable) gives the right order either way. An item without a readable position takes the
 * position of the item before it (the first readable one when it leads), so it stays near its neighbours.
 */
export function oldestFirst(members: readonly TextUsTimelineEntry[]): TextUsTimelineEntry[] {
  const reversed = [...members].reverse();
  const positions = reversed.map(positionOf);
  const fallback = positions.find((position) => !Number.isNaN(position)) ?? 0;
  let carried = fallback;
  const placed = reversed.map((item, i) => {
    const position = positions[i] as number;
    if (!Number.isNaN(position)) carried = position;
    return { item, position: carried };
  });
  return placed.sort((a, b) => a.position - b.position).map(({ item }) => item);
}

/** The key that finds an item again on its page. */
export const itemKey = (item: TextUsTimelineEntry): string => (item instanceof Unreadable ? item.key : item.read.wire.id);

/** A page's members, each read on its own: a broken member keeps its place as an Unreadable. */
export function timelineMembers(members: readonly unknown[] | null | undefined): TextUsTimelineEntry[] {
  return (members ?? []).map(readTimelineItem);
}

/**
 * A conversation's timeline, oldest first. TextUs pages it newest first (`view.next` goes to
 * older items) and its cursors are opaque, so where the oldest page is cannot be computed: the
 * caller finds it (`start`) and the window reads forward from there through `view.previous`.
 * `path` is the timeline's first page; cursors must name it or one of its pages.
 */
export function timelineReader(base: URL, path: string, start: string): PageReader<TextUsTimelineEntry> {
  return {
    start: () => start,
    read(response) {
      const { wire } = parseTimelinePage(response.body);
      return { items: oldestFirst(timelineMembers(wire.members)), next: wire.view?.previous ?? null, total: wire.totalItems ?? null };
    },
    key: itemKey,
    owns: (page) => isPageOf(base, path, page),
    maxPages: MAX_TIMELINE_PAGES,
  };
}

/** The account's conversations, newest activity first, as TextUs lists them (`view.next`); each read on its own. */
export function conversationListReader(base: URL, path: string): PageReader<TextUsRawConversation | Unreadable> {
  return {
    start: () => path,
    read(response) {
      const { wire } = parseConversationPage(response.body);
      const items = (wire.members ?? []).map((member) => readItem(zConversation, member, CONVERSATION_READ));
      return { items, next: wire.view?.next ?? null, total: wire.totalItems ?? null };
    },
    key: (member) => (member instanceof Unreadable ? member.key : member.wire.id),
    owns: (page) => isPageOf(base, path, page),
  };
}
