import { startGateway, type GatewayOptions, type StartedGateway } from '../../src/bootstrap';
import type { ProviderAdapter } from '../../src/kit/contract';
import { silentLogger } from '../../src/logger';
import { adapters } from '../../src/providers/registry';
import { createServer, type ParleyServer } from '../../src/server';
import type { Fault } from '../../src/simulator/sim-server';
import { percentile, round, sleep, type ChaosFigures, type ChaosRow } from './report';

/**
 * The rows that need the gateway's insides (breaker state, slots, simulators' request logs):
 * gateway, simulators and load in this process, over HTTP on loopback.
 */

export interface Started {
  gateway: StartedGateway;
  server: ParleyServer;
  url: URL;
  stop(): Promise<void>;
}

export const OTHERS = ['helpscout', 'textus', 'layer', 'mailperformance'] as const;
export const QUERY = `query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id } } }`;

/** Simulators with a rate limit far above the load, so the rows measure faults, not the budget. */
export const roomy: readonly ProviderAdapter[] = adapters.map((adapter) => ({
  ...adapter,
  simulator: { ...adapter.simulator, create: () => ({ ...adapter.simulator.create(), rateLimit: { limit: 10_000_000, windowSeconds: 60 } }) },
}));

export async function start(figures: ChaosFigures, overrides: Record<string, string> = {}): Promise<Started> {
  // HttpClient options ride on the connect options, which every provider spreads into its client.
  const options = { adapters: roomy, simulateAll: true, timeoutMs: figures.timeoutMs, overrides, breaker: { halfOpenAfterMs: figures.halfOpenAfterMs } } satisfies GatewayOptions;
  const gateway = await startGateway({}, options);
  const server = await createServer({ gateway: gateway.gateway, logger: silentLogger, production: false });
  const url = await server.listen(0, '127.0.0.1');
  return { gateway, server, url, stop: async () => { await server.stop(); await gateway.stop(); } };
}

export const demoId = (slug: string): string => `${slug}:${adapters.find((a) => a.identity.slug === slug)?.simulator.demo.seedKey ?? ''}`;

export interface Answer { ms: number; codes: string[] }

export async function ask(url: URL, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { ms: performance.now() - started, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? String(res.status)) };
}

/** `count` queries for `id`, `concurrency` at a time. */
export async function load(url: URL, id: string, count: number, concurrency: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) {
      next += 1;
      answers.push(await ask(url, QUERY, { id }));
    }
  }));
  return answers;
}

/**
 * `count` queries for `id` sent at a fixed rate, whatever the answers' speed (open loop). A
 * closed loop (each client waiting for its answer) saturates the one event loop gateway,
 * simulators and clients share: latency then measures the queue, and a failing provider that
 * answers faster sends more queries and adds load. At a fixed rate below capacity every phase
 * offers the same load, and the latency is the service time.
 */
export async function paced(url: URL, id: string, count: number, perSecond: number, offsetMs = 0): Promise<Answer[]> {
  const started = performance.now() + offsetMs;
  return Promise.all(Array.from({ length: count }, async (_, i) => {
    await sleep(started + (i * 1000) / perSecond - performance.now());
    return ask(url, QUERY, { id });
  }));
}

/** The four others' and Bird's queries at the same rate, concurrently, their schedules interleaved rather than in bursts of five. */
async function allFive(f: ChaosFigures, s: Started, count: number): Promise<{ others: Answer[]; bird: Answer[] }> {
  const step = 1000 / f.ratePerProvider / (OTHERS.length + 1);
  const [others, bird] = await Promise.all([
    Promise.all(OTHERS.map((slug, k) => paced(s.url, demoId(slug), count, f.ratePerProvider, (k + 1) * step))).then((all) => all.flat()),
    paced(s.url, demoId('bird'), count, f.ratePerProvider),
  ]);
  return { others, bird };
}

const p99 = (answers: readonly Answer[]): number => percentile(answers.map((a) => a.ms), 0.99);
const errorRate = (answers: readonly Answer[]): number => answers.filter((a) => a.codes.length > 0).length / Math.max(1, answers.length);

/**
 * The others' p99 with all five healthy under the same load as the fault rows. Warmed up first:
 * until V8 has optimised the hot paths the p99 is ten times higher (373 ms against 23–30 ms
 * afterwards, measured), so a cold baseline would make any later phase look better than it is.
 */
export async function healthyBaseline(f: ChaosFigures, s: Started): Promise<ChaosRow> {
  await Promise.all([...OTHERS, 'bird'].map((slug) => load(s.url, demoId(slug), f.warmUpQueries, 2)));
  await allFive(f, s, Math.min(f.queries, f.ratePerProvider * 5));
  const { others } = await allFive(f, s, f.queries);
  const p = p99(others);
  const rate = errorRate(others);
  return { scenario: 'Healthy baseline: the other four providers', expected: 'error rate 0', measured: `p99 ${round(p)} ms, error rate ${rate} (Bird healthy, same load)`, pass: rate === 0, facts: { p99: p } };
}

/** The others' p99 and error rate while Bird suffers `fault`, under the baseline's load. */
export async function oneDown(f: ChaosFigures, s: Started, label: string, fault: Fault, baseline: number): Promise<ChaosRow> {
  for (const r of s.gateway.gateway.runtimes) r.client.http.resetResilience();
  s.gateway.simulators.get('bird')?.injectFault({ ...fault, times: 1_000_000 });
  const { others, bird } = await allFive(f, s, f.queries);
  s.gateway.simulators.get('bird')?.reset();
  const p = p99(others);
  const rate = errorRate(others);
  return {
    scenario: `Bird down (${label}): the other four providers`,
    expected: 'p99 within 20 ms of the healthy baseline, error rate 0',
    measured: `p99 ${round(p)} ms (baseline ${round(baseline)} ms, ${p >= baseline ? '+' : ''}${round(p - baseline)}), error rate ${rate}; Bird answered ${[...new Set(bird.flatMap((a) => a.codes))].join('/')}`,
    pass: rate === 0 && p - baseline <= 20,
    facts: { p99: p, baseline, errorRate: rate },
  };
}
