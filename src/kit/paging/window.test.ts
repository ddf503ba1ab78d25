import fc from 'fast-check';
import { linkRejected } from '../../errors/parley-error';
import type { UpstreamResponse } from '../../http/http-client';
import type { LinkIO } from '../link-io';
import { decodeCursor, encodeCursor, toConnection, toPageRequest, type PageRequest } from './request';
import { listWindow, readWindow, type PageReader } from './window';

const SLUG = 'acme';
const BASE = new URL('https://api.example.com/v1/');

interface Item {
  id: string;
}

/** A collection split into pages `/v1/items?page=N`, served by a fake IO that counts requests. */
function site(pages: readonly Item[][]): { io: LinkIO; fetched: string[] } {
  const fetched: string[] = [];
  const resolve = (link: string, base: URL = BASE): URL => {
    const url = new URL(link, base);
    if (url.origin !== BASE.origin) throw linkRejected(SLUG, 'foreign origin');
    return url;
  };
  const io: LinkIO = {
    baseUrl: BASE,
    resolve,
    get(url) {
      const href = resolve(url.toString());
      fetched.push(href.pathname + href.search);
      const n = Number(href.searchParams.get('page'));
      const items = pages[n - 1];
      if (href.pathname !== '/v1/items' || !items) return Promise.reject(new Error(`no page ${href.href}`));
      const body = { items, next: n < pages.length ? `items?page=${n + 1}` : null, total: pages.flat().length };
      const response: UpstreamResponse = { url: href.href, status: 200, body, headers: { get: () => null }, redirectedFrom: [] };
      return Promise.resolve(response);
    },
    prime: () => undefined,
    selects: () => false,
    lookahead: true,
  };
  return { io, fetched };
}

function reader(order: 'forward' | 'reverse' = 'forward'): PageReader<Item> {
  return {
    start: () => 'items?page=1',
    read(response) {
      const body = response.body as { items: Item[]; next: string | null; total: number };
      return { items: body.items, next: body.next, total: body.total };
    },
    key: (item) => item.id,
    owns: (page) => page.pathname === '/v1/items',
    order,
  };
}

/** Splits `count` items into pages of the given sizes (the last page takes what is left). */
function paginate(count: number, sizes: readonly number[]): Item[][] {
  const all = Array.from({ length: count }, (_, i) => ({ id: `i${i}` }));
  const pages: Item[][] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= all.length) break;
    pages.push(all.slice(at, at + size));
    at += size;
  }
  if (at < all.length) pages.push(all.slice(at));
  return pages.length > 0 ? pages : [[]];
}

/** Follows `endCursor` like a client would, through the real cursor codec, until `hasNextPage` is false. */
async function pageThrough(
  next: (request: PageRequest) => Promise<ReturnType<typeof listWindow<Item>>>,
  sizes: readonly number[],
): Promise<{ ids: string[]; windows: number[]; lastHasNext: boolean[] }> {
  const ids: string[] = [];
  const windows: number[] = [];
  const lastHasNext: boolean[] = [];
  let after: string | null = null;
  for (let turn = 0; turn < 200; turn += 1) {
    const first = sizes[turn % sizes.length] ?? 1;
    const request = toPageRequest(SLUG, { first, after });
    const connection = toConnection(SLUG, request, await next(request));
    ids.push(...connection.edges.map((edge) => edge.node?.id ?? 'null'));
    windows.push(connection.edges.length);
    lastHasNext.push(connection.pageInfo.hasNextPage);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { ids, windows, lastHasNext };
}

const pageSizes = fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 12 });
const windowSizes = fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 6 });

describe('readWindow (forward)', () => {
  it('returns every item exactly once and in order when a client pages through with any window sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 60 }), pageSizes, windowSizes, async (count, sizes, firsts) => {
        const pages = paginate(count, sizes);
        const { io } = site(pages);
        const walked = await pageThrough((request) => readWindow(io, SLUG, reader(), request), firsts);
        expect(walked.ids).toEqual(pages.flat().map((item) => item.id));
      }),
    );
  });

  it('says hasNextPage exactly: false only on the window that reaches the last item, and every earlier window is full', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 60 }), pageSizes, windowSizes, async (count, sizes, firsts) => {
        const { io } = site(paginate(count, sizes));
        const walked = await pageThrough((request) => readWindow(io, SLUG, reader(), request), firsts);
        walked.windows.slice(0, -1).forEach((size, i) => expect(size).toBe(firsts[i % firsts.length]));
        expect(walked.lastHasNext.slice(0, -1).every(Boolean)).toBe(true);
        expect(walked.lastHasNext[walked.lastHasNext.length - 1]).toBe(false);
        expect(walked.windows[walked.windows.length - 1]).toBeGreaterThan(0);
      }),
    );
  });

  it('reads each upstream page at most once per window and never a page after the one that fills it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 60 }), pageSizes, fc.integer({ min: 1, max: 15 }), async (count, sizes, first) => {
        const pages = paginate(count, sizes);
        const { io, fetched } = site(pages);
        await readWindow(io, SLUG, reader(), { first, after: null });
        let filled = 0;
        let needed = 0;
        while (needed < pages.length && filled < first) filled += pages[needed++]?.length ?? 0;
        expect(fetched).toEqual(Array.from({ length: Math.max(1, needed) }, (_, i) => `/v1/items?page=${i + 1}`));
      }),
    );
  });

  it('continues from a cursor by re-reading only the page that holds it, or starting on the next page after a page end', async () => {
    const { io, fetched } = site(paginate(10, [4, 4, 2]));
    const firstWindow = await readWindow(io, SLUG, reader(), { first: 3, after: null });
    fetched.length = 0;
    await readWindow(io, SLUG, reader(), { first: 1, after: firstWindow.items[2]!.cursor });
    expect(fetched).toEqual(['/v1/items?page=1']);
    fetched.length = 0;
    const atEnd = await readWindow(io, SLUG, reader(), { first: 1, after: null });
    const second = await readWindow(io, SLUG, reader(), { first: 3, after: atEnd.items[0]!.cursor });
    fetched.length = 0;
    await readWindow(io, SLUG, reader(), { first: 2, after: second.items[2]!.cursor });
    expect(fetched).toEqual(['/v1/items?page=2']);
  });

  it('answers first: 0 with no items and whether any exist, reading one page', async () => {
    const { io, fetched } = site(paginate(5, [5]));
    await expect(readWindow(io, SLUG, reader(), { first: 0, after: null })).resolves.toMatchObject({ items: [], hasNextPage: true, totalCount: 5 });
    expect(fetched).toHaveLength(1);
    const empty = site([[]]);
    await expect(readWindow(empty.io, SLUG, reader(), { first: 0, after: null })).resolves.toMatchObject({ items: [], hasNextPage: false });
  });

  it('refuses with BAD_USER_INPUT a cursor whose item is no longer on its page', async () => {
    const before = site(paginate(6, [3, 3]));
    const window = await readWindow(before.io, SLUG, reader(), { first: 1, after: null });
    const after = site([[{ id: 'other' }, { id: 'i1' }], [{ id: 'i3' }]]);
    await expect(readWindow(after.io, SLUG, reader(), { first: 1, after: window.items[0]!.cursor })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'The cursor points at an item that is no longer where it was; page again from the start',
    });
  });
});

describe('readWindow (reverse)', () => {
  it('serves a newest-first upstream oldest first, every item once, with any window sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 60 }), pageSizes, windowSizes, async (count, sizes, firsts) => {
        const pages = paginate(count, sizes);
        const { io } = site(pages);
        const walked = await pageThrough((request) => readWindow(io, SLUG, reader('reverse'), request), firsts);
        expect(walked.ids).toEqual(pages.flat().map((item) => item.id).reverse());
        expect(walked.lastHasNext[walked.lastHasNext.length - 1]).toBe(false);
      }),
    );
  });
});

describe('listWindow', () => {
  it('pages a list in hand with the same guarantees and no request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 60 }), windowSizes, async (count, firsts) => {
        const all = paginate(count, [count]).flat();
        const { io, fetched } = site([all]);
        const walked = await pageThrough((request) => Promise.resolve(listWindow(io, SLUG, reader(), 'items?page=1', all, request)), firsts);
        expect(walked.ids).toEqual(all.map((item) => item.id));
        expect(fetched).toEqual([]);
      }),
    );
  });

  it('accepts a cursor issued by readWindow for the same list, so embedded and fetched lists interchange', async () => {
    const pages = paginate(6, [6]);
    const { io } = site(pages);
    const fetchedWindow = await readWindow(io, SLUG, reader(), { first: 2, after: null });
    const inHand = listWindow(io, SLUG, reader(), 'items?page=1', pages.flat(), { first: 2, after: fetchedWindow.items[1]!.cursor });
    expect(inHand.items.map((item) => item.node.id)).toEqual(['i2', 'i3']);
  });
});

describe('cursors the window did not issue', () => {
  const refusal = { extensions: { code: 'BAD_USER_INPUT', provider: SLUG } };

  it('refuses any forged cursor state with BAD_USER_INPUT before a request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (state) => {
        // null is "no cursor" (the first page); a state naming a real page of the list is a valid cursor.
        fc.pre(state !== null);
        fc.pre(!(typeof state === 'object' && !Array.isArray(state) && typeof state['p'] === 'string' && state['p'].startsWith('items')));
        const { io, fetched } = site(paginate(5, [5]));
        await expect(readWindow(io, SLUG, reader(), { first: 2, after: state as never })).rejects.toMatchObject(refusal);
        expect(fetched).toEqual([]);
      }),
    );
  });

  it('refuses random strings as cursors with BAD_USER_INPUT', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let state: unknown;
        try {
          state = decodeCursor(SLUG, text);
        } catch (error) {
          expect(error).toMatchObject(refusal);
          return;
        }
        // A string that happens to decode is still only a provider state: the window checks it.
        expect(state).toBeDefined();
      }),
    );
  });

  it.each([
    ['a page of another collection', { p: 'users?page=1', a: null }, 'Cursor is not a cursor Parley issued for this list'],
    ['a page on a foreign origin', { p: 'https://evil.example/v1/items?page=1', a: null }, 'Cursor is not a cursor Parley issued for this list'],
    ['an oversized key', { p: 'items?page=1', a: 'x'.repeat(600) }, 'Cursor is not a cursor Parley issued for this list'],
    ['an extra field', { p: 'items?page=1', a: null, z: 1 }, 'Cursor is not a cursor Parley issued for this list'],
  ])('refuses %s with BAD_USER_INPUT and no request', async (_what, state, message) => {
    const { io, fetched } = site(paginate(5, [5]));
    await expect(readWindow(io, SLUG, reader(), { first: 2, after: state })).rejects.toMatchObject({ ...refusal, message });
    expect(fetched).toEqual([]);
  });

  it("refuses another provider's cursor in the codec, before the window sees it", () => {
    expect(() => decodeCursor(SLUG, encodeCursor('other', { p: 'items?page=1', a: null }))).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});

/** A newest-first keyset list (`items`, then `items?from=<id>`: the `size` items older than `id`), as Layer pages. */
function keysetSite(newestFirst: readonly Item[], size: number): { io: LinkIO; fetched: string[] } {
  const base = site([]);
  const io: LinkIO = {
    ...base.io,
    get(url) {
      const href = base.io.resolve(url.toString());
      base.fetched.push(href.pathname + href.search);
      const from = href.searchParams.get('from');
      const at = from === null ? 0 : newestFirst.findIndex((item) => item.id === from) + 1;
      if (href.pathname !== '/v1/items' || (from !== null && at === 0)) return Promise.reject(new Error(`no page ${href.href}`));
      const items = newestFirst.slice(at, at + size);
      const last = items[items.length - 1];
      const body = { items, next: at + size < newestFirst.length && last ? `items?from=${last.id}` : null, total: newestFirst.length };
      return Promise.resolve({ url: href.href, status: 200, body, headers: { get: () => null }, redirectedFrom: [] });
    },
  };
  return { io, fetched: base.fetched };
}

function keysetReader(size: number): PageReader<Item> {
  return { ...reader('reverse'), start: () => 'items', olderThan: (key) => `items?from=${key}`, pageSize: size };
}

describe('readWindow (reverse, keyset anchors)', () => {
  it('serves a newest-first keyset list oldest first, every item once, with any window and page sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 2, max: 12 }), windowSizes, async (count, size, firsts) => {
        // Past the shared page-chain cap a list is refused, not read: that case has its own test.
        fc.pre(count <= size * 19);
        const newestFirst = paginate(count, [count]).flat().reverse();
        const { io } = keysetSite(newestFirst, size);
        const walked = await pageThrough((request) => readWindow(io, SLUG, keysetReader(size), request), firsts);
        expect(walked.ids).toEqual([...newestFirst].reverse().map((item) => item.id));
        expect(walked.lastHasNext[walked.lastHasNext.length - 1]).toBe(false);
      }),
    );
  });

  it('reads a later full window in one request from the anchor its cursor records', async () => {
    const newestFirst = paginate(25, [25]).flat().reverse();
    const { io, fetched } = keysetSite(newestFirst, 10);
    const perWindow: number[] = [];
    await pageThrough(async (request) => {
      const before = fetched.length;
      const result = await readWindow(io, SLUG, keysetReader(10), request);
      perWindow.push(fetched.length - before);
      return result;
    }, [10]);
    // All three pages for the oldest window; then the 10 below the anchor i20; then the newest page down to i19.
    expect(perWindow).toEqual([3, 1, 1]);
    expect(fetched.slice(3)).toEqual(['/v1/items?from=i20', '/v1/items']);
  });
});

/** A newest-first list paged by number (`items?page=N`), read oldest first by reversing pages and following page - 1. */
function positionalReader(lastPage: () => number): PageReader<Item> {
  return {
    ...reader(),
    positional: true,
    start: () => `items?page=${lastPage()}`,
    read(response) {
      const body = response.body as { items: Item[]; page: number; total: number };
      return { items: [...body.items].reverse(), next: body.page > 1 ? `items?page=${body.page - 1}` : null, total: body.total };
    },
  };
}

function positionalSite(list: { items: Item[] }, size: number): LinkIO {
  const base = site([]);
  return {
    ...base.io,
    get(url) {
      const href = base.io.resolve(url.toString());
      const page = Number(href.searchParams.get('page'));
      const newestFirst = [...list.items].reverse();
      const body = { items: newestFirst.slice((page - 1) * size, page * size), page, total: newestFirst.length };
      return Promise.resolve({ url: href.href, status: 200, body, headers: { get: () => null }, redirectedFrom: [] });
    },
  };
}

describe('readWindow (positional pages)', () => {
  it('never skips or repeats an item when items are added at the newest end between windows; at worst it refuses the cursor', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 2, max: 8 }),
        windowSizes,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 10 }),
        async (count, size, firsts, added) => {
          const list = { items: paginate(count, [count]).flat() };
          const io = positionalSite(list, size);
          const lastPage = (): number => Math.max(1, Math.ceil(list.items.length / size));
          const seen: string[] = [];
          let after: string | null = null;
          for (let turn = 0; turn < 100; turn += 1) {
            const request = toPageRequest(SLUG, { first: firsts[turn % firsts.length] ?? 1, after });
            let connection;
            try {
              connection = toConnection(SLUG, request, await readWindow(io, SLUG, positionalReader(lastPage), request));
            } catch (error) {
              expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
              break;
            }
            seen.push(...connection.edges.map((edge) => edge.node?.id ?? 'null'));
            if (!connection.pageInfo.hasNextPage) break;
            after = connection.pageInfo.endCursor;
            for (let k = 0; k < (added[turn % added.length] ?? 0); k += 1) list.items.push({ id: `n${list.items.length}` });
          }
          // What was served is a prefix of the list in order: nothing skipped, nothing twice.
          expect(seen).toEqual(list.items.slice(0, seen.length).map((item) => item.id));
        },
      ),
    );
  });
});
