import { badUserInput } from '../../errors/parley-error';
import { Unreadable, attachDefects, unreadableNode } from '../defects';
import type { JsonValue } from '../json';
import type { PageArgs } from '../../schema/connection.types';

/** Largest page a client may ask for; keeps one field from fanning out into many upstream pages. */
export const MAX_PAGE_SIZE = 100;

/** A page request with the client cursor already unwrapped to the provider's own paging state. */
export interface PageRequest {
  first: number;
  /** The provider cursor stored in the `after` cursor, or null for the first page. */
  after: JsonValue | null;
}

export interface PageItem<T> {
  node: T;
  /** Provider paging state meaning "continue right after this item" (page number + offset, token…). */
  cursor: JsonValue;
}

export interface PageResult<T> {
  items: PageItem<T>[];
  hasNextPage: boolean;
  totalCount: number | null;
}

export interface Connection<T> {
  /** An unreadable item keeps its edge: a null node with PROVIDER_BAD_RESPONSE at the node's path. */
  edges: { cursor: string; node: T | null }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

/** Cursors are opaque to clients: base64url JSON naming the provider, so one provider never reads another's. */
export function encodeCursor(slug: string, state: JsonValue): string {
  // The same bytes as JSON.stringify({ p: slug, c: state }) without the wrapper object (one per edge);
  // a state that renders to nothing is left out there, so here too.
  const c = JSON.stringify(state) as string | undefined;
  const json = c === undefined ? `{"p":${JSON.stringify(slug)}}` : `{"p":${JSON.stringify(slug)},"c":${c}}`;
  return Buffer.from(json, 'utf8').toString('base64url');
}

export function decodeCursor(slug: string, cursor: string): JsonValue {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput(`Cursor "${cursor.slice(0, 40)}" is not a cursor Parley issued`, slug);
  }
  if (typeof decoded !== 'object' || decoded === null || !('p' in decoded) || !('c' in decoded)) {
    throw badUserInput(`Cursor "${cursor.slice(0, 40)}" is not a cursor Parley issued`, slug);
  }
  if (decoded.p !== slug) {
    throw badUserInput(`Cursor belongs to provider "${String(decoded.p)}", not "${slug}"`, slug);
  }
  return decoded.c as JsonValue;
}

export const DEFAULT_PAGE_SIZE = 20;

export function toPageRequest(slug: string, args: PageArgs): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be an integer from 0 to ${MAX_PAGE_SIZE}; got ${first}`, slug);
  }
  return { first, after: args.after == null ? null : decodeCursor(slug, args.after) };
}

export function toConnection<T>(slug: string, request: PageRequest, result: PageResult<T | Unreadable>): Connection<T> {
  const edges = result.items.map(({ node, cursor }) =>
    node instanceof Unreadable
      ? attachDefects({ cursor: encodeCursor(slug, cursor), node: null }, unreadableNode(node))
      : { cursor: encodeCursor(slug, cursor), node },
  );
  return {
    edges,
    pageInfo: {
      hasNextPage: result.hasNextPage,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: result.totalCount,
  };
}
