import type { RateWindow, SimReply, SimRequest, SimRoute, SimulatorSpec } from '../../simulator/sim-types';
import type { JsonObject } from '../shared/json';
import { ENV } from './mailperformance.config';
import { SLUG } from './mailperformance.links';
import { FORBIDDEN_MESSAGE_ID, SIM_API_KEY, simData } from './mailperformance.sim-data';

// MailPerformance documents only status codes (200/401/403/404). The bodies below, the 429 and
// its Retry-After, and the budget are the simulator's guesses [I], not documented behaviour.
const UNAUTHORIZED: SimReply = { status: 401, body: { message: 'Unauthorized' } };
const FORBIDDEN: SimReply = { status: 403, body: { message: 'Forbidden' } };
const NOT_FOUND: SimReply = { status: 404 };

const found = (body: JsonObject | undefined): SimReply => (body ? { status: 200, body } : NOT_FOUND);

function byId(path: string, lookup: (id: string) => JsonObject | undefined): SimRoute {
  return { method: 'GET', path, handle: (req) => found(lookup(req.params['id'] ?? '')) };
}

const routes: readonly SimRoute[] = [
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

function guard(req: SimRequest): SimReply | null {
  // Node lower-cases header names, so `X-Key` and `x-key` both arrive here (the docs use both).
  return req.headers['x-key'] === SIM_API_KEY ? null : UNAUTHORIZED;
}

/**
 * Simulated MailPerformance: `GET /messages/{id}` (the seed message, 200 generated ones and a
 * 250-event one), `GET /targets/{id}` and `GET /actions/{id}` consistent with them.
 */
export function createMailPerformanceSimulator(): SimulatorSpec {
  return {
    slug: SLUG,
    routes,
    rateLimit: { limit: 3000, windowSeconds: 60 },
    guard,
    notFound: () => NOT_FOUND,
    rateLimited: (window: RateWindow) => ({
      status: 429,
      body: { message: 'Too Many Requests' },
      headers: { 'Retry-After': String(Math.max(1, window.resetIn)) },
    }),
    // No rate-limit headers are documented, so none are invented for ordinary replies.
    rateLimitHeaders: () => ({}),
    env: (baseUrl: URL) => ({ [ENV.baseUrl]: baseUrl.href, [ENV.apiKey]: SIM_API_KEY }),
  };
}
