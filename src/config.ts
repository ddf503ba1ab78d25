import { ConfigError } from './config-error';
import { DEFAULT_MAX_UPSTREAM_PER_OPERATION, DEFAULT_OPERATION_TIMEOUT_MS } from './http/operation';
import { FETCH_CLIENTS, isFetchClientName, type FetchClientName } from './http/fetch-choice';
import { readOptional, type Env } from './kit/env';

/** Server-wide settings; provider settings are read by each provider's adapter. */
export interface ServerConfig {
  port: number;
  upstreamTimeoutMs: number;
  /** Upstream HTTP client; see docs/benchmarks.md for why the default is what it is. */
  httpClient: FetchClientName;
  /** Everything one operation waits for upstream (queueing, retries, page chains) ends by then. */
  operationTimeoutMs: number;
  /** Upstream requests one operation may issue; past it, a clear error and no further call. */
  maxUpstreamPerOperation: number;
}

export const DEFAULT_HTTP_CLIENT: FetchClientName = 'cross-fetch';

function readHttpClient(env: Env): FetchClientName {
  const name = readOptional(env, 'PARLEY_HTTP_CLIENT') ?? DEFAULT_HTTP_CLIENT;
  if (!isFetchClientName(name)) {
    throw new ConfigError('PARLEY_HTTP_CLIENT', `must be one of ${Object.keys(FETCH_CLIENTS).join(', ')}`);
  }
  return name;
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = readOptional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

export function readServerConfig(env: Env): ServerConfig {
  return {
    port: readInt(env, 'PORT', 4000, 0, 65535),
    upstreamTimeoutMs: readInt(env, 'PARLEY_UPSTREAM_TIMEOUT_MS', 5000, 100, 60000),
    httpClient: readHttpClient(env),
    operationTimeoutMs: readInt(env, 'PARLEY_OPERATION_TIMEOUT_MS', DEFAULT_OPERATION_TIMEOUT_MS, 100, 300_000),
    maxUpstreamPerOperation: readInt(env, 'PARLEY_MAX_UPSTREAM_PER_OPERATION', DEFAULT_MAX_UPSTREAM_PER_OPERATION, 1, 100_000),
  };
}
