import { linkRejected } from '../../../errors/parley-error';
import { failureOf } from '../../../../test/support/errors';
import { fakeLinkIO } from '../../../../test/support/link-context';
import type { PageRequest } from '../../../kit/paging/request';
import { Unreadable } from '../../../kit/defects';
import { NO_SUBJECT, mapConversation } from '../mapping/conversation.mapper';
import { PAGING_MESSAGE_ID, SEED_MESSAGE } from '../simulator/seed';
import { readMessage } from '../wire/message.wire';
import { createMailPerformanceLinks } from './links';

const BASE = new URL('https://backoffice.example/');
const OTHER = '25025025-0250-4250-a250-250250250250';

/** Paging events needs no request: `get` fails the test if it is ever called. */
const io = fakeLinkIO({
  baseUrl: BASE,
  prime: () => undefined,
  resolve(link, base = BASE) {
    const url = new URL(link, base);
    if (url.origin !== BASE.origin) throw linkRejected('mailperformance', 'foreign origin');
    return url;
  },
});

const links = createMailPerformanceLinks({});
const dates = Array.from({ length: 5 }, (_, i) => ({ type: 'requested', date: `2020-01-01T00:00:0${i}Z` }));
const conversation = mapConversation(readMessage({ ...SEED_MESSAGE, events: dates }), links, NO_SUBJECT);
const page = (request: PageRequest) => links.events(conversation.nativeId, conversation.timeline, request, io);
const keyOf = (node: { nativeId: string } | Unreadable) => (node instanceof Unreadable ? node.key : node.nativeId);
const keys = (request: PageRequest) => page(request).items.map((item) => keyOf(item.node));

describe('MailPerformance event links', () => {
  it('serves the first window oldest first with the total and a next page when more events follow', () => {
    const first = page({ first: 2, after: null });
    expect(first.items.map((item) => keyOf(item.node))).toEqual([`${conversation.nativeId}.0`, `${conversation.nativeId}.1`]);
    expect([first.hasNextPage, first.totalCount]).toEqual([true, 5]);
  });

  it("continues right after the last edge's cursor and stops at the end", () => {
    const after = page({ first: 3, after: null }).items[2]?.cursor ?? null;
    const rest = page({ first: 10, after });
    expect(rest.items.map((item) => keyOf(item.node))).toEqual([`${conversation.nativeId}.3`, `${conversation.nativeId}.4`]);
    expect(rest.hasNextPage).toBe(false);
  });

  it('serves an empty window after the last event', () => {
    const after = page({ first: 5, after: null }).items[4]?.cursor ?? null;
    expect(keys({ first: 5, after })).toEqual([]);
  });

  it.each([
    ['an old index cursor', 2],
    ['a string', 'x'],
    ['an object of another shape', { page: 2 }],
    ['an extra member', { p: `messages/${SEED_MESSAGE['id'] as string}`, a: null, x: 1 }],
  ])('refuses a cursor holding %s with BAD_USER_INPUT', (_, after) => {
    expect(failureOf(() => page({ first: 2, after }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', provider: 'mailperformance' } });
  });

  it.each([
    ["another message's events", { p: `messages/${OTHER}`, a: `${OTHER}.1` }],
    ['a target page', { p: 'targets/000QE6KY', a: null }],
    ['a foreign origin', { p: `https://evil.example/messages/${SEED_MESSAGE['id'] as string}`, a: null }],
  ])('refuses a cursor for %s with BAD_USER_INPUT', (_, after) => {
    expect(failureOf(() => page({ first: 2, after }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a cursor naming an event this message does not have', () => {
    const after = { p: `messages/${conversation.nativeId}`, a: `${conversation.nativeId}.9` };
    expect(failureOf(() => page({ first: 2, after }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("keeps each message's cursors to its own events", () => {
    const paging = mapConversation(readMessage({ ...SEED_MESSAGE, id: PAGING_MESSAGE_ID, events: dates }), links, NO_SUBJECT);
    const after = page({ first: 1, after: null }).items[0]?.cursor ?? null;
    expect(failureOf(() => links.events(paging.nativeId, paging.timeline, { first: 1, after }, io))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('keeps an unreadable event as an item keyed by its index, and pages on across it', () => {
    const broken = mapConversation(readMessage({ ...SEED_MESSAGE, events: [dates[0], 'garbage', dates[2]] }), links, NO_SUBJECT);
    const window = (after: PageRequest['after']) => links.events(broken.nativeId, broken.timeline, { first: 1, after }, io);
    const second = window(window(null).items[0]?.cursor ?? null);
    expect(second.items.map((item) => item.node)).toEqual([expect.any(Unreadable)]);
    expect(window(second.items[0]?.cursor ?? null).items.map((item) => keyOf(item.node))).toEqual([`${broken.nativeId}.2`]);
  });
});
