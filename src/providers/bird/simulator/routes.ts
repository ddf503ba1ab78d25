import type { JsonObject } from '../../../kit/json';
import type { SimReply, SimRequest, SimRoute } from '../../../simulator/sim-types';
import { CONFLICT_CONVERSATION_ID, SIM_OTHER_WORKSPACE, SIM_WORKSPACE } from './seed';
import type { BirdWorld, SimConversation } from './world';

// Documented: `limit` 1–100 (default 10), opaque `pageToken`, `reverse`, and the
// `{results, nextPageToken, total, totalType}` wrapper. Guessed (Bird documents neither): the
// error body `{code, message}`, 422 for bad paging parameters, 403 for a foreign workspace,
// the rate budget, and 429 with Retry-After and no X-RateLimit-* headers.

export const error = (status: number, code: string, message: string): SimReply => ({ status, body: { code, message } });
const ok = (body: unknown): SimReply => ({ status: 200, body });
const WORKSPACES = new Set([SIM_WORKSPACE, SIM_OTHER_WORKSPACE]);

const positionToken = (item: JsonObject): string =>
  Buffer.from(JSON.stringify([item['updatedAt'] ?? item['createdAt'] ?? '', item['id'] ?? '']), 'utf8').toString('base64');

function tokenStart(ordered: readonly JsonObject[], token: string | null): number | undefined {
  if (token === null) return 0;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
    if (!Array.isArray(decoded) || typeof decoded[1] !== 'string') return undefined;
    const index = ordered.findIndex((item) => item['id'] === decoded[1]);
    return index < 0 ? undefined : index + 1;
  } catch {
    return undefined;
  }
}

/** One page of `items` (given in the endpoint's natural order; `reverse=true` flips it). */
function page(items: readonly JsonObject[], req: SimRequest): SimReply {
  const rawLimit = req.url.searchParams.get('limit') ?? '10';
  const limit = /^\d{1,3}$/.test(rawLimit) ? Number(rawLimit) : NaN;
  if (!(limit >= 1 && limit <= 100)) return error(422, 'InvalidPayload', 'limit must be an integer from 1 to 100');
  const reverse = req.url.searchParams.get('reverse') ?? 'false';
  if (reverse !== 'true' && reverse !== 'false') return error(422, 'InvalidPayload', 'reverse must be true or false');
  const ordered = reverse === 'true' ? [...items].reverse() : items;
  const start = tokenStart(ordered, req.url.searchParams.get('pageToken'));
  if (start === undefined) return error(422, 'InvalidPayload', 'pageToken is not valid');
  const results = ordered.slice(start, start + limit);
  const last = results[results.length - 1];
  const nextPageToken = last && start + limit < ordered.length ? positionToken(last) : '';
  return ok({ results, nextPageToken, total: ordered.length, totalType: '' });
}

const newestFirst = (a: SimConversation, b: SimConversation): number => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

/** Bird's routes over the seed and generated data. */
export function routes(world: () => BirdWorld): SimRoute[] {
  const listed = new Map<string, JsonObject[]>();
  const conversationsOf = (ws: string): JsonObject[] => {
    let list = listed.get(ws);
    if (!list) {
      list = [...world().conversations.values()].filter((c) => c.workspaceId === ws).sort(newestFirst).map((c) => c.body);
      listed.set(ws, list);
    }
    return list;
  };
  const find = (req: SimRequest, then: (c: SimConversation) => SimReply): SimReply => {
    const { ws = '', id = '' } = req.params;
    if (!WORKSPACES.has(ws)) return error(403, 'Forbidden', 'User has no access to the requested resource');
    if (id === CONFLICT_CONVERSATION_ID) return error(409, 'Conflict', 'The resource is in a conflicting state');
    const conversation = world().conversations.get(`${ws}/${id}`);
    return conversation ? then(conversation) : error(404, 'NotFound', 'The resource specified in the URL was not found');
  };
  const item = (items: readonly JsonObject[], id: string | undefined): SimReply => {
    const found = items.find((candidate) => candidate['id'] === id);
    return found ? ok(found) : error(404, 'NotFound', 'The resource specified in the URL was not found');
  };
  const base = '/workspaces/:ws/conversations';
  return [
    {
      method: 'GET',
      path: base,
      handle: (req) => {
        const ws = req.params['ws'] ?? '';
        return WORKSPACES.has(ws) ? page(conversationsOf(ws), req) : error(403, 'Forbidden', 'User has no access to the requested resource');
      },
    },
    { method: 'GET', path: `${base}/:id`, handle: (req) => find(req, (c) => ok(c.body)) },
    // Natural order of messages is newest first; `reverse=true` reads them oldest first.
    { method: 'GET', path: `${base}/:id/messages`, handle: (req) => find(req, (c) => page([...c.messages].reverse(), req)) },
    { method: 'GET', path: `${base}/:id/messages/:mid`, handle: (req) => find(req, (c) => item(c.messages, req.params['mid'])) },
    { method: 'GET', path: `${base}/:id/participants`, handle: (req) => find(req, (c) => page(c.participants, req)) },
    { method: 'GET', path: `${base}/:id/participants/:pid`, handle: (req) => find(req, (c) => item(c.participants, req.params['pid'])) },
    {
      method: 'GET',
      path: '/workspaces/:ws/channels/:cid',
      handle: (req) => {
        const channel = world().channels.get(`${req.params['ws'] ?? ''}/${req.params['cid'] ?? ''}`);
        return channel ? ok(channel) : error(404, 'NotFound', 'The resource specified in the URL was not found');
      },
    },
  ];
}
