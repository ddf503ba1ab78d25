import { Unreadable } from '../../../kit/defects';
import type { PageReader } from '../../../kit/paging/window';
import type { Tolerant } from '../../../kit/tolerant';
import type { BirdList } from '../wire/common.wire';
import { parseConversationList, type BirdConversationWire } from '../wire/conversation.wire';
import { parseMessageList, type BirdMessageWire } from '../wire/message.wire';
import type { BirdRef } from './keys';
import { birdPaths, pageLimit } from './paths';

/** Bird documents `pageToken` up to 8000 characters. */
const MAX_TOKEN = 8000;

/** One Bird list endpoint as the window reads it, for the collection named by `K`. */
interface BirdListEndpoint<K, W> {
  /** The collection's path, without a query. */
  path(of: K): string;
  /** Path of one page: Bird's `pageToken` (null for the first page) and `limit`. */
  page(of: K, token: string | null, limit: number): string;
  parse(body: unknown): BirdList<W>;
  /** Messages are read with `reverse=true` (oldest first); listings in Bird's own order. */
  reverse: boolean;
}

/** A conversation's messages, oldest first. */
const MESSAGES: BirdListEndpoint<BirdRef, BirdMessageWire> = {
  path: birdPaths.messageList,
  page: birdPaths.messages,
  parse: parseMessageList,
  reverse: true,
};

/** A workspace's conversations, in Bird's order (newest first). */
const CONVERSATIONS: BirdListEndpoint<string, BirdConversationWire> = {
  path: birdPaths.conversationList,
  page: birdPaths.conversations,
  parse: parseConversationList,
  reverse: false,
};

/**
 * Whether a cursor's page is a page of this list: this very path under the base URL, and only
 * the query parameters Parley sends, each once and in range. Anything else was not issued here.
 */
function isPageOf(page: URL, base: URL, path: string, reverse: boolean): boolean {
  const expected = new URL(path, base);
  if (page.origin !== expected.origin || page.pathname !== expected.pathname || page.hash !== '') return false;
  const names = [...page.searchParams.keys()];
  const allowed = reverse ? ['limit', 'reverse', 'pageToken'] : ['limit', 'pageToken'];
  if (new Set(names).size !== names.length || !names.every((name) => allowed.includes(name))) return false;
  const limit = page.searchParams.get('limit') ?? '';
  if (!/^\d{1,3}$/.test(limit) || pageLimit(Number(limit)) !== Number(limit)) return false;
  if (reverse && page.searchParams.get('reverse') !== 'true') return false;
  const token = page.searchParams.get('pageToken');
  return token === null || (token.length > 0 && token.length <= MAX_TOKEN);
}

/**
 * Bird pages by an opaque `pageToken` that marks a position; an empty or missing token ends the
 * list. Every page after the first is read with the window's limit, so a repeated token is a
 * repeated URL and the window reports it as a loop.
 */
function birdReader<K, W extends { id: string }>(base: URL, first: number, endpoint: BirdListEndpoint<K, W>, of: K): PageReader<BirdItem<W>> {
  const limit = pageLimit(first);
  return {
    start: (wanted) => endpoint.page(of, null, pageLimit(wanted)),
    read(response) {
      const page = endpoint.parse(response.body);
      const token = page.nextPageToken ? page.nextPageToken : null;
      // Absolute: the window resolves `next` against the page it came from, not the base URL.
      const next = token === null ? null : new URL(endpoint.page(of, token, limit), base).href;
      return { items: page.results, next, total: page.total ?? null };
    },
    key: (item) => (item instanceof Unreadable ? item.key : item.wire.id),
    owns: (page) => isPageOf(page, base, endpoint.path(of), endpoint.reverse),
  };
}

/** A list item as read: the object with its defects, or an item whose id cannot be read (it keeps its edge). */
export type BirdItem<W> = Tolerant<W> | Unreadable;

/** A conversation's messages, oldest first (`reverse=true`), `first` per page. */
export const messagesReader = (base: URL, ref: BirdRef, first: number): PageReader<BirdItem<BirdMessageWire>> =>
  birdReader(base, first, MESSAGES, ref);

/** A workspace's conversations in Bird's order (newest first), `first` per page. */
export const conversationsReader = (base: URL, workspaceId: string, first: number): PageReader<BirdItem<BirdConversationWire>> =>
  birdReader(base, first, CONVERSATIONS, workspaceId);
