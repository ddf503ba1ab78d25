import { ConfigError } from '../../../config-error';
import { headerAuth, safeRef, type AuthStrategy } from '../../../http/auth';
import { HttpClient, type HttpClientOptions } from '../../../http/http-client';
import { credentialScopes } from '../../../http/origin';
import type { ConnectOptions, EnvVar } from '../../../kit/contract';
import { readBaseUrl, readMatching, readOptional, readPair, type Env } from '../../../kit/env';
import { HELP_SCOUT } from '../identity';
import { readLogRef } from '../wire/auth.wire';
import { clientCredentialsAuth } from './auth';
import { HelpScoutClient } from './client';

export const ENV = {
  baseUrl: 'HELPSCOUT_BASE_URL',
  token: 'HELPSCOUT_TOKEN',
  appId: 'HELPSCOUT_APP_ID',
  appSecret: 'HELPSCOUT_APP_SECRET',
} as const;

export const DEFAULT_BASE_URL = 'https://api.helpscout.net';

export const ENV_VARS: readonly EnvVar[] = [
  { name: ENV.baseUrl, default: DEFAULT_BASE_URL, description: 'API base URL' },
  { name: ENV.token, description: 'bearer token, or:' },
  { name: ENV.appId, description: 'with `HELPSCOUT_APP_SECRET`: client-credentials flow (`POST /v2/oauth2/token`), renewed before expiry and once on a 401' },
  { name: ENV.appSecret, description: 'the app secret of that flow' },
];
/** The API root Help Scout documents; when LIVE, links there are followed even behind a proxy base URL. */
export const DOCUMENTED_ORIGINS = ['https://api.helpscout.net'];

// Credentials travel in a header: visible ASCII only, so no value can inject another header.
const CREDENTIAL = /^[\x21-\x7e]+$/;
const WHAT = 'a single value of visible ASCII characters (no spaces or line breaks)';

/** Any credential variable set means LIVE, so a half-set pair reaches `connect` and fails loudly. */
export function hasCredentials(env: Env): boolean {
  return [ENV.token, ENV.appId, ENV.appSecret].some((name) => readOptional(env, name) !== undefined);
}

function authFrom(env: Env, common: HttpClientOptions): AuthStrategy {
  const token = readMatching(env, ENV.token, CREDENTIAL, WHAT);
  const pair = readPair(env, ENV.appId, ENV.appSecret);
  if (token !== undefined && pair !== undefined) {
    throw new ConfigError(ENV.token, `set either ${ENV.token} or ${ENV.appId} with ${ENV.appSecret}, not both`);
  }
  if (token !== undefined) return headerAuth('authorization', `Bearer ${token}`);
  if (pair === undefined) throw new ConfigError(ENV.token, `is not set (nor ${ENV.appId} with ${ENV.appSecret})`);
  readMatching(env, ENV.appId, CREDENTIAL, WHAT);
  readMatching(env, ENV.appSecret, CREDENTIAL, WHAT);
  const [appId, appSecret] = pair;
  return clientCredentialsAuth({ appId, appSecret, tokenHttp: new HttpClient(common) });
}

/** Validates the environment and connects: the HTTP client (base URL, origins, auth, Accept, logRef) and the client on it. */
export function connect(env: Env, options: ConnectOptions): HelpScoutClient {
  const baseUrl = readBaseUrl(env, ENV.baseUrl, DEFAULT_BASE_URL);
  const { live, ...shared } = options;
  const common: HttpClientOptions = {
    provider: HELP_SCOUT.slug,
    baseUrl,
    // Credentials go under the base URL (and, when LIVE, the documented API root) only.
    allowedOrigins: credentialScopes(baseUrl, DOCUMENTED_ORIGINS, { live }),
    defaultHeaders: { accept: 'application/hal+json, application/json' },
    errorRef: (body) => safeRef(readLogRef(body)),
    // Shared HTTP settings from the gateway (fetch, timeout, exchange observer); undefined keeps the default.
    ...shared,
  };
  const auth = authFrom(env, common);
  return new HelpScoutClient(new HttpClient({ ...common, auth, errorRef: (body) => safeRef(readLogRef(body), auth) }));
}
