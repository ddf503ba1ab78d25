import type { UpstreamResponse } from '../../../http/http-client';
import { fakeLinkIO } from '../../../../test/support/link-context';
import { conversationsReader, lastPageGuess, locateLastPage, threadsReader } from './pages';

const API = 'https://api.helpscout.net';
const THREADS = new URL(`${API}/v2/conversations/77/threads`);

function response(url: string, body: unknown): UpstreamResponse {
  return { url, status: 200, body, headers: { get: () => null }, redirectedFrom: [] };
}

function threadsPage(number: number, ids: number[], total: number, links: Record<string, string> = {}) {
  const _links = Object.fromEntries(Object.entries(links).map(([rel, href]) => [rel, { href }]));
  return { _embedded: { threads: ids.map((id) => ({ id, type: 'note' })) }, page: { size: 50, totalElements: total, totalPages: Math.ceil(total / 50), number }, _links };
}

describe('Help Scout threads reader (oldest first over a newest-first endpoint)', () => {
  const reader = threadsReader(THREADS, 3);

  it('starts on the last page, the one holding the oldest threads', () => {
    expect(reader.start(20)).toBe(`${API}/v2/conversations/77/threads?page=3`);
  });

  it('serves a page reversed, continues with its previous link and reports the total', () => {
    const ids = Array.from({ length: 50 }, (_, i) => 150 - i);
    const page = reader.read(response(`${THREADS.href}?page=2`, threadsPage(2, ids, 120, { previous: `${THREADS.href}?page=1`, next: `${THREADS.href}?page=3` })));
    expect(page.items.map((item) => reader.key(item))).toEqual(ids.map(String).reverse());
    expect(page).toMatchObject({ next: `${THREADS.href}?page=1`, total: 120 });
  });

  it('ends after page 1, which has no previous link', () => {
    expect(reader.read(response(`${THREADS.href}?page=1`, threadsPage(1, [3, 2, 1], 3))).next).toBeNull();
  });

  it('refuses a page whose length disagrees with its paging block', () => {
    expect(() => reader.read(response(`${THREADS.href}?page=1`, threadsPage(1, [3, 2], 3)))).toThrow(expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE' }));
  });

  it.each([
    [`${THREADS.href}?page=2`, true],
    [`${THREADS.href}?page=2&`, true],
    [`${THREADS.href}`, false],
    [`${THREADS.href}?page=0`, false],
    [`${THREADS.href}?page=02`, false],
    [`${THREADS.href}?page=2&embed=x`, false],
    [`${THREADS.href}?page=2#x`, false],
    [`${API}/v2/conversations/78/threads?page=2`, false],
    [`${API}/v2/conversations?status=all&page=2`, false],
    [`https://evil.example/v2/conversations/77/threads?page=2`, false],
  ])('owns %s: %s', (url, owned) => {
    expect(reader.owns(new URL(url))).toBe(owned);
  });

  it('guesses the last page from the thread count, page 1 when it is unknown or zero', () => {
    expect([lastPageGuess(null), lastPageGuess(0), lastPageGuess(50), lastPageGuess(51), lastPageGuess(250)]).toEqual([1, 1, 1, 2, 5]);
  });

  it('keeps a right guess and corrects a wrong one from the guessed page block', async () => {
    const io = (totalPages: number) => fakeLinkIO({
      get: (url: URL) => Promise.resolve(response(url.href, { page: { size: 50, totalElements: totalPages * 50, totalPages, number: Number(url.searchParams.get('page')) } })),
    });
    expect(await locateLastPage(io(3), THREADS, 150)).toBe(3);
    expect(await locateLastPage(io(4), THREADS, 150)).toBe(4);
    expect(await locateLastPage(io(2), THREADS, 150)).toBe(2);
    expect(await locateLastPage(io(0), THREADS, 0)).toBe(1);
  });
});

describe('Help Scout conversations reader (newest first, as listed)', () => {
  const reader = conversationsReader(new URL(`${API}/`));
  const listUrl = `${API}/v2/conversations?status=all&page=1`;

  it('starts on page 1 of every status', () => {
    expect(reader.start(20)).toBe(listUrl);
  });

  it('keeps the listed order, follows next and remembers the response each item came in', () => {
    const body = {
      _embedded: { conversations: [{ id: 9, status: 'active' }, { id: 8, status: 'closed' }] },
      page: { size: 25, totalElements: 30, totalPages: 2, number: 1 },
      _links: { next: { href: `${API}/v2/conversations?status=all&page=2` } },
    };
    const page = reader.read(response(listUrl, body));
    expect(page.items.map((item) => reader.key(item))).toEqual(['9', '8']);
    expect(page.items[0]?.responseUrl).toBe(listUrl);
    expect(page).toMatchObject({ next: `${API}/v2/conversations?status=all&page=2`, total: 30 });
  });

  it.each([
    [`${API}/v2/conversations?status=all&page=4`, true],
    [`${API}/v2/conversations?page=4&status=all`, true],
    [`${API}/v2/conversations?page=4`, false],
    [`${API}/v2/conversations?status=active&page=4`, false],
    [`${API}/v2/conversations/77/threads?page=4`, false],
    [`https://evil.example/v2/conversations?status=all&page=4`, false],
  ])('owns %s: %s', (url, owned) => {
    expect(reader.owns(new URL(url))).toBe(owned);
  });
});
