import type { PageReader } from '../../../kit/paging/window';
import { parseConversationPage, type TextUsRawConversation } from '../wire/conversation.wire';
import { parseTimelinePage, type TextUsTimelineItemWire } from '../wire/timeline.wire';

/** Pages one timeline walk may read (25 items a page in the simulator): far above real conversations, still bounded. */
export const MAX_TIMELINE_PAGES = 100;

/** Whether `page` is `path` (a collection's first page) or one of its `?cursor=` pages, on the base URL's origin. */
function isPageOf(base: URL, path: string, page: URL): boolean {
  const collection = new URL(path, base);
  return page.origin === collection.origin && page.pathname === collection.pathname;
}

/**
 * One page's items oldest first. TextUs documents timelines as newest first, yet its own example
 * lists a page oldest first: reversing and then sorting stably by `timelinePosition` (documented
 * as sortable) gives the right order either way.
 */
export function oldestFirst(members: readonly TextUsTimelineItemWire[]): TextUsTimelineItemWire[] {
  return [...members].reverse().sort((a, b) => Date.parse(a.wire.timelinePosition) - Date.parse(b.wire.timelinePosition));
}

/**
 * A conversation's timeline, oldest first. TextUs pages it newest first (`view.next` goes to
 * older items) and its cursors are opaque, so where the oldest page is cannot be computed: the
 * caller finds it (`start`) and the window reads forward from there through `view.previous`.
 * `path` is the timeline's first page; cursors must name it or one of its pages.
 */
export function timelineReader(base: URL, path: string, start: string): PageReader<TextUsTimelineItemWire> {
  return {
    start: () => start,
    read(response) {
      const page = parseTimelinePage(response.body);
      return { items: oldestFirst(page.members), next: page.view?.previous ?? null, total: page.totalItems };
    },
    key: (item) => item.wire.id,
    owns: (page) => isPageOf(base, path, page),
    maxPages: MAX_TIMELINE_PAGES,
  };
}

/** The account's conversations, newest activity first, as TextUs lists them (`view.next`). */
export function conversationListReader(base: URL, path: string): PageReader<TextUsRawConversation> {
  return {
    start: () => path,
    read(response) {
      const page = parseConversationPage(response.body);
      return { items: page.members, next: page.view?.next ?? null, total: page.totalItems };
    },
    key: (member) => member.wire.id,
    owns: (page) => isPageOf(base, path, page),
  };
}
