import 'reflect-metadata';
import type { CacheEvent } from '../../src/cache/cache-event';
import { CACHE_DEFAULTS } from '../../src/cache/cache-config';
import { createCaches, type Caches } from '../../src/cache/create-caches';
import { startGateway } from '../../src/bootstrap';
import type { Env } from '../../src/kit/env';
import { silentLogger } from '../../src/logger';
import { createServer, type ParleyServer, type ServerDeps } from '../../src/server';
import type { Upstreams } from '../cache/replicas';

/**
 * Parley servers for the client-caching tests: each LIVE against one shared set of simulators,
 * with the shared store (Redis when given) and no upstream cache, so every upstream request a
 * simulator counts is one that client-facing caching did not save.
 */

export const CONVERSATION = '{ conversation(id: "helpscout:123") { ... on CommonConversation { id subject } } }';
export const PROVIDERS = '{ providers { name mode } }';
export const LISTING = '{ provider(name: HELP_SCOUT) { mode conversations(first: 2) { edges { node { ... on CommonConversation { id } } } } } }';

/** A test's stand-in for a credential a client would forward (Parley forwards none today). */
export const fromHeader: ServerDeps['forwardedCredential'] = (request) => request.http?.headers.get('x-test-credential');

export interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface CachingReplica {
  /** Cache events of this replica, in order. */
  events: CacheEvent[];
  post(query: string, headers?: Record<string, string>): Promise<Answer>;
  stop(): Promise<void>;
}

export interface CachingReplicaOptions {
  redisUrl?: string;
  deps?: Partial<ServerDeps>;
}

/** `env` is the server's environment (PARLEY_RESPONSE_CACHE, PARLEY_RESPONSE_MAX_AGE_S). */
export async function startCachingReplica(upstreams: Upstreams, env: Env, options: CachingReplicaOptions = {}): Promise<CachingReplica> {
  const simEnv: Record<string, string> = {};
  for (const sim of upstreams.sims.values()) Object.assign(simEnv, sim.env());
  const caches: Caches = createCaches({ ...CACHE_DEFAULTS, upstreamTtlSeconds: 0, ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}) }, { logger: silentLogger });
  await caches.store.ready(5000);
  const started = await startGateway(simEnv);
  const events: CacheEvent[] = [];
  const unsubscribe = started.gateway.events.subscribe({ cache: (event) => events.push(event) });
  let server: ParleyServer;
  try {
    server = await createServer({ gateway: started.gateway, logger: silentLogger, production: false, env, cache: caches.store, ...options.deps });
  } catch (error) {
    await started.stop();
    await caches.close();
    throw error;
  }
  const url = await server.listen(0, '127.0.0.1');
  return {
    events,
    async post(query, headers = {}) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
      return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
    },
    async stop() {
      unsubscribe();
      await server.stop();
      await started.stop();
      await caches.close();
    },
  };
}
