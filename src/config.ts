import { ConfigError } from './config-error';
import { DEFAULT_MAX_UPSTREAM_PER_OPERATION, DEFAULT_OPERATION_TIMEOUT_MS } from './http/operation';
import { FETCH_CLIENTS, isFetchClientName, type FetchClientName } from './http/fetch-choice';
import { readOptional, readWhole, type Env } from './kit/env';

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

export function readServerConfig(env: Env): ServerConfig {
  return {
    port: readWhole(env, 'PORT', 4000, 0, 65535),
    upstreamTimeoutMs: readWhole(env, 'PARLEY_UPSTREAM_TIMEOUT_MS', 5000, 100, 60000),
    httpClient: readHttpClient(env),
    operationTimeoutMs: readWhole(env, 'PARLEY_OPERATION_TIMEOUT_MS', DEFAULT_OPERATION_TIMEOUT_MS, 100, 300_000),
    maxUpstreamPerOperation: readWhole(env, 'PARLEY_MAX_UPSTREAM_PER_OPERATION', DEFAULT_MAX_UPSTREAM_PER_OPERATION, 1, 100_000),
  };
}
