import { badUserInput } from '../errors/parley-error';
import type { Gateway, ProviderRuntime } from '../gateway';

/** A parsed global id: `<slug>:<key>` for conversations, `<slug>:<kind>:<key>` for other nodes. */
export interface ParsedId {
  runtime: ProviderRuntime;
  /** Absent for conversations; `thread`, `customer`, … for other node types. */
  kind?: string;
  /** Canonical native key (for conversations, as returned by the adapter's parseKey). */
  key: string;
}

// Nothing a provider uses as an id needs these; they would let an id reach another path.
// The adapter decides about `/`, which some providers' keys contain (Bird workspace/conversation).
// eslint-disable-next-line no-control-regex
const NEVER_IN_KEY = /[?#\\\u0000-\u001f\u007f]|%2e%2e|\.\./i;
const KIND = /^([a-z][a-z-]*):(.+)$/;
// Starts the part of a part id; node ids never contain it (NEVER_IN_KEY refuses `#`).
const PART = '#';

/**
 * Parses a global id without any I/O. Malformed ids are BAD_USER_INPUT, so they never cost an
 * upstream request.
 */
export function parseGlobalId(id: string, gateway: Gateway): ParsedId {
  const colon = id.indexOf(':');
  const slug = colon > 0 ? id.slice(0, colon) : '';
  const rest = colon > 0 ? id.slice(colon + 1) : '';
  const runtime = gateway.find(slug);
  if (!runtime) {
    if (gateway.find(id)) throw badUserInput(`Id "${preview(id)}" names a provider, not a node; read it with provider(name:) or providers`);
    throw badUserInput(`Id "${preview(id)}" must start with a provider slug (${gateway.slugs().join(', ')}) and a colon`);
  }
  const part = id.indexOf(PART);
  if (part > colon + 1) {
    const parent = id.slice(0, part);
    throw badUserInput(`Id "${preview(id)}" names a part of "${preview(parent)}", not a node; fetch "${preview(parent)}" instead`, slug);
  }
  if (rest === '' || NEVER_IN_KEY.test(rest)) {
    throw badUserInput(`Id "${preview(id)}" has an empty or malformed key`, slug);
  }
  const typed = KIND.exec(rest);
  if (typed) {
    return { runtime, kind: typed[1], key: typed[2] ?? '' };
  }
  return { runtime, key: runtime.client.parseKey(rest) };
}

export function formatGlobalId(slug: string, key: string, kind?: string): string {
  return kind ? `${slug}:${kind}:${key}` : `${slug}:${key}`;
}

/**
 * Id of a part of an object: a value that has no id of its own upstream, or whose upstream id is
 * shared by every parent (a Help Scout custom field definition), so normalised client caches
 * (Apollo InMemoryCache, urql graphcache, Relay) keep one object per parent. Unique by
 * construction: `<parent id>#<segment>[/<key>]`, where the parent id is unique and never
 * contains `#`, `segment` names the part's type and the key is encoded (no `/` inside).
 * Parts are not nodes: `node(id:)` refuses them and names the parent to fetch instead.
 */
export function formatPartId(parentId: string, segment: string, key?: string | number): string {
  return key === undefined ? `${parentId}${PART}${segment}` : `${parentId}${PART}${segment}/${encodeURIComponent(String(key))}`;
}

/** Ids appear in error messages: keep them short and printable. */
export function preview(id: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = id.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 80 ? `${printable.slice(0, 77)}...` : printable;
}
