import { Unreadable } from '../../../kit/defects';
import type { LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { walkPages } from '../../../kit/paging/walk';
import { readCursor, readWindow } from '../../../kit/paging/window';
import type { Message } from '../../../schema/message.interface';
import type { Listed, TextUsLinks, TextUsPeopleRef, TextUsTimelineRef } from '../graphql/links';
import type { TextUsTimeline } from '../graphql/timeline.type';
import { TEXTUS } from '../identity';
import { itemError, mapTimelineItem } from '../mapping/message.mapper';
import { timelineOf } from '../mapping/timeline.mapper';
import { parseTimelinePage, readTimelineItem, type TextUsTimelineEntry, type TextUsTimelineItemRead } from '../wire/timeline.wire';
import { MAX_TIMELINE_PAGES, timelineMembers, timelineReader } from './pages';
import { textUsPaths } from './paths';

const pathOf = (timeline: TextUsTimelineRef): string => timeline.path ?? textUsPaths.timeline(timeline.people.conversationKey);

/**
 * The address of the oldest timeline page: the end of the `view.next` chain. Only a first page
 * that came embedded with no `next` spares the walk. Every page read here lands in the request's
 * loader, so the window reading forward from the oldest page re-reads none of them.
 */
async function oldestPage(io: LinkIO, timeline: TextUsTimelineRef): Promise<string> {
  const first = pathOf(timeline);
  if (timeline.olderThanFirst === null) return first;
  // The address as the walk requested it (not as redirected), so the window finds it in the loader.
  let oldest = io.resolve(timeline.olderThanFirst ?? first).href;
  await walkPages(
    io,
    TEXTUS.slug,
    oldest,
    (response) => {
      const next = parseTimelinePage(response.body).wire.view?.next ?? null;
      if (next !== null) oldest = io.resolve(next, new URL(response.url)).href;
      return { items: [], next };
    },
    { maxPages: MAX_TIMELINE_PAGES },
  );
  return oldest;
}

/** A timeline entry for GraphQL: the mapped item, or an unreadable one as it is. */
function entryOf(entry: TextUsTimelineEntry, people: TextUsPeopleRef, links: TextUsLinks): Message | Unreadable {
  return entry instanceof Unreadable ? entry : mapTimelineItem(entry, people, links);
}

/** Messages and events, oldest first, through the shared window. */
export async function timelineWindow(links: TextUsLinks, timeline: TextUsTimelineRef, request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>> {
  const path = pathOf(timeline);
  if (request.first === 0) {
    // Asking only for totalCount must not walk the timeline: the count came with the conversation.
    if (request.after !== null) readCursor(io, TEXTUS.slug, timelineReader(io.baseUrl, path, path), request.after);
    return { items: [], hasNextPage: request.after === null && timeline.totalItems !== 0, totalCount: timeline.totalItems };
  }
  // A cursor names its own page: only a window from the top needs the oldest page found first.
  const start = request.after === null ? await oldestPage(io, timeline) : path;
  const window = await readWindow(io, TEXTUS.slug, timelineReader(io.baseUrl, path, start), request);
  return {
    ...window,
    items: window.items.map(({ node, cursor }) => ({ node: entryOf(node, timeline.people, links), cursor })),
  };
}

async function firstPage(io: LinkIO, timeline: TextUsTimelineRef): Promise<TextUsTimelineEntry[]> {
  return timelineMembers(parseTimelinePage((await io.get(io.resolve(pathOf(timeline)))).body).wire.members);
}

/** The timeline behind its link, as its first page (one request unless read earlier in the operation). */
export async function fetchTimeline(links: TextUsLinks, timeline: TextUsTimelineRef, io: LinkIO): Promise<TextUsTimeline> {
  const { wire, defects } = parseTimelinePage((await io.get(io.resolve(pathOf(timeline)))).body);
  return timelineOf(wire, timeline, links, defects) as TextUsTimeline;
}

/** The first timeline page as TextUs orders it (newest first): free when it was embedded. */
export async function firstTimelinePage(links: TextUsLinks, timeline: TextUsTimelineRef, io: LinkIO): Promise<Listed<Message>[]> {
  return (await firstPage(io, timeline)).map((entry) => (entry instanceof Unreadable ? itemError(entry) : mapTimelineItem(entry, timeline.people, links)));
}

/** The newest Message (events and unreadable items left out) of the first timeline page, or null. */
export async function newestMessage(links: TextUsLinks, timeline: TextUsTimelineRef, io: LinkIO): Promise<Message | null> {
  let newest: { entry: TextUsTimelineItemRead; at: number } | null = null;
  for (const entry of await firstPage(io, timeline)) {
    if (entry instanceof Unreadable || entry.kind !== 'message') continue;
    const at = Date.parse(entry.read.wire.timelinePosition ?? entry.read.wire.displayTimestamp ?? '');
    if (newest === null || at > newest.at) newest = { entry, at };
  }
  return newest === null ? null : mapTimelineItem(newest.entry, timeline.people, links);
}

/** A timeline item behind a link (`latestPreviewableItem` as `/messages/06oyogE`): free when the timeline embedded it. */
export async function fetchItem(links: TextUsLinks, link: string, people: TextUsPeopleRef, io: LinkIO): Promise<Message> {
  const entry = readTimelineItem((await io.get(io.resolve(link))).body);
  if (entry instanceof Unreadable) throw itemError(entry);
  return mapTimelineItem(entry, people, links);
}
