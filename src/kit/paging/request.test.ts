import fc from 'fast-check';
import type { JsonValue } from '../json';
import { decodeCursor, encodeCursor, toConnection, toPageRequest } from './request';

describe('cursors', () => {
  it('round-trips provider state through an opaque cursor', () => {
    const cursor = encodeCursor('acme', { page: 2, index: 7 });
    expect(cursor).not.toContain('page');
    expect(decodeCursor('acme', cursor)).toEqual({ page: 2, index: 7 });
  });

  it('refuses a cursor issued for another provider', () => {
    expect(() => decodeCursor('other', encodeCursor('acme', 1))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('encodes the bytes JSON.stringify of { p, c } gave, for any provider state (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (slug, state) => {
        const before = Buffer.from(JSON.stringify({ p: slug, c: state }), 'utf8').toString('base64url');
        expect(encodeCursor(slug, state as JsonValue)).toBe(before);
      }),
    );
  });

  it.each(['garbage', Buffer.from('{"x":1}').toString('base64url'), ''])('refuses a cursor Parley did not issue: %j', (cursor) => {
    expect(() => decodeCursor('acme', cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('toPageRequest', () => {
  it('defaults first to 20 when it is null', () => {
    expect(toPageRequest('acme', { first: null, after: null })).toEqual({ first: 20, after: null });
  });

  it.each([-1, 101, 1.5])('refuses first = %p', (first) => {
    expect(() => toPageRequest('acme', { first, after: null })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('unwraps the after cursor to the provider state', () => {
    expect(toPageRequest('acme', { first: 5, after: encodeCursor('acme', 'tok') })).toEqual({ first: 5, after: 'tok' });
  });
});

describe('toConnection', () => {
  it('builds edges, page info and cursors from provider items', () => {
    const connection = toConnection('acme', { first: 2, after: 'x' }, {
      items: [{ node: 'a', cursor: 1 }, { node: 'b', cursor: 2 }], hasNextPage: true, totalCount: 9,
    });
    expect(connection.edges.map((e) => [e.node, decodeCursor('acme', e.cursor)])).toEqual([['a', 1], ['b', 2]]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true, hasPreviousPage: true, startCursor: connection.edges[0]?.cursor, endCursor: connection.edges[1]?.cursor,
    });
    expect(connection.totalCount).toBe(9);
  });

  it('gives null cursors for an empty page', () => {
    const connection = toConnection('acme', { first: 0, after: null }, { items: [], hasNextPage: true, totalCount: null });
    expect(connection.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
