import type { JsonObject } from '../../../kit/json';
import type { SimReply, SimRequest, SimRoute } from '../../../simulator/sim-types';
import { SIM_PAGE_SIZE, type SimConversation } from './generate';
import { SEED_SLUG, SIM_ACCOUNT, seedConversation } from './seed';
import { simStore } from './store';

/** The media type TextUs requires in `Accept` [D] and answers in. */
export const MEDIA_TYPE = 'application/vnd.textus+jsonld';

const reply = (body: JsonObject, status = 200, headers: Record<string, string> = {}): SimReply => ({
  status, body, headers, contentType: `${MEDIA_TYPE}; charset=utf-8`,
});
// The Next API's error body is undocumented; this JSON-LD flavoured shape is the simulator's guess.
export const failure = (status: number, error: string, headers: Record<string, string> = {}): SimReply =>
  reply({ '@type': 'Error', error }, status, headers);
export const notFound = (): SimReply => failure(404, 'Not Found');

const encodeCursor = (offset: number): string => Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url');

/** The offset a `cursor` query parameter stands for; null when it is not one this simulator issued. */
function offsetOf(req: SimRequest, total: number): number | null {
  const cursor = req.url.searchParams.get('cursor');
  if (cursor === null) return 0;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const offset = typeof decoded === 'object' && decoded !== null && 'offset' in decoded ? decoded.offset : null;
    return typeof offset === 'number' && Number.isInteger(offset) && offset > 0 && offset < total && offset % SIM_PAGE_SIZE === 0 ? offset : null;
  } catch {
    return null;
  }
}

/** A hydra page of `members` at `offset`, with `view` links carrying opaque cursors (as TextUs does). */
function page(path: string, total: number, offset: number, members: JsonObject[], extra: JsonObject = {}): JsonObject {
  const at = (o: number): string => (o === 0 ? path : `${path}?cursor=${encodeCursor(o)}`);
  return {
    '@type': 'hydra:Collection', id: path, '@context': '/contexts/hydra:Collection.jsonld', ...extra, totalItems: total,
    members,
    view: {
      '@context': '/contexts/hydra:PartialCollectionView.jsonld', '@type': 'hydra:PartialCollectionView', id: at(offset),
      first: path, next: offset + SIM_PAGE_SIZE < total ? at(offset + SIM_PAGE_SIZE) : null,
      previous: offset === 0 ? null : at(Math.max(0, offset - SIM_PAGE_SIZE)),
    },
  };
}

const withoutMembers = (collection: JsonObject): JsonObject =>
  Object.fromEntries(Object.entries(collection).filter(([key]) => key !== 'members'));

/** A timeline page, newest first; page one is what the conversation GET embeds. */
export function timelinePage(record: SimConversation, offset: number): JsonObject {
  const members = record.items.slice(offset, offset + SIM_PAGE_SIZE);
  return page(`/conversations/${record.slug}/timeline`, record.items.length, offset, members, { latestPosition: record.latestPosition });
}

/** The GET shape: the example verbatim, or a generated head with its first timeline page. */
export function conversationBody(record: SimConversation): JsonObject {
  return record.slug === SEED_SLUG ? seedConversation() : { ...record.head, timeline: timelinePage(record, 0) };
}

/** The list shape [D]: `associatedContacts` only as a link, `requestingUserInfo` embedded; the
 * timeline is a summary without members (the simulator's guess at what a list leaves out). */
export function listItem(record: SimConversation): JsonObject {
  const timeline = withoutMembers(timelinePage(record, 0));
  return {
    ...conversationBody(record),
    associatedContacts: `/conversations/${record.slug}/associated_contacts`,
    requestingUserInfo: record.userInfo,
    timeline,
  };
}

function conversationRoute(suffix: string, serve: (record: SimConversation, req: SimRequest) => SimReply): SimRoute {
  return {
    method: 'GET',
    path: `/conversations/:slug${suffix}`,
    handle: (req) => {
      const record = simStore().conversations.get(req.params['slug'] ?? '');
      return record ? serve(record, req) : notFound();
    },
  };
}

function resourceRoute(collection: string): SimRoute {
  return {
    method: 'GET',
    path: `/${collection}/:id`,
    handle: (req) => {
      const found = simStore().resources.get(`/${collection}/${req.params['id'] ?? ''}`);
      return found ? reply(found) : notFound();
    },
  };
}

/** Every path the simulated TextUs Next API serves. */
export const routes: readonly SimRoute[] = [
  conversationRoute('', (record) => reply(conversationBody(record))),
  conversationRoute('/timeline', (record, req) => {
    const offset = offsetOf(req, record.items.length);
    return offset === null ? failure(400, 'Invalid cursor') : reply(timelinePage(record, offset));
  }),
  conversationRoute('/participants', (record) => reply(record.participants)),
  conversationRoute('/associated_contacts', (record) => reply(record.associatedContacts)),
  conversationRoute('/assignments', (record) => reply(record.assignments)),
  conversationRoute('/user_info', (record) => reply(record.userInfo)),
  ...['messages', 'conversation_events', 'users', 'contacts'].map(resourceRoute),
  {
    method: 'GET',
    path: '/:account/conversation_filters/:filter/conversations',
    handle: (req) => {
      if (req.params['account'] !== SIM_ACCOUNT || req.params['filter'] !== 'all') return notFound();
      const { listed } = simStore();
      const offset = offsetOf(req, listed.length);
      if (offset === null) return failure(400, 'Invalid cursor');
      const members = listed.slice(offset, offset + SIM_PAGE_SIZE).map(listItem);
      return reply({ ...page(req.url.pathname, listed.length, offset, members), '@type': 'ConversationCollection' });
    },
  },
];
