import 'reflect-metadata';
import { Redis } from 'ioredis';
import type { CacheEvent } from '../../src/cache/cache-event';
import { CACHE_DEFAULTS, type CacheConfig } from '../../src/cache/cache-config';
import { createCaches, type Caches } from '../../src/cache/create-caches';
import { Gateway } from '../../src/gateway';
import { HttpEvents } from '../../src/http/http-events';
import type { ProviderAdapter } from '../../src/kit/contract';
import type { Env } from '../../src/kit/env';
import { silentLogger } from '../../src/logger';
import { ProviderMode } from '../../src/schema/enums';
import { createServer, type ParleyServer } from '../../src/server';
import { SimulatedProvider } from '../../src/simulator/sim-server';
import { startRedis, type RedisServer } from '../support/redis';

/** The simulated upstreams every replica of a test talks to, so requests are counted in one place. */
export interface Upstreams {
  sims: Map<string, SimulatedProvider>;
  /** `METHOD /path` of every request one simulator received since its last reset. */
  requests(slug: string): string[];
  reset(): void;
  stop(): Promise<void>;
}

export async function startUpstreams(adapters: readonly ProviderAdapter[]): Promise<Upstreams> {
  const sims = new Map<string, SimulatedProvider>();
  for (const adapter of adapters) {
    const sim = new SimulatedProvider(adapter.simulator.create());
    await sim.start();
    sims.set(adapter.identity.slug, sim);
  }
  const sim = (slug: string): SimulatedProvider => {
    const found = sims.get(slug);
    if (!found) throw new Error(`no simulator for ${slug}`);
    return found;
  };
  return {
    sims,
    requests: (slug) => sim(slug).requests.map((r) => `${r.method} ${r.path}`),
    reset: () => sims.forEach((s) => s.reset()),
    stop: async () => {
      await Promise.all([...sims.values()].map((s) => s.stop()));
    },
  };
}

export interface GraphQLAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One Parley process as `npm start` builds it (own HTTP clients, own store connection), on loopback. */
export interface Replica {
  url: URL;
  server: ParleyServer;
  caches: Caches;
  /** Cache events of this replica, in order (upstream, apq). */
  events: CacheEvent[];
  post(body: Record<string, unknown>): Promise<GraphQLAnswer>;
  query(query: string): Promise<GraphQLAnswer>;
  stop(): Promise<void>;
}

export interface ReplicaOptions {
  adapters: readonly ProviderAdapter[];
  /** Cache settings over the defaults (redisUrl: the test's Redis). */
  cache?: Partial<CacheConfig>;
  /** Wall clock of freshness decisions, shared by the replicas of a test. */
  now?: () => number;
  /** Applied over each simulator's environment (other credentials). */
  env?: Env;
}

export async function startReplica(upstreams: Upstreams, options: ReplicaOptions): Promise<Replica> {
  const caches = createCaches({ ...CACHE_DEFAULTS, ...options.cache }, { logger: silentLogger, ...(options.now ? { now: options.now } : {}) });
  await caches.store.ready(5000);
  const events = new HttpEvents();
  const runtimes = options.adapters.map((adapter) => {
    const sim = upstreams.sims.get(adapter.identity.slug);
    if (!sim) throw new Error(`no simulator for ${adapter.identity.slug}`);
    const client = adapter.connect({ ...sim.env(), ...options.env }, { ...events.hooks, ...(caches.upstream ? { cache: caches.upstream } : {}), live: false });
    return { adapter, client, mode: ProviderMode.SIMULATED };
  });
  const gateway = new Gateway(runtimes, events);
  const log: CacheEvent[] = [];
  events.subscribe({ cache: (event) => log.push(event) });
  const server = await createServer({ gateway, logger: silentLogger, production: false, env: {}, cache: caches.store });
  const url = await server.listen(0, '127.0.0.1');
  const post = async (body: Record<string, unknown>): Promise<GraphQLAnswer> => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, ...((await res.json()) as Omit<GraphQLAnswer, 'status'>) };
  };
  return {
    url,
    server,
    caches,
    events: log,
    post,
    query: (query) => post({ query }),
    async stop() {
      await server.stop();
      await caches.close();
    },
  };
}

/** A clock the test moves by hand, so freshness is decided without waiting. */
export function manualClock(start = Date.UTC(2026, 10, 1)): { now: () => number; advance(seconds: number): void } {
  let at = start;
  return { now: () => at, advance: (seconds) => (at += seconds * 1000) };
}

/** How many events of `layer` with `result` a replica saw. */
export const count = (events: readonly CacheEvent[], layer: CacheEvent['layer'], result: CacheEvent['result']): number =>
  events.filter((e) => e.layer === layer && e.result === result).length;

/** Two replicas on one real Redis and one set of simulators: the fixture of the shared-cache suites. */
export interface ReplicaPair {
  redis: RedisServer;
  /** A plain client for looking at and clearing what the replicas stored. */
  admin: Redis;
  up: Upstreams;
  a: Replica;
  b: Replica;
  /** Empties Redis, the simulators' logs and both replicas' events: run before each test. */
  clear(): Promise<void>;
  stop(): Promise<void>;
}

export async function startReplicaPair(adapters: readonly ProviderAdapter[], options: Omit<ReplicaOptions, 'adapters'> = {}): Promise<ReplicaPair> {
  const redis = await startRedis();
  const admin = new Redis(redis.url);
  const up = await startUpstreams(adapters);
  const replica = (): Promise<Replica> => startReplica(up, { ...options, adapters, cache: { ...options.cache, redisUrl: redis.url } });
  const a = await replica();
  const b = await replica();
  return {
    redis, admin, up, a, b,
    async clear() {
      await admin.flushall();
      up.reset();
      a.events.length = 0;
      b.events.length = 0;
    },
    async stop() {
      await a.stop();
      await b.stop();
      admin.disconnect();
      await up.stop();
      await redis.stop();
    },
  };
}
