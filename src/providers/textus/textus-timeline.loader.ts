import type { Context } from '../../context';
import type { Message } from '../../schema/message.interface';
import type { PageRequest, PageResult } from '../../schema/paging';
import type { ProviderIO } from '../adapter';
import { walkPages } from '../shared/pages';
import type { JsonValue } from '../shared/json';
import { anchor, readPageCursor, walkAfter, type Anchored as AnchoredOf } from './textus-cursor';
import { TEXTUS, ioOf } from './textus-links';
import { mapTimelineItem } from './textus-message.mapper';
import { parseTimelinePage, type TextUsTimelineItemWire } from './textus-timeline.wire';

/** Pages one timeline walk may read (25 items a page in the simulator): far above real conversations, still bounded. */
export const MAX_TIMELINE_PAGES = 100;

/** What the timeline fields need from their conversation. */
export interface TimelineSource {
  slug: string;
  /** The timeline's JSON-LD id (`/conversations/kY1QwY/timeline`): its first page. */
  timelinePath: string;
  totalItems: number | null;
}

type Anchored = AnchoredOf<TextUsTimelineItemWire>;

const idOf = (item: TextUsTimelineItemWire): string => item.wire.id;

/**
 * One page's items oldest first. TextUs documents timelines as newest first, yet its own example
 * lists a page oldest first: reversing and then sorting stably by `timelinePosition` (documented
 * as sortable) gives the right order either way.
 */
function oldestFirst(members: TextUsTimelineItemWire[]): TextUsTimelineItemWire[] {
  return [...members].reverse().sort((a, b) => Date.parse(a.wire.timelinePosition) - Date.parse(b.wire.timelinePosition));
}

/** Oldest first from the start: the oldest items are on the last page, so every page is read. */
async function fromOldest(io: ProviderIO, source: TimelineSource): Promise<{ items: Anchored[]; more: boolean }> {
  const walk = await walkPages(
    io,
    TEXTUS,
    source.timelinePath,
    (response) => {
      const page = parseTimelinePage(response.body);
      // Read oldest first, a page continues with the newer page: its `view.previous`.
      const items = anchor(io, response, oldestFirst(page.members), page.view?.previous ?? null, idOf);
      return { items: [items], next: page.view?.next ?? null };
    },
    { maxPages: MAX_TIMELINE_PAGES },
  );
  return { items: walk.items.reverse().flat(), more: false };
}

/** After a cursor: its page, then `view.previous` (newer pages) until `first` items are found. */
function afterCursor(io: ProviderIO, source: TimelineSource, state: JsonValue, first: number): Promise<{ items: Anchored[]; more: boolean }> {
  return walkAfter(io, {
    from: readPageCursor(io, state, source.timelinePath, 'message'),
    first,
    read: (response) => {
      const page = parseTimelinePage(response.body);
      return { items: oldestFirst(page.members), next: page.view?.previous ?? null };
    },
    idOf,
    maxPages: MAX_TIMELINE_PAGES,
  });
}

/** Messages and events, oldest first, each with the cursor that continues after it. */
export async function loadTimeline(source: TimelineSource, request: PageRequest, ctx: Context): Promise<PageResult<Message>> {
  const io = ioOf(ctx);
  if (request.first === 0) {
    // Asking only for totalCount must not walk the timeline: the count came with the conversation.
    if (request.after !== null) readPageCursor(io, request.after, source.timelinePath, 'message');
    return { items: [], hasNextPage: request.after === null && source.totalItems !== 0, totalCount: source.totalItems };
  }
  const found =
    request.after === null
      ? await fromOldest(io, source)
      : await afterCursor(io, source, request.after, request.first);
  return {
    items: found.items.slice(0, request.first).map(({ item, cursor }) => ({ node: mapTimelineItem(item, source.slug), cursor })),
    hasNextPage: found.items.length > request.first || found.more,
    totalCount: source.totalItems,
  };
}

/** The first timeline page as TextUs orders it (newest first): free when it was embedded. */
export async function loadFirstPage(source: TimelineSource, ctx: Context): Promise<Message[]> {
  const io = ioOf(ctx);
  const page = parseTimelinePage((await io.get(io.resolve(source.timelinePath))).body);
  return page.members.map((item) => mapTimelineItem(item, source.slug));
}

/** The newest Message (events left out) of the first timeline page, or null. */
export async function loadNewestMessage(source: TimelineSource, ctx: Context): Promise<Message | null> {
  const io = ioOf(ctx);
  const page = parseTimelinePage((await io.get(io.resolve(source.timelinePath))).body);
  const newest = page.members
    .filter((item) => item.wire['@type'] === 'Message')
    .reduce<TextUsTimelineItemWire | null>(
      (best, item) => (best === null || Date.parse(item.wire.timelinePosition) > Date.parse(best.wire.timelinePosition) ? item : best),
      null,
    );
  return newest === null ? null : mapTimelineItem(newest, source.slug);
}
