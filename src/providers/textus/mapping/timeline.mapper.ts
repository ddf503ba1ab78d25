import { formatGlobalId, formatPartId } from '../../../ids/global-id';
import { build } from '../../../kit/build';
import type { Defects } from '../../../kit/defects';
import type { TextUsLinks, TextUsPeopleRef, TextUsTimelineRef } from '../graphql/links';
import { TextUsTimeline } from '../graphql/timeline.type';
import { TEXTUS } from '../identity';
import type { TextUsConversationWire, TextUsTimelineSummaryWire } from '../wire/conversation.wire';
import { LD_SOURCES, jsonLdOf, viewOf } from './parts.mapper';

/** The timeline as embedded (its first page, or the list shape's summary); null when only linked or left out. */
export const timelineSummaryOf = (wire: TextUsConversationWire): TextUsTimelineSummaryWire | null =>
  typeof wire.timeline === 'object' && wire.timeline !== null ? wire.timeline : null;

/**
 * The embedded first page as a TextUsTimeline (null when the payload only links it). Its id is
 * the conversation's: the timeline's own JSON-LD id is shared by its first view.
 */
export function timelineOf(page: TextUsTimelineSummaryWire | null, ref: TextUsTimelineRef, links: TextUsLinks, defects: Defects): TextUsTimeline | null {
  if (!page) return null;
  return build(TextUsTimeline, {
    id: formatPartId(formatGlobalId(TEXTUS.slug, ref.people.conversationKey), 'timeline'),
    jsonLd: jsonLdOf(page),
    latestPosition: page.latestPosition ?? null,
    totalItems: page.totalItems ?? null,
    view: viewOf(page.view, defects.under('view')),
    ref,
    links,
  }, defects.forFields(LD_SOURCES, ['view']));
}

/** Where the timeline lives; a first page embedded in full says whether older pages exist. */
export function timelineRefOf(wire: TextUsConversationWire, people: TextUsPeopleRef): TextUsTimelineRef {
  const timeline = timelineSummaryOf(wire);
  return {
    people,
    path: typeof wire.timeline === 'string' ? wire.timeline : (timeline?.id ?? null),
    // The list shape's summary has no members: its view is not trusted as a page's.
    olderThanFirst: timeline?.members == null ? undefined : (timeline.view?.next ?? null),
    totalItems: timeline?.totalItems ?? null,
  };
}

