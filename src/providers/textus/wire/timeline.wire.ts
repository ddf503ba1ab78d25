import { z } from 'zod';
import { type Parsed, keepRaw, parseWire, zDateTime, zJsonObject } from '../../../kit/wire';
import { TEXTUS } from '../identity';
import { ldShape, zCollection, zIdPath, zLink, zOptionalBoolean, zOptionalLink, zOptionalString, zView } from './ld.wire';

const PROVIDER = TEXTUS.slug;

/** A Message (`GET /messages/:message`, timeline members, `latestPreviewableItem`) [D types/Message]. */
export const zMessage = z.object({
  ...ldShape,
  '@type': z.literal('Message'),
  id: zIdPath('messages'),
  direction: z.string(),
  body: zOptionalString,
  formattedBody: zOptionalString,
  deliveryState: zOptionalString,
  displayTimestamp: zDateTime.nullable().optional(),
  // Sortable position in the timeline: Parley orders messages by it, so it is required.
  timelinePosition: zDateTime,
  conversation: zOptionalLink,
  sender: zOptionalLink,
  attachments: zCollection(zJsonObject).nullable().optional(),
  friendlyStateDescription: zOptionalString,
  retryAllowed: zOptionalBoolean,
  retry: zOptionalLink,
  latestEventAt: zDateTime.nullable().optional(),
  flags: z.array(z.string()).nullable().optional(),
  source: zOptionalString,
  status: zOptionalString,
});
export type TextUsMessageWire = z.infer<typeof zMessage>;

/** A link, or an embedded object with an `id` (undocumented for event users; both are accepted). */
const zRef = z.union([zLink, z.object({ id: zLink })]);

/** A ConversationEvent in the timeline (state changes, assignments). */
export const zEvent = z.object({
  ...ldShape,
  '@type': z.literal('ConversationEvent'),
  id: zIdPath('conversation_events'),
  type: zOptionalString,
  displayTimestamp: zDateTime.nullable().optional(),
  timelinePosition: zDateTime,
  conversation: zOptionalLink,
  user: zRef.nullable().optional(),
  assignee: zRef.nullable().optional(),
});
export type TextUsEventWire = z.infer<typeof zEvent>;

export const zRawMessage = keepRaw(zMessage);
export const zRawEvent = keepRaw(zEvent);
// The docs list only these two member types; anything else is reported, not guessed at.
export const zTimelineItem = z.union([zRawMessage, zRawEvent]);
export type TextUsTimelineItemWire = z.infer<typeof zTimelineItem>;

/** `GET /conversations/:slug/timeline`: newest first per the docs, `view.next` goes to older items. */
export const zTimelinePage = z.object({
  ...ldShape,
  id: zLink,
  latestPosition: zDateTime.nullable().optional(),
  totalItems: z.number().int().nonnegative(),
  members: z.array(zTimelineItem),
  view: zView.nullable().optional(),
});
export type TextUsTimelinePageWire = z.infer<typeof zTimelinePage>;

/** The timeline as embedded in a conversation: members may be left out (list results). */
export const zTimelineSummary = zTimelinePage.extend({ members: z.array(zTimelineItem).optional() });
export type TextUsTimelineSummaryWire = z.infer<typeof zTimelineSummary>;

export const parseTimelinePage = (body: unknown): TextUsTimelinePageWire =>
  parseWire(zTimelinePage, body, PROVIDER, 'timeline page');
export const parseMessage = (body: unknown): Parsed<TextUsMessageWire> => parseWire(zRawMessage, body, PROVIDER, 'message');
export const parseEvent = (body: unknown): Parsed<TextUsEventWire> => parseWire(zRawEvent, body, PROVIDER, 'conversation event');
