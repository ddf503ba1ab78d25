import { readServerConfig } from '../src/config';
import { FETCH_CLIENTS, type FetchClientName } from '../src/http/fetch-choice';
import type { FetchLike } from '../src/http/http-types';

/**
 * The upstream client `ceiling-fetch` uses: the one Parley is configured with in the same
 * environment (PARLEY_HTTP_CLIENT, cross-fetch by default), so the ratio compares the gateway's
 * own work and not two HTTP clients.
 */
export function ceilingClient(env: NodeJS.ProcessEnv): { name: FetchClientName; fetch: FetchLike } {
  const name = readServerConfig(env).httpClient;
  return { name, fetch: FETCH_CLIENTS[name] };
}
