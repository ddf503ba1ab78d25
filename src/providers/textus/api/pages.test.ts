import type { UpstreamResponse } from '../../../http/http-client';
import { Unreadable } from '../../../kit/defects';
import { seedConversation } from '../simulator/seed';
import type { TextUsTimelineEntry } from '../wire/timeline.wire';
import { conversationListReader, timelineReader } from './pages';

const base = new URL('https://next.textus.example/');

const response = (path: string, body: unknown): UpstreamResponse => ({
  url: new URL(path, base).href, status: 200, body, headers: { get: () => null }, redirectedFrom: [],
});

/** A timeline page as TextUs sends it: newest first, `next` older, `previous` newer. */
function timelinePage(positions: readonly string[], view: { next: string | null; previous: string | null }): unknown {
  const seed = seedConversation()['timeline'] as Record<string, unknown>;
  const [event] = (seed['members'] as Record<string, unknown>[]).slice(2);
  return {
    ...seed,
    totalItems: 250,
    members: positions.map((at, i) => ({ ...event, id: `/conversation_events/e${i}`, timelinePosition: at })),
    view: { first: '/conversations/kY1QwY/timeline', ...view },
  };
}

const positionOf = (item: TextUsTimelineEntry): string | null | undefined => (item instanceof Unreadable ? null : item.read.wire.timelinePosition);

describe('TextUs page readers', () => {
  describe('timeline', () => {
    const path = '/conversations/kY1QwY/timeline';
    const reader = timelineReader(base, path, '/conversations/kY1QwY/timeline?cursor=oldest');

    it('starts at the oldest page it was given, whatever the window size', () => {
      expect(reader.start(5)).toBe('/conversations/kY1QwY/timeline?cursor=oldest');
      expect(reader.start(100)).toBe('/conversations/kY1QwY/timeline?cursor=oldest');
    });

    it('reads a newest-first page oldest first and continues with the newer page (view.previous)', () => {
      const body = timelinePage(['2024-01-03T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-01T00:00:00Z'], {
        next: `${path}?cursor=older`, previous: `${path}?cursor=newer`,
      });
      const page = reader.read(response(`${path}?cursor=here`, body));
      expect(page.items.map(positionOf)).toEqual(['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-03T00:00:00Z']);
      expect(page.next).toBe(`${path}?cursor=newer`);
      expect(page.total).toBe(250);
    });

    it('orders a page sent oldest first (as the documented example is) oldest first too', () => {
      const body = timelinePage(['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'], { next: null, previous: null });
      const page = reader.read(response(path, body));
      expect(page.items.map(positionOf)).toEqual(['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z']);
      expect(page.next).toBeNull();
    });

    it('keeps a member without an id in its place as an Unreadable keyed by a digest, and one of an unlisted @type as data', () => {
      const body = timelinePage(['2024-01-02T00:00:00Z', '2024-01-01T00:00:00Z'], { next: null, previous: null }) as Record<string, unknown>;
      const members = body['members'] as Record<string, unknown>[];
      const page = reader.read(response(path, { ...body, members: [{ '@type': 'Message', body: 'no id' }, ...members, { '@type': 'Call', id: '/calls/c1' }] }));
      expect(page.items).toHaveLength(4);
      const broken = page.items.find((item) => item instanceof Unreadable);
      expect(broken && reader.key(broken)).toMatch(/^#/);
      expect(page.items.filter((item) => !(item instanceof Unreadable) && item.kind === 'other')).toHaveLength(1);
    });

    it('keys an item by its JSON-LD id', () => {
      const [item] = reader.read(response(path, seedConversation()['timeline'])).items;
      expect(item && reader.key(item)).toBe('/messages/QNDkpL');
    });

    it("owns the timeline's first page and its cursor pages", () => {
      expect(reader.owns(new URL(path, base))).toBe(true);
      expect(reader.owns(new URL(`${path}?cursor=abc`, base))).toBe(true);
    });

    it.each([
      ['another conversation', '/conversations/long250/timeline'],
      ['another collection of the conversation', '/conversations/kY1QwY/participants'],
      ['a node', '/users/wqyODPA'],
      ['a longer path', '/conversations/kY1QwY/timeline/x'],
      ['another origin', 'https://evil.example/conversations/kY1QwY/timeline'],
    ])('refuses a page of %s', (_what, page) => {
      expect(reader.owns(new URL(page, base))).toBe(false);
    });
  });

  describe('conversation list', () => {
    const path = 'sanford.llc/conversation_filters/all/conversations';
    const reader = conversationListReader(base, path);
    const list = (next: string | null): unknown => ({
      '@type': 'ConversationCollection', id: `/${path}`, totalItems: 202,
      members: [seedConversation(), { ...seedConversation(), id: '/conversations/other1', slug: 'other1' }],
      view: { first: `/${path}`, next, previous: null },
    });

    it("starts at the account's `all` filter", () => {
      expect(reader.start(20)).toBe(path);
    });

    it('keeps the newest-first order and continues with view.next', () => {
      const page = reader.read(response(path, list(`/${path}?cursor=p2`)));
      expect(page.items.map((member) => ('wire' in member ? member.wire.slug : null))).toEqual(['kY1QwY', 'other1']);
      expect(page.items.map((member) => reader.key(member))).toEqual(['/conversations/kY1QwY', '/conversations/other1']);
      expect(page).toMatchObject({ next: `/${path}?cursor=p2`, total: 202 });
    });

    it('keeps a listed conversation without a readable id as an Unreadable, and the others', () => {
      const body = { ...(list(null) as Record<string, unknown>), members: [{ slug: 'noId' }, seedConversation()] };
      const page = reader.read(response(path, body));
      expect(page.items[0]).toBeInstanceOf(Unreadable);
      expect((page.items[0] as Unreadable).reason).toBe('conversation.id: Invalid input: expected string, received undefined');
      expect(reader.key(page.items[1]!)).toBe('/conversations/kY1QwY');
    });

    it('owns its pages and refuses those of another account, filter or origin', () => {
      expect(reader.owns(new URL(`${path}?cursor=p2`, base))).toBe(true);
      expect(reader.owns(new URL('other/conversation_filters/all/conversations', base))).toBe(false);
      expect(reader.owns(new URL('sanford.llc/conversation_filters/you/conversations', base))).toBe(false);
      expect(reader.owns(new URL(`https://evil.example/${path}`))).toBe(false);
    });
  });
});
