import type { JsonObject } from '../../../src/kit/json';
import type { RateWindow, SimReply, SimRequest, SimRoute } from '../../../src/simulator/sim-types';
import { SEED_CONVERSATIONS, SIM_PAGE_SIZE, SIM_TOKEN, type SeedConversation, type SeedMessage } from './seed';

const failure = (status: number, error: string): SimReply => ({ status, body: { error, ref: `sim-${status}` } });
export const NOT_FOUND = failure(404, 'not_found');

const message = (m: SeedMessage): JsonObject => ({ ...m });

function conversation(c: SeedConversation): JsonObject {
  const last = c.messages[c.messages.length - 1];
  return {
    id: c.id, subject: c.subject, status: c.status, channel: c.channel, priority: c.priority,
    createdAt: c.createdAt, updatedAt: c.updatedAt, messageCount: c.messages.length,
    participants: c.participants.map((p) => ({ ...p })),
    lastMessage: last ? message(last) : null,
  };
}

/** One `page=N` slice with an absolute `next` link (as many real APIs send), or null for a page that does not exist. */
function page(req: SimRequest, field: string, all: readonly JsonObject[]): SimReply | null {
  const raw = req.url.searchParams.get('page') ?? '1';
  const n = /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : 0;
  const pages = Math.max(1, Math.ceil(all.length / SIM_PAGE_SIZE));
  if (n < 1 || n > pages) return null;
  const next = new URL(req.url);
  next.searchParams.set('page', String(n + 1));
  const items = all.slice((n - 1) * SIM_PAGE_SIZE, n * SIM_PAGE_SIZE);
  return { status: 200, body: { [field]: items, next: n < pages ? next.href : null, total: all.length } };
}

const byId = (id: string | undefined): SeedConversation | undefined => SEED_CONVERSATIONS.find((c) => c.id === id);
// Newest activity first, as the listing endpoint documents.
const newestFirst = [...SEED_CONVERSATIONS].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

export const routes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/conversations',
    handle: (req) => page(req, 'conversations', newestFirst.map(conversation)) ?? failure(400, 'bad_page'),
  },
  {
    method: 'GET',
    path: '/conversations/:id',
    handle(req) {
      const found = byId(req.params['id']);
      return found ? { status: 200, body: conversation(found) } : NOT_FOUND;
    },
  },
  {
    method: 'GET',
    path: '/conversations/:id/messages',
    handle(req) {
      const found = byId(req.params['id']);
      if (!found) return NOT_FOUND;
      return page(req, 'messages', found.messages.map(message)) ?? failure(400, 'bad_page');
    },
  },
];

export function guard(req: SimRequest): SimReply | null {
  return req.headers.authorization === `Bearer ${SIM_TOKEN}` ? null : failure(401, 'unauthorized');
}

export function rateLimited(window: RateWindow): SimReply {
  return { ...failure(429, 'rate_limited'), headers: { 'Retry-After': String(Math.max(1, window.resetIn)) } };
}
