import { ConfigError } from '../../config-error';
import { headerAuth } from '../../http/auth';
import { HttpClient } from '../../http/http-client';
import { allowedOriginsFor } from '../../http/origin';
import type { ConnectOptions } from '../adapter';
import { readBaseUrl, readMatching, readOptional, type Env } from '../shared/env';
import { TEXTUS } from './textus-links';
import { errorRefOf } from './textus.wire';

export const TEXTUS_ENV = {
  baseUrl: 'TEXTUS_BASE_URL',
  token: 'TEXTUS_TOKEN',
  account: 'TEXTUS_ACCOUNT',
} as const;

export const DEFAULT_BASE_URL = 'https://next.textus.com';

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
  return readOptional(env, TEXTUS_ENV.token) !== undefined;
}

/** Reads the TextUs variables; a bad value throws ConfigError naming the variable, never the value. */
export function readConfig(env: Env): TextUsConfig {
  const baseUrl = readBaseUrl(env, TEXTUS_ENV.baseUrl, DEFAULT_BASE_URL);
  const token = readMatching(env, TEXTUS_ENV.token, TOKEN, 'a bearer token (printable characters, no spaces)');
  if (token === undefined) throw new ConfigError(TEXTUS_ENV.token, 'must be set to a TextUs API token');
  const account = readMatching(env, TEXTUS_ENV.account, ACCOUNT, 'a TextUs account slug (letters, digits, ".", "_" or "-")');
  return { baseUrl, token, account };
}

/**
 * The TextUs HTTP client: bearer token, the required Accept, and only the base URL's origin
 * (TextUs links are host-relative paths, so no other origin is ever needed).
 */
export function createHttp(config: TextUsConfig, options: ConnectOptions): HttpClient {
  return new HttpClient({
    provider: TEXTUS,
    baseUrl: config.baseUrl,
    allowedOrigins: allowedOriginsFor(config.baseUrl),
    auth: headerAuth('Authorization', `Bearer ${config.token}`),
    defaultHeaders: { Accept: TEXTUS_MEDIA_TYPE },
    errorRef: errorRefOf,
    // Shared HTTP settings from the gateway (fetch, timeout, exchange observer); undefined keeps the default.
    ...options,
  });
}
