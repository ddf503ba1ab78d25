import type { LinkIO } from '../../../kit/link-io';
import type { LinkedKind, LinkRef } from './keys';

// Every upstream path Parley builds for Help Scout. Relative (no leading slash), so a base URL
// with a path prefix (a proxy) keeps it; ids are always encoded.

const seg = (id: string | number): string => encodeURIComponent(String(id));

export const paths = {
  token: (): string => 'v2/oauth2/token',
  conversation: (id: string | number, embedThreads: boolean): string =>
    `v2/conversations/${seg(id)}${embedThreads ? '?embed=threads' : ''}`,
  conversations: (page: number): string => `v2/conversations?status=all&page=${page}`,
  threads: (conversationId: string | number): string => `v2/conversations/${seg(conversationId)}/threads`,
  customer: (id: string | number): string => `v2/customers/${seg(id)}`,
  user: (id: string | number): string => `v2/users/${seg(id)}`,
  mailbox: (id: string | number): string => `v2/mailboxes/${seg(id)}`,
};

/** The documented path of a linked resource, for payloads that name its id but carry no HAL link. */
export function linkedPath(kind: LinkedKind, id: string): string {
  switch (kind) {
    case 'customer':
      return paths.customer(id);
    case 'user':
      return paths.user(id);
    case 'mailbox':
      return paths.mailbox(id);
    case 'threads':
      return paths.threads(id);
  }
}

/** The URL of page `page` of a threads link (the link may already carry a query). */
export function withPage(url: URL, page: number): URL {
  const paged = new URL(url.href);
  paged.searchParams.set('page', String(page));
  return paged;
}

/** The URL of a linked resource: its HAL href against the response it came in, else its documented path. */
export function resolveRef(io: LinkIO, ref: LinkRef): URL {
  return ref.hal === null ? io.resolve(linkedPath(ref.kind, ref.id)) : io.resolve(ref.hal.href, new URL(ref.hal.base));
}

/**
 * Whether `url` is page `?page=N` of the list whose first page is `list`: same origin and path
 * (so the same conversation), the same other parameters in any order, nothing else.
 */
export function isPageOf(url: URL, list: URL): boolean {
  const number = url.searchParams.get('page');
  if (number === null || !/^[1-9]\d{0,5}$/.test(number)) return false;
  if (url.origin !== list.origin || url.pathname !== list.pathname || url.username || url.password || url.hash) return false;
  const query = (u: URL): string => [...u.searchParams].map(([k, v]) => `${k}=${v}`).sort().join('&');
  return query(url) === query(withPage(list, Number(number)));
}
