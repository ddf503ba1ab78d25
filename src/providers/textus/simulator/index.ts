import type { ProviderSimulator } from '../../../kit/contract';
import type { RateWindow, SimulatorSpec } from '../../../simulator/sim-types';
import { TEXTUS } from '../identity';
import { MEDIA_TYPE, failure, notFound, routes } from './routes';
import { SEED_SLUG, SIM_ACCOUNT, SIM_TOKEN } from './seed';

/** The simulated TextUs Next API: bearer token, required Accept, rate-limit headers [D]. */
export function createTextUsSimulator(): SimulatorSpec {
  return {
    slug: TEXTUS.slug,
    routes,
    rateLimit: { limit: 1000, windowSeconds: 300 },
    guard(req) {
      if (req.headers.authorization !== `Bearer ${SIM_TOKEN}`) return failure(401, 'Unauthorized');
      if (!(req.headers.accept ?? '').includes(MEDIA_TYPE)) return failure(406, 'Not Acceptable');
      return null;
    },
    notFound,
    rateLimited: (window: RateWindow) => failure(429, 'Too Many Requests', { 'Retry-After': String(window.resetIn) }),
    rateLimitHeaders: (window: RateWindow) => ({
      'X-RateLimit-Limit': String(window.limit),
      'X-RateLimit-Remaining': String(window.remaining),
      'X-RateLimit-Reset': String(window.resetAt),
    }),
    // The adapter's variables, named here rather than imported: the simulator plays the upstream.
    env: (baseUrl: URL) => ({ TEXTUS_BASE_URL: baseUrl.href, TEXTUS_TOKEN: SIM_TOKEN, TEXTUS_ACCOUNT: SIM_ACCOUNT }),
  };
}

/** TextUs's simulator and the facts of its documented example that the contract suite checks. */
export const textUsSimulator: ProviderSimulator = {
  create: createTextUsSimulator,
  demo: {
    seedKey: SEED_SLUG,
    expected: {
      id: `${TEXTUS.slug}:${SEED_SLUG}`,
      provider: TEXTUS.name,
      nativeId: SEED_SLUG,
      subject: null,
      status: 'OPEN',
      rawStatus: 'open',
      channel: 'SMS',
      rawChannel: null,
      createdAt: null,
      lastActivityAt: '2020-05-21T20:07:20.862Z',
      preview: 'He once made a weeping willow laugh',
      messageCount: 3,
      webUrl: null,
    },
    missingKey: 'zzNoSuch1',
    malformedKeys: ['', 'a/b', 'kY1QwY?x=1', 'kY1QwY#x', '..', 'a\u0007b', 'a b', 'x'.repeat(33)],
    badCredentials: { TEXTUS_TOKEN: 'wrong-textus-token' },
    conversationPath: /^\/conversations\/kY1QwY$/,
    secret: 'wrong-textus-token',
  },
};
