import type { LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { walkPages } from '../../../kit/paging/walk';
import { readCursor, readWindow } from '../../../kit/paging/window';
import type { Message } from '../../../schema/message.interface';
import type { TextUsLinks, TextUsTimelineRef } from '../graphql/links';
import type { TextUsConversationEvent, TextUsMessage } from '../graphql/message.type';
import { TEXTUS } from '../identity';
import { mapTimelineItem } from '../mapping/message.mapper';
import { parseTimelinePage, type TextUsTimelineItemWire } from '../wire/timeline.wire';
import { MAX_TIMELINE_PAGES, timelineReader } from './pages';
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
      const next = parseTimelinePage(response.body).view?.next ?? null;
      if (next !== null) oldest = io.resolve(next, new URL(response.url)).href;
      return { items: [], next };
    },
    { maxPages: MAX_TIMELINE_PAGES },
  );
  return oldest;
}

/** Messages and events, oldest first, through the shared window. */
export async function timelineWindow(links: TextUsLinks, timeline: TextUsTimelineRef, request: PageRequest, io: LinkIO): Promise<PageResult<Message>> {
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
    items: window.items.map(({ node, cursor }) => ({ node: mapTimelineItem(node, timeline.people, links), cursor })),
  };
}

async function firstPage(io: LinkIO, timeline: TextUsTimelineRef): Promise<TextUsTimelineItemWire[]> {
  return parseTimelinePage((await io.get(io.resolve(pathOf(timeline)))).body).members;
}

/** The first timeline page as TextUs orders it (newest first): free when it was embedded. */
export async function firstTimelinePage(links: TextUsLinks, timeline: TextUsTimelineRef, io: LinkIO): Promise<Message[]> {
  return (await firstPage(io, timeline)).map((item) => mapTimelineItem(item, timeline.people, links));
}

/** The newest Message (events left out) of the first timeline page, or null. */
export async function newestMessage(links: TextUsLinks, timeline: TextUsTimelineRef, io: LinkIO): Promise<TextUsMessage | TextUsConversationEvent | null> {
  const newest = (await firstPage(io, timeline))
    .filter((item) => item.wire['@type'] === 'Message')
    .reduce<TextUsTimelineItemWire | null>(
      (best, item) => (best === null || Date.parse(item.wire.timelinePosition) > Date.parse(best.wire.timelinePosition) ? item : best),
      null,
    );
  return newest === null ? null : mapTimelineItem(newest, timeline.people, links);
}
