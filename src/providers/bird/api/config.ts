import { ConfigError } from '../../../config-error';
import { headerAuth, safeRef } from '../../../http/auth';
import { HttpClient } from '../../../http/http-client';
import { credentialScopes } from '../../../http/origin';
import type { ConnectOptions, EnvVar, ProviderClient } from '../../../kit/contract';
import { readBaseUrl, readMatching, readOptional, type Env } from '../../../kit/env';
import { BIRD } from '../identity';
import { birdErrorRef } from '../wire/error.wire';
import { BirdClient } from './client';
import { UUID, WORKSPACE_VAR } from './keys';
import { createBirdScope } from './links';

export const ENV = {
  baseUrl: 'BIRD_BASE_URL',
  accessKey: 'BIRD_ACCESS_KEY',
  workspaceId: WORKSPACE_VAR,
} as const;
export const DEFAULT_BASE_URL = 'https://api.bird.com';

export const ENV_VARS: readonly EnvVar[] = [
  { name: ENV.baseUrl, default: DEFAULT_BASE_URL, description: 'API base URL' },
  { name: ENV.accessKey, description: 'access key, sent as `Authorization: AccessKey …`' },
  { name: ENV.workspaceId, description: 'default workspace UUID (ids `bird:<conversationId>`); needed for listing' },
];

// Media lives on https://media.api.bird.com, but Parley never fetches media: no extra origin.
const DOCUMENTED_ORIGINS: readonly string[] = [];
// A header value: printable ASCII without spaces, so it can never split or inject a header.
const ACCESS_KEY = /^[\x21-\x7e]{1,512}$/;

/** Bird settings after validation. */
export interface BirdConfig {
  baseUrl: URL;
  accessKey: string;
  /** Lower case, so ids compare equal however the variable was spelled. */
  workspaceId: string | undefined;
}

/** LIVE when an access key is set; otherwise the gateway starts the simulator. */
export function hasCredentials(env: Env): boolean {
  return readOptional(env, ENV.accessKey) !== undefined;
}

/** Reads and validates the Bird variables; a bad value is a ConfigError naming the variable only. */
export function readBirdConfig(env: Env): BirdConfig {
  const baseUrl = readBaseUrl(env, ENV.baseUrl, DEFAULT_BASE_URL);
  const accessKey = readMatching(env, ENV.accessKey, ACCESS_KEY, 'a Bird access key (printable characters, no spaces)');
  if (accessKey === undefined) throw new ConfigError(ENV.accessKey, 'must be set to connect to Bird');
  const workspaceId = readMatching(env, ENV.workspaceId, UUID, 'a workspace UUID (the id in API paths, not the ws_… label)');
  return { baseUrl, accessKey, workspaceId: workspaceId?.toLowerCase() };
}

/** Validates the environment and connects Bird: `Authorization: AccessKey <key>`, JSON only. */
export function connect(env: Env, options: ConnectOptions): ProviderClient {
  const config = readBirdConfig(env);
  const { live, ...shared } = options;
  const auth = headerAuth('Authorization', `AccessKey ${config.accessKey}`);
  const http = new HttpClient({
    provider: BIRD.slug,
    baseUrl: config.baseUrl,
    // Credentials go under the base URL (origin and path prefix) only.
    allowedOrigins: credentialScopes(config.baseUrl, DOCUMENTED_ORIGINS, { live }),
    auth,
    defaultHeaders: { Accept: 'application/json' },
    errorRef: (body) => safeRef(birdErrorRef(body), auth),
    // Shared HTTP settings from the gateway (fetch, timeout, exchange observer); undefined keeps the default.
    ...shared,
  });
  return new BirdClient(http, createBirdScope(config.workspaceId));
}
