import autocannon from 'autocannon';
import type { SimulatedProvider } from '../src/simulator/sim-server';
import { builtReplica, startCluster, type Cluster } from '../scripts/cluster/cluster';
import { GENERATED_IDS } from '../src/providers/helpscout/simulator/seed';
import { SeededRandom } from '../src/simulator/random';
import { cpuTime } from './load';

/**
 * The scale-out scenario (issue 11): the same 200 Help Scout conversations read over and over,
 * in random order, through the round-robin proxy of `npm run cluster`, with one replica or two, sharing one Redis
 * or each keeping its own in-memory cache. What it shows is upstream requests per operation (what
 * a shared cache saves) and throughput; on a 2-core machine two replicas cannot be faster than
 * one, since the proxy, the simulators and the load generator share the same cores.
 */
export interface ScaleOutOptions {
  seconds: number;
  connections: number;
  /** PARLEY_UPSTREAM_CACHE_TTL_S of every replica (the cache's default unless `--ttl`). */
  ttlSeconds: number | undefined;
}

export interface ScaleOutRow {
  setup: string;
  replicas: number;
  cache: string;
  /** Operations sent during the measured window (answered or not). */
  operations: number;
  /** Upstream requests those operations caused, counted at the simulators. */
  upstream: number;
  rps: number;
  p50: number;
  /** CPU of all replicas together per answered operation (ms). */
  cpuPerOp: number | null;
  failures: number;
}

interface Setup {
  name: string;
  replicas: number;
  redis: boolean;
  /** Overrides the TTL (0: no upstream cache at all, the reference). */
  ttlSeconds?: number;
}

const SETUPS: readonly Setup[] = [
  { name: '1 replica, no upstream cache', replicas: 1, redis: false, ttlSeconds: 0 },
  { name: '1 replica, Redis', replicas: 1, redis: true },
  { name: '2 replicas, in-memory cache each', replicas: 2, redis: false },
  { name: '2 replicas, shared Redis', replicas: 2, redis: true },
];

export const READ_SET_SIZE = 200;
const QUERY = 'query Read($id: ID!) { conversation(id: $id) { __typename ... on CommonConversation { id subject status createdAt } } }';

/** One body per conversation of the read set. */
function bodies(): string[] {
  return Array.from({ length: READ_SET_SIZE }, (_, i) => JSON.stringify({ query: QUERY, variables: { id: `helpscout:${GENERATED_IDS.first + i}` } }));
}

/**
 * Each operation reads a conversation of the set drawn at random (seeded, so runs repeat). Not in
 * turn: with the proxy's own rotation, id i would always land on replica i mod 2, and replicas
 * with separate caches would look as good as a shared one.
 */
async function readMix(url: string, seconds: number, connections: number, seed: number): Promise<autocannon.Result> {
  const payloads = bodies();
  const random = new SeededRandom(seed);
  return autocannon({
    url, method: 'POST', headers: { 'content-type': 'application/json' }, connections, duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, body: random.pick(payloads) }) }],
    verifyBody: (text) => text !== undefined && !text.toString().includes('"errors"'),
  });
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 500));

const replicaCpu = (cluster: Cluster): number | null => {
  const times = cluster.replicas.map((r) => cpuTime(r.child.pid));
  return times.some((t) => t === null) ? null : times.reduce<number>((sum, t) => sum + (t ?? 0), 0);
};

async function measure(setup: Setup, sims: readonly SimulatedProvider[], o: ScaleOutOptions): Promise<ScaleOutRow> {
  const ttl = setup.ttlSeconds ?? o.ttlSeconds;
  const env = { ...process.env, LOG_LEVEL: 'silent', ...(ttl === undefined ? {} : { PARLEY_UPSTREAM_CACHE_TTL_S: String(ttl) }) };
  const cluster = await startCluster({ replicas: setup.replicas, redis: setup.redis, simulators: sims, env, replicaCommand: builtReplica() });
  try {
    // Warm-up: JIT and connections, and one pass over the read set (a cache starts cold only once).
    await readMix(cluster.url.href, Math.min(3, o.seconds), o.connections, 1);
    // Operations still in flight when a load ends reach the upstream afterwards: let them land,
    // so each window counts the upstream requests of exactly the operations it sent.
    await settle();
    const before = sims.reduce((n, sim) => n + sim.recorded, 0);
    const cpuBefore = replicaCpu(cluster);
    const result = await readMix(cluster.url.href, o.seconds, o.connections, 2);
    await settle();
    const cpuAfter = replicaCpu(cluster);
    const upstream = sims.reduce((n, sim) => n + sim.recorded, 0) - before;
    const failures = result.errors + result.timeouts + result.non2xx + result.mismatches;
    const answered = Math.max(0, result.requests.total - failures);
    return {
      setup: setup.name,
      replicas: setup.replicas,
      cache: setup.redis ? 'Redis' : ttl === 0 ? 'none' : 'memory',
      operations: result.requests.sent,
      upstream,
      rps: answered / o.seconds,
      p50: result.latency.p50,
      cpuPerOp: cpuBefore !== null && cpuAfter !== null && answered > 0 ? (cpuAfter - cpuBefore) / answered : null,
      failures,
    };
  } finally {
    await cluster.stop();
  }
}

/** Runs every setup against the benchmark's simulators (their latency and lifted rate limits). */
export async function runScaleOut(sims: readonly SimulatedProvider[], o: ScaleOutOptions): Promise<ScaleOutRow[]> {
  const rows: ScaleOutRow[] = [];
  for (const sim of sims) {
    sim.record = true;
    sim.requests.length = 0;
  }
  try {
    for (const setup of SETUPS) {
      console.error(`scale-out: ${setup.name}`);
      const row = await measure(setup, sims, o);
      rows.push(row);
      console.error(`  ${row.rps.toFixed(0)} req/s, upstream ${(row.upstream / Math.max(1, row.operations)).toFixed(3)}/op, cpu ${row.cpuPerOp?.toFixed(2) ?? 'n/a'} ms/op`);
    }
  } finally {
    for (const sim of sims) sim.record = false;
  }
  return rows;
}

const fmt = (n: number | null, digits = 0): string => (n === null ? 'n/a' : n.toFixed(digits));

export function scaleOutTable(rows: readonly ScaleOutRow[]): string {
  const lines = [
    '| setup | replicas | upstream cache | operations | upstream requests | upstream req/op | req/s | p50 ms | replica CPU ms/op | failures |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(`| ${r.setup} | ${r.replicas} | ${r.cache} | ${r.operations} | ${r.upstream} | ${fmt(r.upstream / Math.max(1, r.operations), 3)} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.cpuPerOp, 2)} | ${r.failures} |`);
  }
  return lines.join('\n');
}
