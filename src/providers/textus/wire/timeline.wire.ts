import { z } from 'zod';
import type { Unreadable } from '../../../kit/defects';
import { type Tolerant, readItem, readTolerant } from '../../../kit/tolerant';
import { zDateTime, zJsonObject } from '../../../kit/wire';
import { TEXTUS } from '../identity';
import { ldShape, linkOr, zAnyIdPath, zCollection, zIdPath, zLink, zOptionalBoolean, zOptionalCount, zOptionalLink, zOptionalString, zView } from './ld.wire';

const PROVIDER = TEXTUS.slug;

/** What every timeline item has besides its id: where it sits in the timeline. */
const itemShape = {
  ...ldShape,
  displayTimestamp: zDateTime.nullish(),
  // Sortable position in the timeline [D]: Parley orders items by it when it is there.
  timelinePosition: zDateTime.nullish(),
  conversation: zOptionalLink,
};

/** A Message (`GET /messages/:message`, timeline members, `latestPreviewableItem`) [D types/Message]. */
export const zMessage = z.object({
  ...itemShape,
  id: zIdPath('messages'),
  direction: zOptionalString,
  body: zOptionalString,
  formattedBody: zOptionalString,
  deliveryState: zOptionalString,
  // A link in the example [S]; outbound messages also come with the User embedded.
  sender: linkOr(zJsonObject).nullish(),
  attachments: zCollection(zJsonObject).nullish(),
  friendlyStateDescription: zOptionalString,
  retryAllowed: zOptionalBoolean,
  retry: zOptionalLink,
  latestEventAt: zDateTime.nullish(),
  flags: z.array(z.string()).nullish(),
  source: zOptionalString,
  status: zOptionalString,
});
export type TextUsMessageWire = z.infer<typeof zMessage>;

/** A link, or an embedded object with an `id` (undocumented for event users; both are accepted). */
const zRef = linkOr(z.object({ id: zLink }));

/** A ConversationEvent in the timeline (state changes, assignments). */
export const zEvent = z.object({
  ...itemShape,
  id: zIdPath('conversation_events'),
  type: zOptionalString,
  user: zRef.nullish(),
  assignee: zRef.nullish(),
});
export type TextUsEventWire = z.infer<typeof zEvent>;

/** A timeline member of an `@type` the docs do not list: kept as data with its type and position. */
export const zOtherItem = z.object({ ...itemShape, id: zAnyIdPath });
export type TextUsOtherItemWire = z.infer<typeof zOtherItem>;

/** One timeline member as read: its kind decides the schema; an unreadable id keeps its place. */
export type TextUsTimelineItemRead =
  | { kind: 'message'; read: Tolerant<TextUsMessageWire> }
  | { kind: 'event'; read: Tolerant<TextUsEventWire> }
  | { kind: 'other'; read: Tolerant<TextUsOtherItemWire> };
export type TextUsTimelineEntry = TextUsTimelineItemRead | Unreadable;

const options = (what: string) => ({ provider: PROVIDER, what, identity: ['id'] });
const typeOf = (body: unknown): unknown => (typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['@type'] : undefined);

/** Reads a timeline member by its `@type`; other types are data, not errors. */
export function readTimelineItem(body: unknown): TextUsTimelineEntry {
  const type = typeOf(body);
  if (type === 'Message') {
    const read = readItem(zMessage, body, options('message'));
    return 'wire' in read ? { kind: 'message', read } : read;
  }
  if (type === 'ConversationEvent') {
    const read = readItem(zEvent, body, options('conversation event'));
    return 'wire' in read ? { kind: 'event', read } : read;
  }
  const read = readItem(zOtherItem, body, options('timeline item'));
  return 'wire' in read ? { kind: 'other', read } : read;
}

/** `GET /conversations/:slug/timeline`: newest first per the docs, `view.next` goes to older items. */
export const zTimelinePage = z.object({
  ...ldShape,
  id: zLink,
  latestPosition: zDateTime.nullish(),
  totalItems: zOptionalCount,
  // Read one by one (`readTimelineItem`): a broken member costs its own place only.
  members: z.array(z.unknown()).nullish(),
  view: zView.nullish(),
});
export type TextUsTimelinePageWire = z.infer<typeof zTimelinePage>;

export const parseTimelinePage = (body: unknown): Tolerant<TextUsTimelinePageWire> =>
  readTolerant(zTimelinePage, body, options('timeline page'));
export const parseMessage = (body: unknown): Tolerant<TextUsMessageWire> => readTolerant(zMessage, body, options('message'));
export const parseEvent = (body: unknown): Tolerant<TextUsEventWire> => readTolerant(zEvent, body, options('conversation event'));
export const parseOtherItem = (body: unknown): Tolerant<TextUsOtherItemWire> => readTolerant(zOtherItem, body, options('timeline item'));
