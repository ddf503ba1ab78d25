import type { UpstreamResponse } from '../../../http/http-client';
import { conversationListReader, messagesReader } from './pages';

const BASE = new URL('https://api.layer.com/');
const APP = '24f43c32-4d95-11e4-b3a2-0fd00000020d';
const MESSAGES = new URL(`https://api.layer.com/apps/${APP}/users/u1/conversations/90a3dd7e-59f2-4369-a522-a3e4f767af10/messages`);
const uuid = (n: number): string => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;

function message(n: number): Record<string, unknown> {
  return {
    id: `layer:///messages/${uuid(n)}`, conversation: { id: 'layer:///conversations/90a3dd7e-59f2-4369-a522-a3e4f767af10' },
    parts: [], sent_at: '2015-12-28T23:07:51.112Z', sender: { user_id: 'u1' }, recipient_status: {},
  };
}
function conversation(n: number): Record<string, unknown> {
  return {
    id: `layer:///conversations/${uuid(n)}`, url: 'u', messages_url: 'm', created_at: '2015-12-28T23:07:51.112Z', participants: ['u1'], distinct: false,
  };
}
const response = (url: string, body: unknown, count: number | null): UpstreamResponse => ({
  url, status: 200, body, redirectedFrom: [], headers: { get: (name) => (name.toLowerCase() === 'layer-count' && count !== null ? String(count) : null) },
});
/** Newest first, as Layer lists: `n` messages from `newest` down. */
const newestFirst = (newest: number, n: number): Record<string, unknown>[] => Array.from({ length: n }, (_, k) => message(newest - k));

describe('Layer messages reader', () => {
  it('starts on the newest full page and reads newest first, for the window to reverse', () => {
    const reader = messagesReader(MESSAGES);
    expect(reader.order).toBe('reverse');
    expect(reader.start(10)).toBe(`${MESSAGES.href}?page_size=100`);
    const page = reader.read(response(reader.start(10), newestFirst(250, 100), 250));
    expect(page.items.map(reader.key).slice(0, 2)).toEqual([uuid(250), uuid(249)]);
    expect(page).toMatchObject({ next: `${MESSAGES.href}?page_size=100&from_id=${uuid(151)}`, total: 250 });
  });

  it('ends the chain on a short page, and on a full one once Layer-Count messages are read', () => {
    const short = messagesReader(MESSAGES);
    expect(short.read(response(short.start(10), newestFirst(3, 3), 3)).next).toBeNull();
    const exact = messagesReader(MESSAGES);
    expect(exact.read(response(exact.start(10), newestFirst(200, 100), 200)).next).not.toBeNull();
    expect(exact.read(response(`${MESSAGES.href}?page_size=100&from_id=${uuid(101)}`, newestFirst(100, 100), 200)).next).toBeNull();
  });

  it('addresses the keyset anchor a later window reads down from: the page older than a message', () => {
    const reader = messagesReader(MESSAGES);
    expect(reader.pageSize).toBe(100);
    expect(reader.olderThan?.(uuid(180))).toBe(`${MESSAGES.href}?page_size=100&from_id=${uuid(180)}`);
  });

  it('does not end an anchored walk by counting, since it did not start from the newest message', () => {
    const reader = messagesReader(MESSAGES);
    expect(reader.read(response(`${MESSAGES.href}?page_size=100&from_id=${uuid(201)}`, newestFirst(200, 100), 100)).next).not.toBeNull();
  });

  it.each([
    ['its own first page', `${MESSAGES.href}?page_size=100`, true],
    ['one of its older pages', `${MESSAGES.href}?page_size=100&from_id=${uuid(1)}`, true],
    ['another conversation', MESSAGES.href.replace('90a3dd7e', '90a3dd7f'), false],
    ['another perspective', MESSAGES.href.replace('/users/u1', ''), false],
    ['another origin', MESSAGES.href.replace('api.layer.com', 'evil.example'), false],
    ['an unknown parameter', `${MESSAGES.href}?page_size=100&x=1`, false],
  ])('owns %s: %s', (_what, url, owned) => {
    expect(messagesReader(MESSAGES).owns(new URL(url))).toBe(owned);
  });
});

describe('Layer conversation list reader', () => {
  const settings = { appId: APP, userId: 'u1' };
  const LIST = `https://api.layer.com/apps/${APP}/users/u1/conversations`;

  it('starts with the window size as page_size (at least 1), sorted by creation', () => {
    const reader = conversationListReader(BASE, settings, 'u1');
    expect(reader.start(20)).toBe(`${LIST}?page_size=20&sort_by=created_at`);
    expect(reader.start(0)).toBe(`${LIST}?page_size=1&sort_by=created_at`);
  });

  it('keeps Layer\'s newest-first order and continues from the last item with from_id and the same page size', () => {
    const reader = conversationListReader(BASE, settings, 'u1');
    const page = reader.read(response(reader.start(2), [conversation(9), conversation(8)], 5));
    expect(page.items.map(reader.key)).toEqual([uuid(9), uuid(8)]);
    expect(page).toMatchObject({ next: `${LIST}?page_size=2&from_id=${uuid(8)}&sort_by=created_at`, total: 5 });
  });

  it('ends on a short page, and on a full first page that holds all Layer-Count conversations', () => {
    const reader = conversationListReader(BASE, settings, 'u1');
    expect(reader.read(response(`${LIST}?page_size=2&from_id=${uuid(8)}&sort_by=created_at`, [conversation(7)], 5)).next).toBeNull();
    expect(reader.read(response(reader.start(2), [conversation(9), conversation(8)], 2)).next).toBeNull();
  });

  it.each([
    ['its own pages', `${LIST}?page_size=5&from_id=${uuid(1)}&sort_by=created_at`, true],
    ['another user\'s list', `${LIST.replace('/u1/', '/u2/')}?page_size=5`, false],
    ['a conversation', `${LIST}/${uuid(1)}`, false],
    ['another origin', `${LIST.replace('api.layer.com', 'evil.example')}?page_size=5`, false],
  ])('owns %s: %s', (_what, url, owned) => {
    expect(conversationListReader(BASE, settings, 'u1').owns(new URL(url))).toBe(owned);
  });
});
