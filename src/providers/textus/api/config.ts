import { ConfigError } from '../../../config-error';
import { headerAuth } from '../../../http/auth';
import { HttpClient } from '../../../http/http-client';
import { credentialScopes } from '../../../http/origin';
import type { ConnectOptions, EnvVar, ProviderClient } from '../../../kit/contract';
import { readBaseUrl, readMatching, readOptional, type Env } from '../../../kit/env';
import { TEXTUS } from '../identity';
import { errorRefOf } from '../wire/error.wire';
import { TextUsClient } from './client';

export const ENV = {
  baseUrl: 'TEXTUS_BASE_URL',
  token: 'TEXTUS_TOKEN',
  account: 'TEXTUS_ACCOUNT',
} as const;

export const DEFAULT_BASE_URL = 'https://next.textus.com';

export const ENV_VARS: readonly EnvVar[] = [
  { name: ENV.baseUrl, default: DEFAULT_BASE_URL, description: 'API base URL' },
  { name: ENV.token, description: 'bearer token' },
  { name: ENV.account, description: 'account slug, for listing' },
];

/** The media type TextUs requires in `Accept` [D]; it answers in it too. */
export const TEXTUS_MEDIA_TYPE = 'application/vnd.textus+jsonld';

// Account slugs look like `sanford.llc` or `my_account`; they end up in a path, so no `/`, no `..`.
const ACCOUNT = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
// A bearer token goes into a header: printable ASCII without spaces.
const TOKEN = /^[\x21-\x7e]+$/;

/** Validated TextUs settings; `account` is only needed for listing. */
export interface TextUsConfig {
  baseUrl: URL;
  token: string;
  account: string | undefined;
}

export function hasCredentials(env: Env): boolean {
  return readOptional(env, ENV.token) !== undefined;
}

/** Reads the TextUs variables; a bad value throws ConfigError naming the variable, never the value. */
export function readConfig(env: Env): TextUsConfig {
  const baseUrl = readBaseUrl(env, ENV.baseUrl, DEFAULT_BASE_URL);
  const token = readMatching(env, ENV.token, TOKEN, 'a bearer token (printable characters, no spaces)');
  if (token === undefined) throw new ConfigError(ENV.token, 'must be set to a TextUs API token');
  const account = readMatching(env, ENV.account, ACCOUNT, 'a TextUs account slug (letters, digits, ".", "_" or "-")');
  return { baseUrl, token, account };
}

/**
 * The TextUs HTTP client: bearer token, the required Accept, and only the base URL as credential
 * scope (TextUs links are host-relative paths, so no other origin is ever needed; one that leaves
 * a proxy's path prefix is refused).
 */
export function createHttp(config: TextUsConfig, options: ConnectOptions): HttpClient {
  const { live, ...shared } = options;
  return new HttpClient({
    provider: TEXTUS.slug,
    baseUrl: config.baseUrl,
    allowedOrigins: credentialScopes(config.baseUrl, [], { live }),
    auth: headerAuth('Authorization', `Bearer ${config.token}`),
    defaultHeaders: { Accept: TEXTUS_MEDIA_TYPE },
    errorRef: errorRefOf,
    // Shared HTTP settings from the gateway (fetch, timeout, exchange observer); undefined keeps the default.
    ...shared,
  });
}

/** Validates the environment and connects to TextUs (or its simulator). */
export function connect(env: Env, options: ConnectOptions): ProviderClient {
  const config = readConfig(env);
  return new TextUsClient(createHttp(config, options), config.account);
}
