import type { ProviderSimulator, SimulatorDemo } from '../../../src/kit/contract';
import type { SimulatorSpec } from '../../../src/simulator/sim-types';
import { EXAMPLE } from '../identity';
import { NOT_FOUND, guard, rateLimited, routes } from './routes';
import { MISSING_KEY, SEED_KEY, SIM_TOKEN } from './seed';

// The simulator plays the upstream and may not import the adapter's configuration, so it names
// the variables `api/config.ts` reads itself; every test connects through this environment, so
// a mismatch fails them.
export const SIM_ENV = { baseUrl: 'EXAMPLE_BASE_URL', token: 'EXAMPLE_TOKEN' } as const;

/** Simulated Example Chat: the conversation, its message pages and the listing, behind a bearer token. */
function create(): SimulatorSpec {
  return {
    slug: EXAMPLE.slug,
    routes,
    rateLimit: { limit: 600, windowSeconds: 60 },
    guard,
    notFound: () => NOT_FOUND,
    rateLimited,
    // Example Chat documents no rate-limit headers on ordinary replies, so none are invented.
    rateLimitHeaders: () => ({}),
    env: (baseUrl) => ({ [SIM_ENV.baseUrl]: baseUrl.href, [SIM_ENV.token]: SIM_TOKEN }),
  };
}

/** The seed conversation as the shared contract suite checks it (enum values as GraphQL spells them). */
const demo: SimulatorDemo = {
  seedKey: SEED_KEY,
  expected: {
    id: `${EXAMPLE.slug}:${SEED_KEY}`,
    provider: EXAMPLE.name,
    nativeId: SEED_KEY,
    subject: 'Order 1042 arrived damaged',
    status: 'OPEN',
    rawStatus: 'open',
    channel: 'CHAT',
    rawChannel: 'chat',
    createdAt: '2024-05-01T09:00:00Z',
    updatedAt: '2024-05-01T09:12:00Z',
    lastActivityAt: '2024-05-01T09:12:00Z',
    preview: 'Photo attached.',
    messageCount: 3,
    webUrl: null,
  },
  missingKey: MISSING_KEY,
  malformedKeys: ['', 'c', '1', 'x1', 'C1', 'c1/m1', 'c-1', 'c1 ', '../c1', 'c1?x=1', 'c12345678901234567890'],
  badCredentials: { [SIM_ENV.token]: 'wrong-token' },
  conversationPath: /^\/conversations\/c\d+$/,
  secret: SIM_TOKEN,
};

export const exampleSimulator: ProviderSimulator = { create, demo };
