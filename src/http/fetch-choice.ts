import crossFetch from 'cross-fetch';
import type { FetchLike } from './http-client';
import { undiciFetch } from './undici-fetch';

/** The upstream HTTP clients Parley can use; both go through the same HttpClient rules. */
export const FETCH_CLIENTS = { undici: undiciFetch, 'cross-fetch': crossFetch } satisfies Record<string, FetchLike>;

export type FetchClientName = keyof typeof FETCH_CLIENTS;

export function isFetchClientName(name: string): name is FetchClientName {
  return Object.prototype.hasOwnProperty.call(FETCH_CLIENTS, name);
}
