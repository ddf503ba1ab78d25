import type { JsonObject, JsonValue } from '../../../kit/json';
import type { SimReply, SimRequest, SimRoute } from '../../../simulator/sim-types';
import { MERGED_IDS } from './seed';
import type { HelpScoutSimStore } from './store';

/** Replies in Help Scout's shapes (HAL bodies, error envelope); supplied by the simulator spec. */
export interface SimReplies {
  hal(status: number, body: JsonObject): SimReply;
  error(status: number, message: string, errors?: JsonObject[]): SimReply;
}

const THREADS_PER_PAGE = 50;
const CONVERSATIONS_PER_PAGE = 25;
const LIST_STATUSES = new Set(['active', 'open', 'pending', 'closed', 'spam', 'all']);

/** Makes the store's path hrefs absolute on the simulator's own origin, as Help Scout sends them. */
export function absolutize(value: JsonObject, origin: string): JsonObject {
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = key === 'href' && typeof item === 'string' && item.startsWith('/') ? `${origin}${item}` : absolutizeValue(item, origin);
  }
  return out;
}

function absolutizeValue(value: JsonValue, origin: string): JsonValue {
  if (Array.isArray(value)) return value.map((item) => absolutizeValue(item, origin));
  return value !== null && typeof value === 'object' ? absolutize(value, origin) : value;
}

const numericId = (req: SimRequest, name = 'id'): number | null => (/^\d{1,15}$/.test(req.params[name] ?? '') ? Number(req.params[name]) : null);

function pageParam(req: SimRequest): number | null {
  const raw = req.url.searchParams.get('page');
  if (raw === null) return 1;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

const badParam = (replies: SimReplies, path: string, value: string | null, message: string): SimReply =>
  replies.error(400, 'Bad request', [{ path, message, rejectedValue: value, source: 'URL', _links: { about: { href: 'https://developer.helpscout.com/mailbox-api/overview/errors#EnumValue' } } }]);

/** A HAL page of `items` (already newest first), with the documented links and `page` block. */
function halPage(req: SimRequest, rel: string, items: JsonObject[], number: number, size: number): JsonObject {
  const totalPages = Math.ceil(items.length / size);
  const at = (page: number): JsonObject => {
    const url = new URL(req.url.href);
    url.searchParams.set('page', String(page));
    return { href: `${url.pathname}${url.search}` };
  };
  return {
    _embedded: { [rel]: items.slice((number - 1) * size, number * size) },
    _links: {
      self: at(number), first: at(1), last: at(Math.max(1, totalPages)),
      ...(number < totalPages ? { next: at(number + 1) } : {}),
      ...(number > 1 ? { previous: at(number - 1) } : {}),
      page: { href: `${req.url.pathname}{?page}`, templated: true },
    },
    page: { size, totalElements: items.length, totalPages, number },
  };
}

export function helpScoutRoutes(store: HelpScoutSimStore, replies: SimReplies): SimRoute[] {
  const served = (req: SimRequest, status: number, body: JsonObject): SimReply => replies.hal(status, absolutize(body, req.url.origin));
  const record = (find: (id: number) => JsonObject | undefined) => (req: SimRequest): SimReply => {
    const id = numericId(req);
    const found = id === null ? undefined : find(id);
    return found ? served(req, 200, found) : replies.error(404, 'Not Found');
  };
  return [
    {
      method: 'GET', path: '/v2/conversations/:id',
      handle(req) {
        const id = numericId(req);
        const target = id === null ? undefined : MERGED_IDS.get(id);
        if (target !== undefined) return { status: 301, headers: { location: `${req.url.origin}/v2/conversations/${target}` } };
        const embed = req.url.searchParams.get('embed');
        if (embed !== null && embed !== 'threads') return badParam(replies, 'embed', embed, "Expected one of these: 'threads'");
        const found = id === null ? undefined : store.conversation(id);
        if (!found) return replies.error(404, 'Not Found');
        // Without `embed` the example still shows an empty `threads` array: kept, so clients must not trust it.
        return served(req, 200, { ...found.body, _embedded: { threads: embed ? [...found.threads()].reverse() : [] } });
      },
    },
    {
      method: 'GET', path: '/v2/conversations/:id/threads',
      handle(req) {
        const id = numericId(req);
        const found = id === null ? undefined : store.conversation(id);
        if (!found) return replies.error(404, 'Not Found');
        const page = pageParam(req);
        if (page === null) return badParam(replies, 'page', req.url.searchParams.get('page'), 'Must be a positive number');
        return served(req, 200, halPage(req, 'threads', [...found.threads()].reverse(), page, THREADS_PER_PAGE));
      },
    },
    {
      method: 'GET', path: '/v2/conversations',
      handle(req) {
        const status = req.url.searchParams.get('status') ?? 'active';
        if (!LIST_STATUSES.has(status)) return badParam(replies, 'status', status, "Expected one of these: 'active', 'open', 'pending', 'closed', 'spam', 'all'");
        const page = pageParam(req);
        if (page === null) return badParam(replies, 'page', req.url.searchParams.get('page'), 'Must be a positive number');
        const matching = store.listed().filter((c) => status === 'all' || c.body['status'] === status);
        return served(req, 200, halPage(req, 'conversations', matching.map((c) => c.body), page, CONVERSATIONS_PER_PAGE));
      },
    },
    { method: 'GET', path: '/v2/customers/:id', handle: record((id) => store.customer(id)) },
    { method: 'GET', path: '/v2/users/:id', handle: record((id) => store.user(id)) },
    { method: 'GET', path: '/v2/mailboxes/:id', handle: record((id) => store.mailbox(id)) },
  ];
}
