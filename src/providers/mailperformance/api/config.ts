import { ConfigError } from '../../../config-error';
import { headerAuth } from '../../../http/auth';
import { HttpClient, type HttpClientOptions } from '../../../http/http-client';
import { credentialScopes } from '../../../http/origin';
import type { ConnectOptions, EnvVar } from '../../../kit/contract';
import { readBaseUrl, readOptional, type Env } from '../../../kit/env';
import { MAILPERFORMANCE } from '../identity';
import type { TargetFieldMap } from '../wire/target.wire';
import { MailPerformanceClient } from './client';

export const ENV = {
  baseUrl: 'MAILPERFORMANCE_BASE_URL',
  apiKey: 'MAILPERFORMANCE_API_KEY',
  targetFields: 'MAILPERFORMANCE_TARGET_FIELDS',
} as const;

export const DEFAULT_BASE_URL = 'https://backoffice.mailperformance.com';

export const DEFAULT_TARGET_FIELDS = 'email=8103,lastName=8102,firstName=8101,phone=8104';

export const ENV_VARS: readonly EnvVar[] = [
  { name: ENV.baseUrl, default: DEFAULT_BASE_URL, description: 'API base URL' },
  { name: ENV.apiKey, description: 'API key, sent as `x-key`' },
  { name: ENV.targetFields, default: DEFAULT_TARGET_FIELDS, description: 'which target field ids hold the email, names and phone' },
];

const FIELD_NAMES: readonly (keyof TargetFieldMap)[] = ['email', 'firstName', 'lastName', 'phone'];
const FIELD_ENTRY = /^(email|firstName|lastName|phone)=(\d{1,12})$/;
// x-key values are opaque tokens; anything outside visible ASCII cannot be a header value.
const API_KEY = /^[\x21-\x7e]+$/;

/** Parses `email=8103,lastName=8102,…`; errors name the variable and the entry number only. */
export function parseTargetFields(env: Env): TargetFieldMap {
  const raw = readOptional(env, ENV.targetFields) ?? DEFAULT_TARGET_FIELDS;
  const map: TargetFieldMap = {};
  raw.split(',').forEach((entry, index) => {
    const match = FIELD_ENTRY.exec(entry.trim());
    const name = FIELD_NAMES.find((candidate) => candidate === match?.[1]);
    if (!match?.[2] || name === undefined) {
      throw new ConfigError(ENV.targetFields, `entry ${index + 1} is not name=fieldId with a name among ${FIELD_NAMES.join(', ')} and a numeric field id`);
    }
    if (map[name] !== undefined) throw new ConfigError(ENV.targetFields, `entry ${index + 1} repeats a name given earlier`);
    map[name] = match[2];
  });
  return map;
}

export function hasCredentials(env: Env): boolean {
  return readOptional(env, ENV.apiKey) !== undefined;
}

function readApiKey(env: Env): string {
  const key = readOptional(env, ENV.apiKey);
  if (key === undefined) throw new ConfigError(ENV.apiKey, 'is not set');
  if (!API_KEY.test(key)) throw new ConfigError(ENV.apiKey, 'must be printable ASCII without spaces or line breaks');
  return key;
}

export interface MailPerformanceConfig {
  http: HttpClient;
  targetFields: TargetFieldMap;
}

/**
 * Validates the environment and builds the HTTP client. Only the base URL is a credential scope:
 * the sibling hosts NP6 documents (v8.mailperformance.com, api-cm.np6.com) serve the same API
 * but are reached only when configured as the base URL, never by following a redirect.
 * MailPerformance documents no error body and its bodies carry no reference, only free text
 * (which has been seen to echo the key in another case), so no `errorRef`: errors keep the status.
 */
export function configure(env: Env, options: ConnectOptions): MailPerformanceConfig {
  const baseUrl = readBaseUrl(env, ENV.baseUrl, DEFAULT_BASE_URL);
  const apiKey = readApiKey(env);
  const targetFields = parseTargetFields(env);
  const { live, ...shared } = options;
  const http: HttpClientOptions = {
    provider: MAILPERFORMANCE.slug,
    baseUrl,
    allowedOrigins: credentialScopes(baseUrl, [], { live }),
    auth: headerAuth('x-key', apiKey),
    defaultHeaders: { Accept: 'application/json' },
    // Shared HTTP settings from the gateway (fetch, timeout, exchange observer); undefined keeps the default.
    ...shared,
  };
  return { http: new HttpClient(http), targetFields };
}

/** The adapter's `connect`: a validated environment, one client shared by all requests. */
export function connect(env: Env, options: ConnectOptions): MailPerformanceClient {
  const { http, targetFields } = configure(env, options);
  return new MailPerformanceClient(http, targetFields);
}
