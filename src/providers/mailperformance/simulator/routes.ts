import type { JsonObject } from '../../../kit/json';
import type { RateWindow, SimReply, SimRequest, SimRoute } from '../../../simulator/sim-types';
import { FORBIDDEN_MESSAGE_ID, SIM_API_KEY, simData } from './seed';

// MailPerformance documents only status codes (200/401/403/404). The bodies below, the 429 and
// its Retry-After, and the budget are the simulator's guesses [I], not documented behaviour.
const UNAUTHORIZED: SimReply = { status: 401, body: { message: 'Unauthorized' } };
const FORBIDDEN: SimReply = { status: 403, body: { message: 'Forbidden' } };
export const NOT_FOUND: SimReply = { status: 404 };

const found = (body: JsonObject | undefined): SimReply => (body ? { status: 200, body } : NOT_FOUND);

function byId(path: string, lookup: (id: string) => JsonObject | undefined): SimRoute {
  return { method: 'GET', path, handle: (req) => found(lookup(req.params['id'] ?? '')) };
}

export const routes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/messages/:id',
    handle(req) {
      const id = (req.params['id'] ?? '').toLowerCase();
      return id === FORBIDDEN_MESSAGE_ID ? FORBIDDEN : found(simData().messages.get(id));
    },
  },
  byId('/targets/:id', (id) => simData().targets.get(id)),
  byId('/actions/:id', (id) => simData().actions.get(id)),
];

export function guard(req: SimRequest): SimReply | null {
  // Node lower-cases header names, so `X-Key` and `x-key` both arrive here (the docs use both).
  return req.headers['x-key'] === SIM_API_KEY ? null : UNAUTHORIZED;
}

export function rateLimited(window: RateWindow): SimReply {
  return { status: 429, body: { message: 'Too Many Requests' }, headers: { 'Retry-After': String(Math.max(1, window.resetIn)) } };
}
