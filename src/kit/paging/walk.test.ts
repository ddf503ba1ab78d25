import type { UpstreamResponse } from '../../http/http-client';
import type { LinkIO } from '../link-io';
import { walkPages, type PageOf } from './walk';

/** An IO over an in-memory site: path → body, recording the paths fetched. */
function fakeIO(pages: Record<string, { items: number[]; next: string | null }>): { io: LinkIO; fetched: string[] } {
  const base = new URL('https://api.example.com/');
  const fetched: string[] = [];
  const io: LinkIO = {
    baseUrl: base,
    resolve: (link, from = base) => new URL(link, from),
    get: (url) => {
      const href = new URL(url.toString(), base);
      fetched.push(href.pathname + href.search);
      const body = pages[href.pathname + href.search];
      if (!body) return Promise.reject(new Error(`no page ${href.href}`));
      const response: UpstreamResponse = { url: href.href, status: 200, body, headers: { get: () => null }, redirectedFrom: [] };
      return Promise.resolve(response);
    },
    prime: () => undefined,
    selects: () => false,
    lookahead: false,
  };
  return { io, fetched };
}

const parse = (response: UpstreamResponse): PageOf<number> => response.body as PageOf<number>;

describe('walkPages', () => {
  it('follows next links until the last page and keeps the order', async () => {
    const { io, fetched } = fakeIO({ '/p?n=1': { items: [1, 2], next: '/p?n=2' }, '/p?n=2': { items: [3], next: null } });
    await expect(walkPages(io, 'acme', '/p?n=1', parse)).resolves.toEqual({ items: [1, 2, 3], pages: 2, complete: true });
    expect(fetched).toEqual(['/p?n=1', '/p?n=2']);
  });

  it('stops early when enough items are collected and says the list is incomplete', async () => {
    const { io, fetched } = fakeIO({ '/p?n=1': { items: [1, 2], next: '/p?n=2' }, '/p?n=2': { items: [3], next: null } });
    await expect(walkPages(io, 'acme', '/p?n=1', parse, { enough: (items) => items.length >= 2 })).resolves.toEqual({ items: [1, 2], pages: 1, complete: false });
    expect(fetched).toEqual(['/p?n=1']);
  });

  it('fails with PROVIDER_BAD_RESPONSE when a next link loops back', async () => {
    const { io } = fakeIO({ '/p?n=1': { items: [1], next: '/p?n=2' }, '/p?n=2': { items: [2], next: '/p?n=1' } });
    await expect(walkPages(io, 'acme', '/p?n=1', parse)).rejects.toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringContaining('loops') });
  });

  it('fails with PROVIDER_BAD_RESPONSE past the page cap instead of truncating silently', async () => {
    const site = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`/p?n=${i}`, { items: [i], next: `/p?n=${i + 1}` }]));
    const { io, fetched } = fakeIO(site);
    await expect(walkPages(io, 'acme', '/p?n=0', parse, { maxPages: 3 })).rejects.toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringContaining('3 pages') });
    expect(fetched).toHaveLength(3);
  });
});
