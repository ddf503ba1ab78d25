import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigError } from '../config-error';
import { ErrorCode } from '../errors/error-codes';
import { readOptional, type Env } from '../kit/env';
import { appendVary, sendJson } from './http-io';

/**
 * Which browser origins may read Parley's answers: exact origins, plus, when `loopback` is on
 * (the development default), any port of localhost, 127.0.0.1 or [::1], where Vite and friends
 * serve front-ends. Neither means no cross-origin access.
 */
export interface CorsPolicy {
  readonly loopback: boolean;
  readonly origins: ReadonlySet<string>;
}

const NONE: CorsPolicy = { loopback: false, origins: new Set() };

export const CORS_VARIABLE = 'PARLEY_CORS_ORIGINS';

/**
 * Request headers a cross-origin page may send. `content-type` (JSON bodies) and
 * `apollo-require-preflight` are what CSRF prevention asks for; the operation-name and client
 * awareness headers are what Apollo Client and urql add. No `authorization`: Parley does not
 * authenticate its callers, so a page has no reason to send credentials to it.
 */
export const CORS_ALLOWED_HEADERS = ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'apollographql-client-name', 'apollographql-client-version'] as const;
export const CORS_ALLOWED_METHODS = ['GET', 'POST'] as const;
/** How long a browser may reuse a preflight answer (Chromium caps this at 2 hours anyway). */
export const CORS_MAX_AGE_SECONDS = 600;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The origin as browsers serialise it (`https://app.example.com`), or undefined if `text` is not one. */
function canonicalOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return undefined;
  return url.origin;
}

/**
 * `PARLEY_CORS_ORIGINS`: `none`, or a comma-separated list of exact origins. Unset, production
 * allows no cross-origin access and development allows loopback origins. There is no wildcard:
 * every origin that may read Parley's data is named.
 */
export function readCorsPolicy(env: Env, production: boolean): CorsPolicy {
  const raw = readOptional(env, CORS_VARIABLE);
  if (raw === undefined) return production ? NONE : { loopback: true, origins: new Set() };
  if (raw.toLowerCase() === 'none') return NONE;
  const origins = new Set<string>();
  for (const item of raw.split(',').map((part) => part.trim())) {
    if (item === '') continue;
    if (item === '*') throw new ConfigError(CORS_VARIABLE, 'has no wildcard: list each origin (e.g. https://app.example.com), or set it to none');
    const origin = canonicalOrigin(item);
    if (origin === undefined) {
      throw new ConfigError(CORS_VARIABLE, 'must be none or a comma-separated list of origins such as https://app.example.com,http://localhost:5173 (scheme, host and port only; no path)');
    }
    origins.add(origin);
  }
  if (origins.size === 0) throw new ConfigError(CORS_VARIABLE, 'lists no origin; leave it unset for the default or set it to none');
  return { loopback: false, origins };
}

/** The policy with further exact origins allowed (Apollo Sandbox's, when it is the IDE). */
export function withOrigins(policy: CorsPolicy, extra: readonly string[]): CorsPolicy {
  return { loopback: policy.loopback, origins: new Set([...policy.origins, ...extra]) };
}

export function allowsOrigin(policy: CorsPolicy, origin: string): boolean {
  if (policy.origins.has(origin)) return true;
  // Only a canonical origin matches, so `http://localhost:5173/` or `http://LOCALHOST` cannot sneak past.
  return policy.loopback && canonicalOrigin(origin) === origin && LOOPBACK_HOSTS.has(new URL(origin).hostname);
}

/** For the start-up log: what the policy lets in. */
export function describeCorsPolicy(policy: CorsPolicy): string {
  const parts = [...(policy.loopback ? ['loopback origins (localhost, 127.0.0.1, [::1]) on any port'] : []), ...policy.origins];
  return parts.length === 0 ? 'no cross-origin access' : parts.join(', ');
}

/**
 * CORS for `/graphql`. A preflight from an allowed origin is answered here with 204; from any
 * other origin with 403, so a developer sees why in the network tab. Actual requests always go
 * on to Apollo (whose CSRF prevention stays on); only an allowed origin gets
 * `Access-Control-Allow-Origin`, so the browser hands the answer to no other page. True when
 * the request has been answered (a preflight).
 */
export function applyCors(policy: CorsPolicy, req: IncomingMessage, res: ServerResponse): boolean {
  // The answer depends on Origin, so shared caches must key on it.
  appendVary(res, 'Origin');
  const origin = req.headers.origin;
  const allowed = origin !== undefined && allowsOrigin(policy, origin);
  if (req.method !== 'OPTIONS') {
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      // A front-end quotes the request id when it reports a failure; browsers hide it otherwise.
      res.setHeader('Access-Control-Expose-Headers', 'x-request-id');
    }
    return false;
  }
  if (origin === undefined) {
    res.setHeader('Allow', [...CORS_ALLOWED_METHODS, 'OPTIONS'].join(', '));
    res.writeHead(204).end();
    return true;
  }
  if (!allowed) {
    const message = `Cross-origin requests from this origin are not allowed; the server's ${CORS_VARIABLE} setting lists the origins that are`;
    sendJson(req, res, 403, { errors: [{ message, extensions: { code: ErrorCode.FORBIDDEN } }] });
    return true;
  }
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Methods', CORS_ALLOWED_METHODS.join(', '));
  res.setHeader('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS.join(', '));
  res.setHeader('Access-Control-Max-Age', String(CORS_MAX_AGE_SECONDS));
  res.writeHead(204).end();
  return true;
}
