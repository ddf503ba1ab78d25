import { z } from 'zod';
import { ConfigError } from '../../../config-error';
import { headerAuth, safeRef } from '../../../http/auth';
import { HttpClient } from '../../../http/http-client';
import { credentialScopes } from '../../../http/origin';
import type { ConnectOptions, EnvVar, ProviderClient } from '../../../kit/contract';
import { readBaseUrl, readMatching, readOptional, type Env } from '../../../kit/env';
import { LAYER } from '../identity';
import { LayerClient } from './client';
import { USER_VAR, UUID_PATTERN, USER_ID_PATTERN, type LayerSettings } from './keys';
import { createLayerScope } from './links';

export const DEFAULT_BASE_URL = 'https://api.layer.com';
/** The only origin Layer documents for its Platform API (a credential scope when LIVE only). */
export const LAYER_DOCUMENTED_ORIGINS = ['https://api.layer.com'] as const;
/** Parley reads the v1.0 shapes (participants are user-id strings, sender is `{user_id, name}`). */
export const LAYER_ACCEPT = 'application/vnd.layer+json; version=1.0';

export const ENV = {
  baseUrl: 'LAYER_BASE_URL',
  token: 'LAYER_TOKEN',
  appId: 'LAYER_APP_ID',
  userId: USER_VAR,
} as const;

export const ENV_VARS: readonly EnvVar[] = [
  { name: ENV.baseUrl, default: DEFAULT_BASE_URL, description: 'API base URL' },
  { name: ENV.token, description: 'bearer token' },
  { name: ENV.appId, description: 'default app (ids `layer:<conversationUuid>`)' },
  { name: ENV.userId, description: 'user perspective for listing and unread counts' },
];

export function hasCredentials(env: Env): boolean {
  return readOptional(env, ENV.token) !== undefined;
}

export function readLayerSettings(env: Env): LayerSettings {
  const appId = readMatching(env, ENV.appId, UUID_PATTERN, 'an app UUID (like 24f43c32-4d95-11e4-b3a2-0fd00000020d)');
  if (appId === undefined) throw new ConfigError(ENV.appId, 'must be set to the UUID of the Layer app to read');
  const userId = readMatching(env, ENV.userId, USER_ID_PATTERN, 'a Layer user id usable in a URL path (letters, digits, . _ ~ @ + = : -)');
  return { appId: appId.toLowerCase(), userId: userId ?? null };
}

function readToken(env: Env): string {
  const token = readOptional(env, ENV.token);
  if (token === undefined) throw new ConfigError(ENV.token, 'must be set to a Layer Platform API bearer token');
  // A header value with spaces or control characters is a paste mistake (or a header injection).
  if (!/^[\x21-\x7e]+$/.test(token)) throw new ConfigError(ENV.token, 'must be a single token without spaces or control characters');
  return token;
}

const zErrorRef = z.object({ id: z.string().min(1).max(100) });

/** Layer error bodies are `{id, code, message, url, data}`; the `id` is a safe, stable reference. */
export function layerErrorRef(body: unknown): string | undefined {
  const parsed = zErrorRef.safeParse(body);
  return parsed.success ? parsed.data.id : undefined;
}

/** Builds the HTTP client for Layer: bearer token, the mandatory versioned Accept header, credential scopes. */
export function connectLayerHttp(env: Env, options: ConnectOptions): HttpClient {
  const baseUrl = readBaseUrl(env, ENV.baseUrl, DEFAULT_BASE_URL);
  const token = readToken(env);
  const { live, ...shared } = options;
  const auth = headerAuth('Authorization', `Bearer ${token}`);
  return new HttpClient({
    provider: LAYER.slug,
    baseUrl,
    // The base URL (origin and path prefix), plus the documented API host when LIVE.
    allowedOrigins: credentialScopes(baseUrl, LAYER_DOCUMENTED_ORIGINS, { live }),
    auth,
    defaultHeaders: { Accept: LAYER_ACCEPT, 'Content-Type': 'application/json' },
    errorRef: (body) => safeRef(layerErrorRef(body), auth),
    // Shared HTTP settings from the gateway (fetch, timeout, exchange observer); undefined keeps the default.
    ...shared,
  });
}

/** Validates the environment and connects Layer: the HTTP client and the app and user it reads as. */
export function connect(env: Env, options: ConnectOptions): ProviderClient {
  const settings = readLayerSettings(env);
  return new LayerClient(connectLayerHttp(env, options), createLayerScope(settings));
}
