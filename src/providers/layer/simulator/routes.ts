import type { SimReply, SimRequest, SimRoute } from '../../../simulator/sim-types';
import { IDENTITIES, conversations, conversationsOf, type SimConversation } from './data';
import { LAYER_MEDIA_TYPE, layerError, renderConversation, renderIdentity, renderMessage, type View } from './render';
import { DELETED_ID, SIM_APP_ID } from './seed';

const ok = (body: unknown, headers: Record<string, string> = {}): SimReply => ({ status: 200, body, contentType: LAYER_MEDIA_TYPE, headers });
const fail = (status: number, id: string, code: number, message: string): SimReply => ({
  status, body: layerError(id, code, message), contentType: LAYER_MEDIA_TYPE,
});
export const notFound = (what: string): SimReply => fail(404, 'not_found', 102, `${what} not found`);
const badRequest = (message: string): SimReply => fail(400, 'invalid_request', 10, message);

const viewOf = (req: SimRequest, user: string | null): View => ({ origin: req.url.origin, user });

type Found = { conversation: SimConversation; view: View } | SimReply;

/** The conversation of a route, as the perspective user may see it (404 when not a participant, 410 deleted). */
function find(req: SimRequest, user: string | null): Found {
  if (req.params['app'] !== SIM_APP_ID) return notFound('App');
  const uuid = (req.params['conversation'] ?? '').toLowerCase();
  if (uuid === DELETED_ID) return fail(410, 'gone', 102, 'Conversation has been deleted'); // body is a guess: Layer documents only the status
  const conversation = conversations().get(uuid);
  if (!conversation || (user !== null && !conversation.participants.includes(user))) return notFound('Conversation');
  return { conversation, view: viewOf(req, user) };
}

/** `page_size` (1..100, default 100) and `from_id` (UUID or layer:/// URI) of a list request. */
function paging(req: SimRequest, ids: readonly string[], uri: string): { start: number; size: number } | SimReply {
  const rawSize = req.url.searchParams.get('page_size') ?? '100';
  const size = /^\d{1,3}$/.test(rawSize) ? Number(rawSize) : NaN;
  if (!(size >= 1 && size <= 100)) return badRequest('page_size must be an integer from 1 to 100');
  const fromId = req.url.searchParams.get('from_id');
  if (fromId === null) return { start: 0, size };
  const index = ids.indexOf(fromId.replace(uri, '').toLowerCase());
  return index < 0 ? notFound('from_id') : { start: index + 1, size };
}

function listMessages(req: SimRequest, user: string | null): SimReply {
  const found = find(req, user);
  if ('status' in found) return found;
  const newestFirst = [...found.conversation.messages()].reverse();
  const page = paging(req, newestFirst.map((m) => m.uuid), 'layer:///messages/');
  if ('status' in page) return page;
  const items = newestFirst.slice(page.start, page.start + page.size).map((m) => renderMessage(found.view, found.conversation, m));
  return ok(items, { 'Layer-Count': String(newestFirst.length) });
}

function getMessage(req: SimRequest, user: string | null): SimReply {
  const found = find(req, user);
  if ('status' in found) return found;
  const message = found.conversation.messages().find((m) => m.uuid === req.params['message']?.toLowerCase());
  return message ? ok(renderMessage(found.view, found.conversation, message, 'single')) : notFound('Message');
}

function listConversations(req: SimRequest): SimReply {
  if (req.params['app'] !== SIM_APP_ID) return notFound('App');
  const user = req.params['user'] ?? '';
  const sortBy = req.url.searchParams.get('sort_by') ?? 'created_at';
  if (sortBy !== 'created_at') return badRequest('The simulator sorts by created_at only');
  const list = conversationsOf(user);
  const page = paging(req, list.map((c) => c.uuid), 'layer:///conversations/');
  if ('status' in page) return page;
  const view = viewOf(req, user);
  return ok(list.slice(page.start, page.start + page.size).map((c) => renderConversation(view, c)), { 'Layer-Count': String(list.length) });
}

const BASE = '/apps/:app';
const USER = '/apps/:app/users/:user';
const conversationRoute = (prefix: string, user: (req: SimRequest) => string | null): SimRoute => ({
  method: 'GET', path: `${prefix}/conversations/:conversation`,
  handle(req) {
    const found = find(req, user(req));
    return 'status' in found ? found : ok(renderConversation(found.view, found.conversation));
  },
});
const system = (): null => null;
const asUser = (req: SimRequest): string => req.params['user'] ?? '';

/** The endpoints Parley reads, in both perspectives. */
export const routes: readonly SimRoute[] = [
  conversationRoute(BASE, system),
  conversationRoute(USER, asUser),
  { method: 'GET', path: `${BASE}/conversations/:conversation/messages`, handle: (req) => listMessages(req, null) },
  { method: 'GET', path: `${USER}/conversations/:conversation/messages`, handle: (req) => listMessages(req, asUser(req)) },
  { method: 'GET', path: `${BASE}/conversations/:conversation/messages/:message`, handle: (req) => getMessage(req, null) },
  { method: 'GET', path: `${USER}/conversations/:conversation/messages/:message`, handle: (req) => getMessage(req, asUser(req)) },
  { method: 'GET', path: `${USER}/conversations`, handle: listConversations },
  {
    method: 'GET', path: `${USER}/identity`,
    handle(req) {
      if (req.params['app'] !== SIM_APP_ID) return notFound('App');
      const identity = IDENTITIES.get(asUser(req));
      return identity ? ok(renderIdentity(req.url.origin, identity)) : notFound('Identity');
    },
  },
];

