import type { ProviderSimulator, SimulatorDemo } from '../../../kit/contract';
import type { SimulatorSpec } from '../../../simulator/sim-types';
import { BIRD } from '../identity';
import { error, routes } from './routes';
import { SEED_CONVERSATION_ID, SIM_ACCESS_KEY, SIM_WORKSPACE } from './seed';
import { buildWorld, type BirdWorld } from './world';

// The variables a user would set, spelt here rather than imported: the simulator plays the
// upstream and never imports the provider's own code. Connecting through `env()` in the client
// tests catches any drift from `api/config.ts`.
const BASE_URL_VAR = 'BIRD_BASE_URL';
const ACCESS_KEY_VAR = 'BIRD_ACCESS_KEY';
const WORKSPACE_VAR = 'BIRD_WORKSPACE_ID';

function acceptsJson(accept: string | undefined): boolean {
  return accept === undefined || /application\/json|application\/\*|\*\/\*/i.test(accept);
}

/** The simulated Bird Conversations API; the data is built on the first request. */
function createBirdSimulator(): SimulatorSpec {
  let world: BirdWorld | undefined;
  return {
    slug: BIRD.slug,
    routes: routes(() => (world ??= buildWorld())),
    rateLimit: { limit: 6000, windowSeconds: 60 },
    guard(req) {
      if (req.headers.authorization !== `AccessKey ${SIM_ACCESS_KEY}`) {
        return error(401, 'Unauthorized', 'The access key is missing or not valid');
      }
      if (!acceptsJson(req.headers.accept)) return error(406, 'NotAcceptable', 'Only application/json responses are available');
      return null;
    },
    notFound: () => error(404, 'NotFound', 'The resource specified in the URL was not found'),
    rateLimited: (window) => ({ ...error(429, 'TooManyRequests', 'Too many requests'), headers: { 'retry-after': String(Math.max(1, window.resetIn)) } }),
    rateLimitHeaders: () => ({}),
    env: (baseUrl) => ({ [BASE_URL_VAR]: baseUrl.href, [ACCESS_KEY_VAR]: SIM_ACCESS_KEY, [WORKSPACE_VAR]: SIM_WORKSPACE }),
  };
}

/** The seed conversation in the simulator's default workspace, as the shared contract suite checks it. */
const demo: SimulatorDemo = {
  seedKey: SEED_CONVERSATION_ID,
  // Enum values as GraphQL spells them: the simulator does not import the schema's enums.
  expected: {
    id: `${BIRD.slug}:${SEED_CONVERSATION_ID}`,
    provider: BIRD.name,
    nativeId: SEED_CONVERSATION_ID,
    subject: 'test',
    status: 'OPEN',
    rawStatus: 'active',
    channel: 'EMAIL',
    rawChannel: 'email',
    createdAt: '2024-11-25T19:31:47.264Z',
    updatedAt: '2024-11-29T13:31:03.845Z',
    lastActivityAt: '2024-11-29T13:22:22.875Z',
    preview: 'Hey, listen!',
    messageCount: null,
    webUrl: null,
  },
  missingKey: '00000000-0000-4000-a000-000000000000',
  malformedKeys: [
    '',
    '/',
    `${SEED_CONVERSATION_ID}/`,
    `/${SEED_CONVERSATION_ID}`,
    `${SIM_WORKSPACE}/${SIM_WORKSPACE}/${SEED_CONVERSATION_ID}`,
    `${SEED_CONVERSATION_ID}?x=1`,
    `${SEED_CONVERSATION_ID}#x`,
    `${SIM_WORKSPACE}/..`,
    `../${SEED_CONVERSATION_ID}`,
    `${SEED_CONVERSATION_ID}\u0000`,
    `${SEED_CONVERSATION_ID}\n`,
    'not-a-uuid',
    SEED_CONVERSATION_ID.slice(0, -1),
  ],
  badCredentials: { [ACCESS_KEY_VAR]: 'wrong-access-key' },
  conversationPath: new RegExp(`^/workspaces/${SIM_WORKSPACE}/conversations/${SEED_CONVERSATION_ID}$`),
  secret: SIM_ACCESS_KEY,
};

/** Bird's built-in upstream and its demo data. */
export const birdSimulator: ProviderSimulator = { create: createBirdSimulator, demo };
