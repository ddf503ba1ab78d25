import type { UpstreamResponse } from '../../../http/http-client';
import { seedConversation, seedMessages } from '../simulator/seed';
import { conversationsReader, messagesReader } from './pages';

const BASE = new URL('https://bird.internal/proxy/');
const WS = 'a1405560-c8d3-4b1a-877d-3f449ad95352';
const OTHER_WS = 'b4e02c85-c6d2-4b15-8885-e09671799c61';
const CONV = '907798f8-fd72-44d5-8042-fcc05c1bb570';
const OTHER_CONV = '299227f5-1c61-4341-ad50-efed5c048998';
const MESSAGES = `workspaces/${WS}/conversations/${CONV}/messages`;
const LIST = `workspaces/${WS}/conversations`;

const response = (path: string, body: unknown): UpstreamResponse => ({
  url: new URL(path, BASE).href,
  status: 200,
  body,
  headers: { get: () => null },
  redirectedFrom: [],
});
const at = (path: string): URL => new URL(path, BASE);

describe('Bird messages reader', () => {
  const reader = messagesReader(BASE, { workspaceId: WS, conversationId: CONV }, 20);

  it('starts on the oldest-first page with the window size as limit, capped at 100', () => {
    expect(reader.start(20)).toBe(`${MESSAGES}?limit=20&reverse=true`);
    expect(reader.start(500)).toBe(`${MESSAGES}?limit=100&reverse=true`);
    expect(reader.start(0)).toBe(`${MESSAGES}?limit=1&reverse=true`);
  });

  it('keeps the page order, keys items by id and continues with the token at the window size, absolute under the base', () => {
    const page = reader.read(response(`${MESSAGES}?limit=5&reverse=true`, { results: seedMessages, nextPageToken: 'tok+/=', total: 7 }));
    expect(page.items.map((item) => reader.key(item))).toEqual(seedMessages.map((message) => message['id']));
    expect(page.next).toBe(new URL(`${MESSAGES}?limit=20&reverse=true&pageToken=tok%2B%2F%3D`, BASE).href);
    expect(page.total).toBe(7);
  });

  it.each([['an empty token', ''], ['no token', undefined]])('ends the list on %s', (_, nextPageToken) => {
    expect(reader.read(response(MESSAGES, { results: [], nextPageToken })).next).toBeNull();
  });

  it('owns its own pages, with or without a token', () => {
    expect(reader.owns(at(`${MESSAGES}?limit=20&reverse=true`))).toBe(true);
    expect(reader.owns(at(`${MESSAGES}?limit=100&reverse=true&pageToken=abc`))).toBe(true);
  });

  it.each([
    ['another conversation', `workspaces/${WS}/conversations/${OTHER_CONV}/messages?limit=20&reverse=true`],
    ['another workspace', `workspaces/${OTHER_WS}/conversations/${CONV}/messages?limit=20&reverse=true`],
    ['the participants list', `workspaces/${WS}/conversations/${CONV}/participants?limit=20`],
    ['one message', `${MESSAGES}/m1?limit=20&reverse=true`],
    ['the listing', `${LIST}?limit=20`],
    ['a path outside the base path', `../workspaces/${WS}/conversations/${CONV}/messages?limit=20&reverse=true`],
    ['newest first', `${MESSAGES}?limit=20`],
    ['reverse=false', `${MESSAGES}?limit=20&reverse=false`],
    ['a limit above 100', `${MESSAGES}?limit=101&reverse=true`],
    ['a limit of 0', `${MESSAGES}?limit=0&reverse=true`],
    ['no limit', `${MESSAGES}?reverse=true`],
    ['an empty token', `${MESSAGES}?limit=20&reverse=true&pageToken=`],
    ['a token longer than Bird allows', `${MESSAGES}?limit=20&reverse=true&pageToken=${'a'.repeat(8001)}`],
    ['a repeated parameter', `${MESSAGES}?limit=20&limit=30&reverse=true`],
    ['an unknown parameter', `${MESSAGES}?limit=20&reverse=true&include=all`],
    ['a fragment', `${MESSAGES}?limit=20&reverse=true#x`],
  ])('refuses a page of %s', (_, path) => {
    expect(reader.owns(at(path))).toBe(false);
  });

  it('refuses the same path on another origin', () => {
    expect(reader.owns(new URL(`https://evil.example.com/proxy/${MESSAGES}?limit=20&reverse=true`))).toBe(false);
  });
});

describe('Bird listing reader', () => {
  const reader = conversationsReader(BASE, WS, 20);

  it("starts on Bird's newest-first page and continues with the token", () => {
    expect(reader.start(20)).toBe(`${LIST}?limit=20`);
    const page = reader.read(response(`${LIST}?limit=20`, { results: [seedConversation], nextPageToken: 'next', total: 212 }));
    expect(page.items.map((item) => reader.key(item))).toEqual([CONV]);
    expect([page.next, page.total]).toEqual([new URL(`${LIST}?limit=20&pageToken=next`, BASE).href, 212]);
  });

  it.each([
    ['its own first page', `${LIST}?limit=20`, true],
    ['its own later page', `${LIST}?limit=50&pageToken=abc`, true],
    ['another workspace', `workspaces/${OTHER_WS}/conversations?limit=20`, false],
    ['a messages page', `${MESSAGES}?limit=20&reverse=true`, false],
    ['reverse order', `${LIST}?limit=20&reverse=true`, false],
  ])('owns %s: %s', (_, path, owned) => {
    expect(reader.owns(at(path))).toBe(owned);
  });
});
