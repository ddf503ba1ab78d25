import { SeededRandom } from '../../simulator/random';
import type { SimReply, SimRequest, SimulatorSpec } from '../../simulator/sim-types';
import type { JsonObject } from '../shared/json';
import { ENV } from './helpscout.config';
import { paths } from './helpscout.paths';
import { HelpScoutSimStore } from './helpscout.sim-gen';
import { helpScoutRoutes, type SimReplies } from './helpscout.sim-routes';
import { SLUG } from './helpscout.wire';

/** The simulated static bearer token (what `HELPSCOUT_TOKEN` holds when simulated). */
export const SIM_TOKEN = 'hs-sim-token-2f6c1d';
/** Simulated app credentials for the client-credentials flow. */
export const SIM_APP = { id: 'hs-sim-app', secret: 'hs-sim-secret-9b41' } as const;
/** Documented token lifetime: two days. */
export const TOKEN_LIFETIME_SECONDS = 172_800;

const TOKEN_PATH = `/${paths.token()}`;
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
export function createHelpScoutSimulator(): HelpScoutSimulatorSpec {
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
    slug: SLUG,
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
    env: (baseUrl) => ({ [ENV.baseUrl]: baseUrl.href, [ENV.token]: SIM_TOKEN }),
  };
}
