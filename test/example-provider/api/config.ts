import { ConfigError } from '../../../src/config-error';
import { headerAuth } from '../../../src/http/auth';
import { HttpClient } from '../../../src/http/http-client';
import { credentialScopes } from '../../../src/http/origin';
import type { ConnectOptions, EnvVar } from '../../../src/kit/contract';
import { readBaseUrl, readMatching, readOptional, type Env } from '../../../src/kit/env';
import { EXAMPLE } from '../identity';
import { exampleErrorRef } from '../wire/conversation.wire';
import { ExampleClient } from './client';
import { createExampleLinks } from './links';

export const ENV = { baseUrl: 'EXAMPLE_BASE_URL', token: 'EXAMPLE_TOKEN' } as const;
export const DEFAULT_BASE_URL = 'https://api.example-chat.invalid';

export const ENV_VARS: readonly EnvVar[] = [
  { name: ENV.baseUrl, default: DEFAULT_BASE_URL, description: 'API base URL' },
  { name: ENV.token, description: 'bearer token' },
];

// A header value: printable ASCII without spaces, so it can never split or inject a header.
const TOKEN = /^[\x21-\x7e]{1,512}$/;

/** LIVE when a token is set; otherwise the gateway starts the simulator. */
export function hasCredentials(env: Env): boolean {
  return readOptional(env, ENV.token) !== undefined;
}

/** Validates the environment and connects: `Authorization: Bearer <token>`, JSON only, the base URL's origin only. */
export function connect(env: Env, options: ConnectOptions): ExampleClient {
  const baseUrl = readBaseUrl(env, ENV.baseUrl, DEFAULT_BASE_URL);
  const token = readMatching(env, ENV.token, TOKEN, 'an Example Chat token (printable characters, no spaces)');
  if (token === undefined) throw new ConfigError(ENV.token, 'must be set to connect to Example Chat');
  const http = new HttpClient({
    provider: EXAMPLE.slug,
    baseUrl,
    allowedOrigins: credentialScopes(baseUrl),
    auth: headerAuth('Authorization', `Bearer ${token}`),
    defaultHeaders: { Accept: 'application/json' },
    errorRef: exampleErrorRef,
    // Shared HTTP settings from the gateway (fetch, timeout, exchange observer); undefined keeps the default.
    ...options,
  });
  return new ExampleClient(http, createExampleLinks());
}
