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

/** The URL of page `page` of a threads link (the link may already carry a query). */
export function withPage(url: URL, page: number): URL {
  const paged = new URL(url.href);
  paged.searchParams.set('page', String(page));
  return paged;
}
