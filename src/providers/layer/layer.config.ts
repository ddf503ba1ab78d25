import { z } from 'zod';
import { ConfigError } from '../../config-error';
import { headerAuth } from '../../http/auth';
import { HttpClient } from '../../http/http-client';
import { allowedOriginsFor } from '../../http/origin';
import type { ConnectOptions } from '../adapter';
import { readBaseUrl, readMatching, readOptional, type Env } from '../shared/env';

export const LAYER_SLUG = 'layer';
export const LAYER_DEFAULT_BASE_URL = 'https://api.layer.com';
/** The only origin Layer documents for its Platform API. */
export const LAYER_DOCUMENTED_ORIGINS = ['https://api.layer.com'] as const;
/** Parley reads the v1.0 shapes (participants are user-id strings, sender is `{user_id, name}`). */
export const LAYER_ACCEPT = 'application/vnd.layer+json; version=1.0';

export const LAYER_ENV = {
  baseUrl: 'LAYER_BASE_URL',
  token: 'LAYER_TOKEN',
  appId: 'LAYER_APP_ID',
  userId: 'LAYER_USER_ID',
} as const;

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Layer user ids are app-defined strings. Parley accepts the characters that stay one path
 * segment after encoding and that real apps use (digits, names, e-mail addresses).
 */
export const USER_ID_PATTERN = /^(?!\.{1,2}$)[A-Za-z0-9._~@+=:-]{1,200}$/;

/** What the Layer client needs besides HTTP: the app every path is scoped to and the perspective user. */
export interface LayerSettings {
  /** Lower-case app UUID. */
  readonly appId: string;
  /** User perspective for reads, listing and unread counts; null reads in the system perspective. */
  readonly userId: string | null;
}

export function hasLayerCredentials(env: Env): boolean {
  return readOptional(env, LAYER_ENV.token) !== undefined;
}

export function readLayerSettings(env: Env): LayerSettings {
  const appId = readMatching(env, LAYER_ENV.appId, UUID_PATTERN, 'an app UUID (like 24f43c32-4d95-11e4-b3a2-0fd00000020d)');
  if (appId === undefined) throw new ConfigError(LAYER_ENV.appId, 'must be set to the UUID of the Layer app to read');
  const userId = readMatching(env, LAYER_ENV.userId, USER_ID_PATTERN, 'a Layer user id usable in a URL path (letters, digits, . _ ~ @ + = : -)');
  return { appId: appId.toLowerCase(), userId: userId ?? null };
}

function readToken(env: Env): string {
  const token = readOptional(env, LAYER_ENV.token);
  if (token === undefined) throw new ConfigError(LAYER_ENV.token, 'must be set to a Layer Platform API bearer token');
  // A header value with spaces or control characters is a paste mistake (or a header injection).
  if (!/^[\x21-\x7e]+$/.test(token)) throw new ConfigError(LAYER_ENV.token, 'must be a single token without spaces or control characters');
  return token;
}

const zErrorRef = z.object({ id: z.string().min(1).max(100) });

/** Layer error bodies are `{id, code, message, url, data}`; the `id` is a safe, stable reference. */
export function layerErrorRef(body: unknown): string | undefined {
  const parsed = zErrorRef.safeParse(body);
  return parsed.success ? parsed.data.id : undefined;
}

/** Builds the HTTP client for Layer: bearer token, the mandatory versioned Accept header, documented origins. */
export function connectLayerHttp(env: Env, options: ConnectOptions): HttpClient {
  const baseUrl = readBaseUrl(env, LAYER_ENV.baseUrl, LAYER_DEFAULT_BASE_URL);
  const token = readToken(env);
  return new HttpClient({
    provider: LAYER_SLUG,
    baseUrl,
    allowedOrigins: allowedOriginsFor(baseUrl, LAYER_DOCUMENTED_ORIGINS),
    auth: headerAuth('Authorization', `Bearer ${token}`),
    defaultHeaders: { Accept: LAYER_ACCEPT, 'Content-Type': 'application/json' },
    errorRef: layerErrorRef,
    // Shared HTTP settings from the gateway (fetch, timeout, exchange observer); undefined keeps the default.
    ...options,
  });
}
