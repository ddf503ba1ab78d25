import { z } from 'zod';
import { badUserInput, unsupported } from '../../errors/parley-error';
import type { PageItem, PageRequest, PageResult } from '../../schema/paging';
import type { ProviderIO } from '../adapter';
import type { JsonValue } from '../shared/json';
import { MAX_PAGES, walkPages } from '../shared/pages';
import { LAYER_SLUG, UUID_PATTERN } from './layer.config';
import type { Parsed } from '../shared/wire';
import { layerCount, messageUuidOf, parseLayerMessageList, type LayerMessageWire } from './layer.wire';

/**
 * Oldest-first paging over Layer's newest-first `messages_url?page_size=&from_id=`.
 *
 * Layer can only read towards older messages (`from_id` = "older than this id"), so the oldest
 * page needs the whole list, and a later page needs an *anchor*: a message newer than the page
 * to read down from. Each item's cursor records an anchor PAGE+1 messages newer than it when
 * known (one request then returns exactly the PAGE messages that follow it), else "the top"
 * when the item is within the newest page or close to the window start, else the anchor the
 * current window started from.
 */
export const LAYER_PAGE_SIZE = 100;
const ANCHOR_DISTANCE = LAYER_PAGE_SIZE + 1;

type Item = Parsed<LayerMessageWire>;

const zUuid = z.string().regex(UUID_PATTERN);
const zCursor = z.strictObject({
  id: zUuid,
  pos: z.number().int().nullable(),
  anchor: zUuid.nullable(),
  depth: z.number().int().nonnegative().nullable(),
});
/** Paging state of one message: its id and position, the anchor to read from, and how many messages were newer. */
export type LayerMessageCursor = z.infer<typeof zCursor>;

function parseCursor(value: JsonValue): LayerMessageCursor {
  const parsed = zCursor.safeParse(value);
  if (!parsed.success) throw badUserInput('Cursor is not a Layer message cursor issued by Parley', LAYER_SLUG);
  return parsed.data;
}

const cursorGone = (): Error =>
  badUserInput('The cursor points to a message that is no longer in this conversation; page again from the start', LAYER_SLUG);

const uuidOf = (item: Item): string => messageUuidOf(item.wire.id);

/** `messages_url?page_size=N[&from_id=<uuid>]`: the one spelling, so equal pages share one loader entry. */
export function messagesPageUrl(base: URL, fromId: string | null, pageSize = LAYER_PAGE_SIZE): URL {
  const url = new URL(base.href);
  url.searchParams.set('page_size', String(pageSize));
  if (fromId !== null) url.searchParams.set('from_id', fromId);
  return url;
}

interface Stop {
  id: string;
  pos: number | null;
}

interface Window {
  /** Messages read before the stop, newest first. */
  newer: Item[];
  /** The stop message (or the first one older than it), when reached. */
  stopItem: Item | null;
  count: number | null;
  /** Whether the last page read was full (more messages may follow). */
  lastPageFull: boolean;
}

function isStop(item: Item, stop: Stop | null): boolean {
  if (stop === null) return false;
  if (uuidOf(item) === stop.id) return true;
  // Positions grow with each message: one at or below the stop's is not newer, even if the stop was deleted.
  return stop.pos !== null && item.wire.position !== undefined && item.wire.position <= stop.pos;
}

/** Reads newest first from `fromId` (exclusive; null = the newest message) until `stop`, the end, or one page. */
async function readDown(io: ProviderIO, base: URL, fromId: string | null, stop: Stop | null, onePage = false): Promise<Window> {
  let count: number | null = null;
  let read = 0;
  let lastPageFull = false;
  const walk = await walkPages(io, LAYER_SLUG, messagesPageUrl(base, fromId), (response) => {
    const items = parseLayerMessageList(response.body);
    count ??= layerCount(response.headers);
    if (fromId === null && stop === null && count !== null && count > MAX_PAGES * LAYER_PAGE_SIZE) {
      throw unsupported(LAYER_SLUG, `This conversation has ${count} messages; Parley reads at most ${MAX_PAGES * LAYER_PAGE_SIZE} to page it oldest first`);
    }
    read += items.length;
    lastPageFull = items.length === LAYER_PAGE_SIZE;
    const last = items[items.length - 1];
    const ended = !lastPageFull || (fromId === null && count !== null && read >= count);
    const done = onePage || ended || items.some((item) => isStop(item, stop)) || last === undefined;
    return { items, next: done ? null : messagesPageUrl(base, uuidOf(last)).href };
  });
  const at = walk.items.findIndex((item) => isStop(item, stop));
  return {
    newer: at < 0 ? walk.items : walk.items.slice(0, at),
    stopItem: at < 0 ? null : (walk.items[at] ?? null),
    count,
    lastPageFull,
  };
}

interface Collected {
  /** Every message newer than the cursor item, newest first, ending right next to it. */
  newer: Item[];
  /** Where `newer` starts: null = the newest message of the conversation, else an anchor id. */
  start: string | null;
  /** How many messages are newer than `newer[0]`, when known. */
  depth0: number | null;
  count: number | null;
}

async function collectAfter(io: ProviderIO, base: URL, cursor: LayerMessageCursor, first: number): Promise<Collected> {
  const stop = { id: cursor.id, pos: cursor.pos };
  if (cursor.anchor === null) {
    const window = await readDown(io, base, null, stop);
    if (window.stopItem === null) throw cursorGone();
    return { newer: window.newer, start: null, depth0: 0, count: window.count };
  }
  const window = await readDown(io, base, cursor.anchor, stop, true);
  // A full page without the cursor item is the anchor recorded PAGE+1 newer: exactly the messages in between.
  if (window.stopItem === null && !window.lastPageFull) throw cursorGone();
  if (window.newer.length >= first) {
    const depth0 = cursor.depth === null ? null : cursor.depth - window.newer.length;
    return { newer: window.newer, start: cursor.anchor, depth0, count: window.count };
  }
  // Not enough between the anchor and the item: read from the top down to the anchor, included.
  const top = await readDown(io, base, null, { id: cursor.anchor, pos: null });
  if (top.stopItem === null) throw cursorGone();
  return { newer: [...top.newer, top.stopItem, ...window.newer], start: null, depth0: 0, count: top.count ?? window.count };
}

function toPage({ newer, start, depth0, count }: Collected, first: number): PageResult<Item> {
  const depthAt = (k: number): number | null => (depth0 === null ? null : depth0 + k);
  const anchorFor = (k: number): string | null => {
    const far = newer[k - ANCHOR_DISTANCE];
    if (far) return uuidOf(far);
    const depth = depthAt(k);
    if (depth !== null && depth < LAYER_PAGE_SIZE) return null;
    // Fewer than `first` messages lie between `start` and this item: a page of the same size
    // would need the top anyway, so go there directly instead of reading the window first.
    return k >= first ? start : null;
  };
  const items: PageItem<Item>[] = [];
  // Oldest first: from the message right after the cursor item upwards.
  for (let k = newer.length - 1; k >= Math.max(0, newer.length - first); k -= 1) {
    const node = newer[k];
    if (!node) continue;
    items.push({ node, cursor: { id: uuidOf(node), pos: node.wire.position ?? null, anchor: anchorFor(k), depth: depthAt(k) } });
  }
  return { items, hasNextPage: newer.length > first || start !== null, totalCount: count };
}

/** One page of messages, oldest first, as the conversation connection asks for it. */
export async function loadMessagePage(io: ProviderIO, base: URL, request: PageRequest): Promise<PageResult<Item>> {
  if (request.after === null) {
    // The oldest messages are at the end of Layer's list: read all of it (bounded above).
    const window = await readDown(io, base, null, null);
    return toPage({ newer: window.newer, start: null, depth0: 0, count: window.count ?? window.newer.length }, request.first);
  }
  return toPage(await collectAfter(io, base, parseCursor(request.after), request.first), request.first);
}

/** The newest message, or null for an empty conversation (system perspective has no `last_message`). */
export async function loadNewestMessage(io: ProviderIO, base: URL, fullPage: boolean): Promise<Item | null> {
  const response = await io.get(messagesPageUrl(base, null, fullPage ? LAYER_PAGE_SIZE : 1));
  return parseLayerMessageList(response.body)[0] ?? null;
}
