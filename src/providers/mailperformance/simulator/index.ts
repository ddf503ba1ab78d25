import type { ProviderSimulator, SimulatorDemo } from '../../../kit/contract';
import type { SimulatorSpec } from '../../../simulator/sim-types';
import { MAILPERFORMANCE } from '../identity';
import { NOT_FOUND, guard, rateLimited, routes } from './routes';
import { SEED_MESSAGE_ID, SIM_API_KEY } from './seed';

// The simulator plays the upstream and may not import the adapter's configuration, so it names
// the variables the adapter reads (api/config.ts `ENV`) itself; every client test connects
// through this environment, so a mismatch fails them.
export const SIM_ENV = { baseUrl: 'MAILPERFORMANCE_BASE_URL', apiKey: 'MAILPERFORMANCE_API_KEY' } as const;

/**
 * Simulated MailPerformance: `GET /messages/{id}` (the seed message, 200 generated ones and a
 * 250-event one), `GET /targets/{id}` and `GET /actions/{id}` consistent with them.
 */
function create(): SimulatorSpec {
  return {
    slug: MAILPERFORMANCE.slug,
    routes,
    rateLimit: { limit: 3000, windowSeconds: 60 },
    guard,
    notFound: () => NOT_FOUND,
    rateLimited,
    // No rate-limit headers are documented, so none are invented for ordinary replies.
    rateLimitHeaders: () => ({}),
    env: (baseUrl: URL) => ({ [SIM_ENV.baseUrl]: baseUrl.href, [SIM_ENV.apiKey]: SIM_API_KEY }),
  };
}

/** The seed message as the shared contract suite checks it (enum values as GraphQL spells them). */
const demo: SimulatorDemo = {
  seedKey: SEED_MESSAGE_ID,
  expected: {
    id: `${MAILPERFORMANCE.slug}:${SEED_MESSAGE_ID}`,
    provider: MAILPERFORMANCE.name,
    nativeId: SEED_MESSAGE_ID,
    subject: null,
    status: 'CLOSED',
    rawStatus: 'received',
    channel: 'EMAIL',
    rawChannel: 'mail',
    createdAt: '2017-03-31T07:48:16.378Z',
    updatedAt: '2017-03-31T07:48:20Z',
    lastActivityAt: '2017-03-31T07:48:20Z',
    preview: null,
    messageCount: 2,
    webUrl: null,
  },
  missingKey: '00000000-0000-4000-a000-000000000000',
  malformedKeys: [
    '', '/', `${SEED_MESSAGE_ID}/x`, `${SEED_MESSAGE_ID}?x=1`, `${SEED_MESSAGE_ID}#x`, `../${SEED_MESSAGE_ID}`,
    `${SEED_MESSAGE_ID.slice(0, -1)}\u0000`, SEED_MESSAGE_ID.slice(0, -1), 'not-a-uuid', ` ${SEED_MESSAGE_ID}`,
  ],
  badCredentials: { [SIM_ENV.apiKey]: 'wrong-key-0000' },
  conversationPath: /^\/messages\//,
  secret: SIM_API_KEY,
};

export const mailPerformanceSimulator: ProviderSimulator = { create, demo };
