import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { startGateway, type GatewayOptions, type StartedGateway } from '../src/bootstrap';
import type { ProviderAdapter } from '../src/kit/contract';
import { silentLogger } from '../src/logger';
import { adapters } from '../src/providers/registry';
import { createServer, type ParleyServer } from '../src/server';
import type { Fault } from '../src/simulator/sim-server';

/**
 * `npm run chaos`: the gateway against the simulators with faults injected, one row per
 * invariant of issue 9, printed and written to docs/reliability.md. `runChaos(SHORT)` is the
 * small version `npm test` runs (test/integration/chaos.test.ts). Time is real, not scaled:
 * the 429 row waits out the whole Retry-After; only the breaker's half-open wait is shortened.
 */

export interface ChaosFigures {
  /** Queries per provider and phase of the "one provider down" rows. */
  queries: number;
  concurrency: number;
  retryAfterSeconds: number;
  timeoutMs: number;
  halfOpenAfterMs: number;
}

export const FULL: ChaosFigures = { queries: 400, concurrency: 8, retryAfterSeconds: 30, timeoutMs: 2000, halfOpenAfterMs: 2000 };
export const SHORT: ChaosFigures = { queries: 20, concurrency: 4, retryAfterSeconds: 3, timeoutMs: 1000, halfOpenAfterMs: 800 };

export interface ChaosRow {
  scenario: string;
  expected: string;
  measured: string;
  pass: boolean;
  /** Figures the jest test asserts on. */
  facts: Record<string, number | string | boolean>;
}

interface Started {
  gateway: StartedGateway;
  server: ParleyServer;
  url: URL;
  stop(): Promise<void>;
}

const OTHERS = ['helpscout', 'textus', 'layer', 'mailperformance'] as const;
const QUERY = `query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id } } }`;

/** Simulators with a rate limit far above the load, so the rows measure faults, not the budget. */
const roomy: readonly ProviderAdapter[] = adapters.map((adapter) => ({
  ...adapter,
  simulator: { ...adapter.simulator, create: () => ({ ...adapter.simulator.create(), rateLimit: { limit: 10_000_000, windowSeconds: 60 } }) },
}));

async function start(figures: ChaosFigures, overrides: Record<string, string> = {}): Promise<Started> {
  // HttpClient options ride on the connect options, which every provider spreads into its client.
  const options = { adapters: roomy, simulateAll: true, timeoutMs: figures.timeoutMs, overrides, breaker: { halfOpenAfterMs: figures.halfOpenAfterMs } } satisfies GatewayOptions;
  const gateway = await startGateway({}, options);
  const server = await createServer({ gateway: gateway.gateway, logger: silentLogger, production: false });
  const url = await server.listen(0, '127.0.0.1');
  return { gateway, server, url, stop: async () => { await server.stop(); await gateway.stop(); } };
}

const demoId = (slug: string): string => `${slug}:${adapters.find((a) => a.identity.slug === slug)?.simulator.demo.seedKey ?? ''}`;

interface Answer { ms: number; codes: string[] }

async function ask(url: URL, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { ms: performance.now() - started, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? String(res.status)) };
}

/** `count` queries for `id`, `concurrency` at a time. */
async function load(url: URL, id: string, count: number, concurrency: number): Promise<Answer[]> {
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

const p99 = (answers: Answer[]): number => {
  const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
};
const errorRate = (answers: Answer[]): number => answers.filter((a) => a.codes.length > 0).length / Math.max(1, answers.length);
const round = (n: number): number => Math.round(n * 10) / 10;

/** The others' p99 and error rate while Bird is healthy, then while it suffers `fault`. */
async function oneDown(f: ChaosFigures, s: Started, label: string, fault: Fault, baseline: number): Promise<ChaosRow> {
  for (const r of s.gateway.gateway.runtimes) r.client.http.resetResilience();
  s.gateway.simulators.get('bird')?.injectFault({ ...fault, times: 1_000_000 });
  const [others, bird] = await Promise.all([
    Promise.all(OTHERS.map((slug) => load(s.url, demoId(slug), f.queries, f.concurrency))).then((all) => all.flat()),
    load(s.url, demoId('bird'), f.queries, f.concurrency),
  ]);
  s.gateway.simulators.get('bird')?.reset();
  const p = p99(others);
  const rate = errorRate(others);
  return {
    scenario: `Bird down (${label}): the other four providers`,
    expected: 'p99 within 20 ms of the healthy baseline, error rate 0',
    measured: `p99 ${round(p)} ms (baseline ${round(baseline)} ms, +${round(p - baseline)}), error rate ${rate}; Bird answered ${[...new Set(bird.flatMap((a) => a.codes))].join('/')}`,
    pass: rate === 0 && p - baseline <= 20,
    facts: { p99: p, baseline, errorRate: rate },
  };
}

async function breaker(f: ChaosFigures, s: Started): Promise<ChaosRow> {
  const bird = s.gateway.simulators.get('bird');
  const http = s.gateway.gateway.get('bird').client.http;
  if (!bird) throw new Error('no Bird simulator');
  http.resetResilience();
  bird.reset();
  bird.injectFault({ reply: { status: 503, body: {} }, times: 1_000_000 });
  let asked = 0;
  while (http.health().breaker !== 'open' && asked < 20) {
    await ask(s.url, QUERY, { id: demoId('bird') });
    asked += 1;
  }
  const toOpen = bird.requests.length;
  const whileOpen = await load(s.url, demoId('bird'), 20, 4);
  const sentWhileOpen = bird.requests.length - toOpen;
  bird.reset();
  await new Promise((resolve) => setTimeout(resolve, f.halfOpenAfterMs + 100));
  const probe = await ask(s.url, QUERY, { id: demoId('bird') });
  const state = http.health().breaker;
  const fastFail = whileOpen.every((a) => a.codes[0] === 'PROVIDER_UNAVAILABLE');
  return {
    scenario: 'Bird 503 storm: circuit breaker',
    expected: 'opens within 5 failures; 0 upstream requests while open; closed after one half-open probe',
    measured: `opened after ${toOpen} failed upstream requests; ${sentWhileOpen} upstream requests for 20 queries while open (all PROVIDER_UNAVAILABLE: ${fastFail}); probe ${probe.codes.length === 0 ? 'succeeded' : probe.codes.join('/')} with ${bird.requests.length} request, breaker ${state}`,
    pass: toOpen <= 5 && sentWhileOpen === 0 && fastFail && probe.codes.length === 0 && bird.requests.length === 1 && state === 'closed',
    facts: { toOpen, sentWhileOpen, probeRequests: bird.requests.length, state },
  };
}

async function rateLimited(f: ChaosFigures, s: Started): Promise<ChaosRow> {
  const bird = s.gateway.simulators.get('bird');
  if (!bird) throw new Error('no Bird simulator');
  s.gateway.gateway.get('bird').client.http.resetResilience();
  bird.reset();
  bird.injectFault({ reply: { status: 429, headers: { 'retry-after': String(f.retryAfterSeconds) }, body: {} }, times: 1 });
  const started = performance.now();
  const first = await ask(s.url, QUERY, { id: demoId('bird') });
  let queries = 0;
  let limited = 0;
  let firstAgainAt = Number.NaN;
  while (performance.now() - started < f.retryAfterSeconds * 1000 + 2000) {
    const before = bird.requests.length;
    const answer = await ask(s.url, QUERY, { id: demoId('bird') });
    queries += 1;
    if (answer.codes[0] === 'RATE_LIMITED') limited += 1;
    if (bird.requests.length > before && Number.isNaN(firstAgainAt)) firstAgainAt = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const waited = firstAgainAt / 1000;
  return {
    scenario: `Bird 429 with Retry-After: ${f.retryAfterSeconds}`,
    expected: `0 upstream requests to Bird until ${f.retryAfterSeconds} s have passed`,
    measured: `first answer ${first.codes.join('/')}; ${limited} of ${queries} later queries answered RATE_LIMITED without a call; next upstream request after ${round(waited)} s`,
    pass: first.codes[0] === 'RATE_LIMITED' && waited >= f.retryAfterSeconds - 0.05,
    facts: { waited, limited, queries },
  };
}

async function stalledWithGc(f: ChaosFigures): Promise<ChaosRow> {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const sockets = new Set<Socket>();
  const stall = http.createServer(() => undefined);
  stall.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => stall.listen(0, '127.0.0.1', resolve));
  const s = await start(f, { BIRD_BASE_URL: `http://127.0.0.1:${(stall.address() as AddressInfo).port}/` });
  try {
    await load(s.url, demoId('helpscout'), 20, 20);
    const timer = setTimeout(gc, f.timeoutMs * 0.2);
    const answers = await load(s.url, demoId('bird'), 20, 20);
    clearTimeout(timer);
    const slowest = Math.max(...answers.map((a) => a.ms));
    const allTimeout = answers.every((a) => a.codes.join() === 'PROVIDER_TIMEOUT');
    const health = s.gateway.gateway.get('bird').client.http.health();
    return {
      scenario: 'Bird stalls before headers, forced full GC in the window, 20 concurrent queries',
      expected: `every query PROVIDER_TIMEOUT within ${f.timeoutMs} + 500 ms; all slots free after`,
      measured: `all PROVIDER_TIMEOUT: ${allTimeout}; slowest ${Math.round(slowest)} ms; in flight ${health.inFlight}, queued ${health.queued}`,
      pass: allTimeout && slowest < f.timeoutMs + 500 && health.inFlight === 0 && health.queued === 0,
      facts: { slowest, allTimeout, inFlight: health.inFlight, queued: health.queued },
    };
  } finally {
    await s.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => stall.close(() => resolve()));
  }
}

async function fanOut(s: Started): Promise<ChaosRow> {
  const ids = Array.from({ length: 100 }, (_, i) => `helpscout:${1000 + i}`);
  const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: conversations(ids: $ids) { ... on CommonConversation { id } }`).join(' ');
  for (const sim of s.gateway.simulators.values()) sim.reset();
  const answer = await ask(s.url, `query($ids: [ID!]!) { ${aliases} }`, { ids });
  const upstream = [...s.gateway.simulators.values()].reduce((n, sim) => n + sim.requests.length, 0);
  return {
    scenario: '30 aliases × conversations(ids:) with 100 ids (3,000 upstream GETs)',
    expected: 'refused before execution, 0 upstream requests',
    measured: `${upstream} upstream requests; errors ${[...new Set(answer.codes)].join('/') || 'none'}`,
    pass: upstream === 0 && answer.codes.length > 0,
    facts: { upstream },
  };
}

export async function runChaos(f: ChaosFigures): Promise<ChaosRow[]> {
  const rows: ChaosRow[] = [];
  const s = await start(f);
  try {
    await Promise.all(OTHERS.map((slug) => load(s.url, demoId(slug), 10, 2)));
    const base = (await Promise.all(OTHERS.map((slug) => load(s.url, demoId(slug), f.queries, f.concurrency)))).flat();
    rows.push({ scenario: 'Healthy baseline: the other four providers', expected: 'error rate 0', measured: `p99 ${round(p99(base))} ms, error rate ${errorRate(base)}`, pass: errorRate(base) === 0, facts: { p99: p99(base) } });
    rows.push(await oneDown(f, s, 'hang', { delayMs: f.timeoutMs * 3 }, p99(base)));
    rows.push(await oneDown(f, s, 'connection reset', { drop: true }, p99(base)));
    rows.push(await oneDown(f, s, '503 storm', { reply: { status: 503, body: {} } }, p99(base)));
    rows.push(await breaker(f, s));
    rows.push(await rateLimited(f, s));
    rows.push(await fanOut(s));
  } finally {
    await s.stop();
  }
  rows.push(await stalledWithGc(f));
  return rows;
}

export function table(rows: readonly ChaosRow[]): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  return ['| scenario | expected | measured | pass |', '|---|---|---|---|', ...rows.map((r) => `| ${cell(r.scenario)} | ${cell(r.expected)} | ${cell(r.measured)} | ${r.pass ? 'yes' : '**no**'} |`)].join('\n');
}

async function main(): Promise<void> {
  const rows = await runChaos(FULL);
  const output = table(rows);
  console.log(output);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
  const doc = `# Reliability: chaos run\n\nCommand: \`npm run chaos\` · date: ${new Date().toISOString().slice(0, 10)} · machine: ${machine}\n\n` +
    `Figures: ${JSON.stringify(FULL)}. Time is real (the 429 row waits the whole Retry-After); only the breaker's half-open wait is shortened from 30 s.\n\n${output}\n\n` +
    'Latency rows compare p99 on loopback: run on a quiet machine (no other test run sharing the cores).\n\n' +
    'Not run yet (rows to add): SIGTERM under load (0 in-flight requests lost, exit 0) and the 5-minute soak (RSS flat within 10%, 0 crashes, 0 credential canaries).\n\n' +
    'How the behaviour is built, and which parts are cockatiel\'s, is in the "Resilience" section below.\n';
  let prior = '';
  try {
    prior = readFileSync('docs/reliability.md', 'utf8');
  } catch {
    // First run: no document yet.
  }
  const keep = prior.indexOf('\n## Resilience');
  writeFileSync('docs/reliability.md', doc + (keep >= 0 ? prior.slice(keep) : ''));
  process.exit(rows.every((r) => r.pass) ? 0 : 1);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
