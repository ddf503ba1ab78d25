import type { ProviderSimulator, SimulatorDemo } from '../../../kit/contract';
import type { JsonObject } from '../../../kit/json';
import { SeededRandom } from '../../../simulator/random';
import type { SimReply, SimRequest, SimulatorSpec } from '../../../simulator/sim-types';
import { HELP_SCOUT } from '../identity';
import { helpScoutRoutes, type SimReplies } from './routes';
import { SEED_ID, SIM_APP, SIM_TOKEN, TOKEN_LIFETIME_SECONDS } from './seed';
import { HelpScoutSimStore } from './store';

// The simulator plays the upstream, so it spells Help Scout's paths and Parley's variable names
// itself rather than borrowing the adapter's (a test checks the variables are the adapter's).
const TOKEN_PATH = '/v2/oauth2/token';
const ERRORS_DOC = 'https://developer.helpscout.com/mailbox-api/overview/errors';

/** The Help Scout simulator, plus the tokens it issued (tests revoke them to force a renewal). */
export interface HelpScoutSimulatorSpec extends SimulatorSpec {
  readonly issuedTokens: Set<string>;
}

/**
 * Help Scout Mailbox API 2.0 as documented: bearer auth (a static token or tokens issued by the
 * client-credentials endpoint), HAL+JSON bodies, the error envelope with `logRef`, per-minute
 * rate-limit headers on every reply and `X-RateLimit-Retry-After` on 429, HAL paging, and 301
 * for merged conversations. The budget is generous (plans differ; the real figure is lower) so
 * load tests measure Parley, not the simulated limit.
 */
function createHelpScoutSimulator(): HelpScoutSimulatorSpec {
  const issuedTokens = new Set<string>();
  const logRefs = new SeededRandom('helpscout:logRef');
  const replies: SimReplies = {
    hal: (status, body) => ({ status, body, contentType: 'application/hal+json' }),
    error: (status, message, errors: JsonObject[] = []) => ({
      status,
      contentType: 'application/hal+json',
      body: { logRef: logRefs.uuid(), message, _embedded: { errors }, _links: { about: { href: ERRORS_DOC } } },
    }),
  };
  let issued = 0;
  const token = (req: SimRequest): SimReply => {
    if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return { status: 400, body: { error: 'invalid_request', error_description: 'Expected a form body' } };
    }
    const form = new URLSearchParams(req.body);
    if (form.get('grant_type') !== 'client_credentials') {
      return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'Only client_credentials is simulated' } };
    }
    if (form.get('client_id') !== SIM_APP.id || form.get('client_secret') !== SIM_APP.secret) {
      return { status: 401, body: { error: 'invalid_client', error_description: 'Client authentication failed' } };
    }
    issued += 1;
    const accessToken = `hs-sim-issued-${issued}`;
    issuedTokens.add(accessToken);
    return { status: 200, body: { token_type: 'bearer', access_token: accessToken, expires_in: TOKEN_LIFETIME_SECONDS } };
  };
  return {
    slug: HELP_SCOUT.slug,
    issuedTokens,
    routes: [{ method: 'POST', path: TOKEN_PATH, handle: token }, ...helpScoutRoutes(new HelpScoutSimStore(), replies)],
    rateLimit: { limit: 12_000, windowSeconds: 60 },
    guard(req) {
      if (req.url.pathname === TOKEN_PATH) return null;
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (bearer === undefined || !(bearer === SIM_TOKEN || issuedTokens.has(bearer))) return replies.error(401, 'Unauthorized');
      return null;
    },
    notFound: () => replies.error(404, 'Not Found'),
    rateLimited: (window) => ({
      ...replies.error(429, 'Too many requests'),
      headers: { 'X-RateLimit-Retry-After': String(window.resetIn) },
    }),
    rateLimitHeaders: (window) => ({
      'X-RateLimit-Limit-Minute': String(window.limit),
      'X-RateLimit-Remaining-Minute': String(window.remaining),
    }),
    env: (baseUrl) => ({ HELPSCOUT_BASE_URL: baseUrl.href, HELPSCOUT_TOKEN: SIM_TOKEN }),
  };
}

const WRONG_TOKEN = 'hs-wrong-token-5e7a';

/** What the shared contract suite checks: the seed conversation 123 (GET /v2/conversations/123) and integer ids. */
const demo: SimulatorDemo = {
  seedKey: String(SEED_ID),
  expected: {
    id: `${HELP_SCOUT.slug}:${SEED_ID}`,
    provider: HELP_SCOUT.name,
    nativeId: String(SEED_ID),
    subject: 'Help',
    status: 'CLOSED',
    rawStatus: 'closed',
    channel: 'EMAIL',
    rawChannel: 'email',
    createdAt: '2012-03-15T22:46:22Z',
    updatedAt: '2012-03-16T14:07:23Z',
    lastActivityAt: '2012-07-24T20:18:33Z',
    preview: 'Preview',
    messageCount: 2,
    webUrl: 'https://secure.helpscout.net/conversation/123/12',
  },
  missingKey: '999999',
  malformedKeys: ['', '/', '123/', '12/3', '123?x', '123#x', '..', '1\u0000', '\u007f', 'abc', '-5', '0', '1.5', ' 123', '1234567890123456'],
  badCredentials: { HELPSCOUT_TOKEN: WRONG_TOKEN },
  conversationPath: /^\/v2\/conversations\/123(\?|$)/,
  secret: WRONG_TOKEN,
};

/** Help Scout's simulated upstream and the demo data the contract suite checks. */
export const helpScoutSimulator = { create: createHelpScoutSimulator, demo } satisfies ProviderSimulator;
