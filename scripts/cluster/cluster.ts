import { join } from 'node:path';
import type { Env } from '../../src/kit/env';
import { adapters } from '../../src/providers/registry';
import { SimulatedProvider } from '../../src/simulator/sim-server';
import { startProxy, type RoundRobinProxy } from './proxy';
import { startRedis, type LocalRedis } from './redis';
import { startReplica, type Replica, type ReplicaCommand } from './replica';

export interface ClusterOptions {
  /** Parley processes behind the proxy (2). */
  replicas?: number;
  /** The proxy's port (0: any free one). */
  port?: number;
  /** The environment the replicas start from (process.env); PORT is set per replica. */
  env?: Env;
  /** Start a local redis-server and give every replica PARLEY_REDIS_URL (true). */
  redis?: boolean;
  /** How to run a replica: the built output by default. */
  replicaCommand?: ReplicaCommand;
  /**
   * The upstreams to share. Default: the cluster starts one simulator per provider that has no
   * credentials in `env` and points every replica at it (they see it as a live upstream).
   */
  simulators?: readonly SimulatedProvider[];
  /** Where replica log lines go, prefixed with the replica's name; dropped when absent. */
  log?: (line: string) => void;
  /** Replicas' PARLEY_SHUTDOWN_GRACE_MS is theirs; this is how long the cluster waits before SIGKILL. */
  stopGraceMs?: number;
}

export interface Cluster {
  /** The proxy's GraphQL URL: what clients use. */
  url: URL;
  proxy: RoundRobinProxy;
  replicas: Replica[];
  redis: LocalRedis | undefined;
  /** Simulators this cluster started (none when they were passed in). */
  simulators: SimulatedProvider[];
  stop(): Promise<void>;
}

/** The repository root, whether this file runs compiled (dist/scripts/cluster) or under tsx. */
const ROOT = join(__dirname, '..', '..', ...(__dirname.includes(join('dist', 'scripts')) ? ['..'] : []));

/** `node dist/src/index.js`: what `npm run serve` and the container run. */
export function builtReplica(): ReplicaCommand {
  return { command: process.execPath, args: [join(ROOT, 'dist', 'src', 'index.js')], cwd: ROOT };
}

/** The sources through tsx: tests run the cluster without a build. */
export function sourceReplica(): ReplicaCommand {
  return { command: process.execPath, args: ['--import', 'tsx', join(ROOT, 'src', 'index.ts')], cwd: ROOT };
}

async function startSimulators(env: Env): Promise<SimulatedProvider[]> {
  const missing = adapters.filter((adapter) => !adapter.hasCredentials(env));
  const sims = missing.map((adapter) => new SimulatedProvider(adapter.simulator.create()));
  await Promise.all(sims.map((sim) => sim.start()));
  return sims;
}

/**
 * Parley as an operator scales it, on one machine: N replicas behind a round-robin proxy,
 * sharing one Redis and the same upstreams. Replicas must share upstream URLs for their cache
 * entries to match (the key is the canonical URL and the credential fingerprint), so the cluster
 * runs one set of simulators for all of them instead of letting each replica start its own.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const { replicas: count = 2, port = 0, env = process.env, redis: withRedis = true, replicaCommand = builtReplica(), log, stopGraceMs = 15_000 } = options;
  const owned = options.simulators ? [] : await startSimulators(env);
  const simulators = options.simulators ?? owned;
  const started: { redis?: LocalRedis; replicas: Replica[] } = { replicas: [] };
  const stop = async (): Promise<void> => {
    await proxy?.stop();
    await Promise.all(started.replicas.map((replica) => replica.stop()));
    await started.redis?.stop();
    await Promise.all(owned.map((sim) => sim.stop()));
  };
  let proxy: RoundRobinProxy | undefined;
  try {
    if (withRedis) started.redis = await startRedis();
    const shared: NodeJS.ProcessEnv = { ...env };
    for (const sim of simulators) Object.assign(shared, sim.env());
    delete shared['PORT'];
    if (started.redis) shared['PARLEY_REDIS_URL'] = started.redis.url;
    else delete shared['PARLEY_REDIS_URL'];
    // One at a time: two cold starts at once on two cores take longer than one after the other.
    for (let i = 1; i <= count; i += 1) {
      started.replicas.push(await startReplica(`replica-${i}`, replicaCommand, shared, { graceMs: stopGraceMs, log }));
    }
    proxy = await startProxy(started.replicas.map((r) => ({ name: r.name, port: r.port })), port);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: new URL(`http://127.0.0.1:${proxy.port}/graphql`), proxy, replicas: started.replicas, redis: started.redis, simulators: owned, stop };
}
