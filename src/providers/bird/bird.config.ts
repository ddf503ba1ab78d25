import { ConfigError } from '../../config-error';
import { headerAuth } from '../../http/auth';
import { HttpClient } from '../../http/http-client';
import { allowedOriginsFor } from '../../http/origin';
import type { ConnectOptions, ProviderClient } from '../adapter';
import { readBaseUrl, readMatching, readOptional, type Env } from '../shared/env';
import { BirdClient } from './bird.client';
import { SLUG, UUID, WORKSPACE_VAR } from './bird.keys';
import { createBirdLinks } from './bird.links';
import { birdErrorRef } from './bird.wire';

export const BASE_URL_VAR = 'BIRD_BASE_URL';
export const ACCESS_KEY_VAR = 'BIRD_ACCESS_KEY';
export const DEFAULT_BASE_URL = 'https://api.bird.com';
export const BIRD_ENV_VARS = [BASE_URL_VAR, ACCESS_KEY_VAR, WORKSPACE_VAR] as const;

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
export function hasBirdCredentials(env: Env): boolean {
  return readOptional(env, ACCESS_KEY_VAR) !== undefined;
}

/** Reads and validates the Bird variables; a bad value is a ConfigError naming the variable only. */
export function readBirdConfig(env: Env): BirdConfig {
  const baseUrl = readBaseUrl(env, BASE_URL_VAR, DEFAULT_BASE_URL);
  const accessKey = readMatching(env, ACCESS_KEY_VAR, ACCESS_KEY, 'a Bird access key (printable characters, no spaces)');
  if (accessKey === undefined) throw new ConfigError(ACCESS_KEY_VAR, 'must be set to connect to Bird');
  const workspaceId = readMatching(env, WORKSPACE_VAR, UUID, 'a workspace UUID (the id in API paths, not the ws_… label)');
  return { baseUrl, accessKey, workspaceId: workspaceId?.toLowerCase() };
}

/** Validates the environment and connects Bird: `Authorization: AccessKey <key>`, JSON only. */
export function connectBird(env: Env, options: ConnectOptions): ProviderClient {
  const config = readBirdConfig(env);
  const http = new HttpClient({
    provider: SLUG,
    baseUrl: config.baseUrl,
    allowedOrigins: allowedOriginsFor(config.baseUrl, DOCUMENTED_ORIGINS),
    auth: headerAuth('Authorization', `AccessKey ${config.accessKey}`),
    defaultHeaders: { Accept: 'application/json' },
    errorRef: birdErrorRef,
    // Shared HTTP settings from the gateway (fetch, timeout, exchange observer); undefined keeps the default.
    ...options,
  });
  return new BirdClient(http, { defaultWorkspace: config.workspaceId, links: createBirdLinks() });
}
