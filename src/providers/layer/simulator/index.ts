import type { ProviderSimulator, SimulatorDemo } from '../../../kit/contract';
import type { RateWindow, SimulatorSpec } from '../../../simulator/sim-types';
import { LAYER } from '../identity';
import { INVALID_ACCEPT, LAYER_MEDIA_TYPE, layerError } from './render';
import { notFound, routes } from './routes';
import { SEED_SYSTEM_ID, SIM_APP_ID, SIM_TOKEN, SIM_USER_ID } from './seed';

const ACCEPT = /^application\/vnd\.layer\+json;\s*version=(\d+\.\d+)$/i;
const BAD_TOKEN = 'layer-refused-token-0f1e2d';

/**
 * The simulated Layer Platform API (v1.0 shapes). Documented: bearer auth (401
 * `authentication_required`), the mandatory versioned Accept (406 `invalid_header`), 404/410,
 * `page_size`/`from_id` paging with `Layer-Count`, the error envelope, 429
 * `rate_limit_exceeded`. Guessed: the rate-limit budget, 400/404 bodies for bad paging, the
 * 410 body, and the identities and messages beyond the seed.
 */
function createLayerSimulator(): SimulatorSpec {
  return {
    slug: LAYER.slug,
    routes,
    // Layer documents only that limits are "relatively forgiving": the budget is a guess.
    rateLimit: { limit: 3000, windowSeconds: 60 },
    guard(req) {
      if (req.headers.authorization !== `Bearer ${SIM_TOKEN}`) {
        return { status: 401, body: layerError('authentication_required', 4, 'The request requires authentication'), contentType: LAYER_MEDIA_TYPE };
      }
      const accept = ACCEPT.exec(String(req.headers.accept ?? '').trim());
      if (!accept) return { status: 406, body: INVALID_ACCEPT, contentType: LAYER_MEDIA_TYPE };
      // Only the v1.0 shapes are simulated.
      if (accept[1] !== '1.0') return { status: 406, body: { ...INVALID_ACCEPT, message: 'The simulator serves version=1.0 only' }, contentType: LAYER_MEDIA_TYPE };
      return null;
    },
    notFound: () => notFound('Resource'),
    rateLimited: (window: RateWindow) => ({
      status: 429,
      body: layerError('rate_limit_exceeded', 7, 'Rate limit exceeded'),
      contentType: LAYER_MEDIA_TYPE,
      headers: { 'Retry-After': String(Math.max(1, window.resetIn)) },
    }),
    // Layer documents no rate-limit headers; 429 carries Retry-After only.
    rateLimitHeaders: () => ({}),
    // The simulator plays the upstream, so it names Parley's variables itself rather than importing the client's config.
    env: (baseUrl) => ({
      LAYER_BASE_URL: baseUrl.href,
      LAYER_TOKEN: SIM_TOKEN,
      LAYER_APP_ID: SIM_APP_ID,
      LAYER_USER_ID: SIM_USER_ID,
    }),
  };
}

/** The system-perspective seed: the simulated user is not in it, so reading it costs two requests. */
const demo: SimulatorDemo = {
  seedKey: SEED_SYSTEM_ID,
  expected: {
    id: `${LAYER.slug}:${SEED_SYSTEM_ID}`,
    provider: LAYER.name,
    nativeId: SEED_SYSTEM_ID,
    subject: null,
    status: 'OPEN',
    rawStatus: null,
    channel: 'IN_APP',
    rawChannel: null,
    createdAt: '2014-09-15T04:44:47+00:00',
    updatedAt: null,
    lastActivityAt: null,
    preview: null,
    messageCount: null,
    webUrl: null,
  },
  missingKey: '00000000-0000-4000-a000-000000000404',
  malformedKeys: [
    '', '/', 'f3cc7b32', 'f3cc7b32-3c92-11e4-baad-164230d1df6', 'f3cc7b32-3c92-11e4-baad-164230d1df67/', 'f3cc7b32-3c92-11e4-baad-164230d1df67?x=1',
    'f3cc7b32-3c92-11e4-baad-164230d1df67#x', '../f3cc7b32-3c92-11e4-baad-164230d1df67', 'f3cc7b32-3c92-11e4-baad-164230d1df67\u0000',
    '///conversations/', '///messages/f3cc7b32-3c92-11e4-baad-164230d1df67', 'layer:///conversations/f3cc7b32-3c92-11e4-baad-164230d1df67',
    '///conversations/f3cc7b32-3c92-11e4-baad-164230d1df67/messages',
  ],
  badCredentials: { LAYER_TOKEN: BAD_TOKEN },
  conversationPath: new RegExp(`/conversations/${SEED_SYSTEM_ID}$`),
  secret: BAD_TOKEN,
};

export const layerSimulator: ProviderSimulator = { create: createLayerSimulator, demo };
