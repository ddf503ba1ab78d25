import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { adapters } from '../src/providers/registry';
import { SimulatedProvider } from '../src/simulator/sim-server';
import { load, postOnce, startTarget, type LoadResult, type RunningTarget } from './load';
import { table, type Row } from './report';
import { body, type Scenario } from './scenarios';
import { buildScenarios, ceilingEnv, recordCeilingResponse } from './scenario-set';
import { ensureMeshInstalled, meshBody, startMesh } from './mesh';
import { nodeRuntime, type NodeRuntime } from './node-runtime';
import { READ_SET_SIZE, runScaleOut, scaleOutTable, type ScaleOutRow } from './scale-out';

interface Options {
  smoke: boolean;
  seconds: number;
  connections: number;
  latencyMs: number;
  runs: number;
  targets: string[];
  /** Runtimes the targets run on: `current` and/or exact versions (`--node current,26.12.1`). */
  nodes: string[];
  write: boolean;
  /** PARLEY_UPSTREAM_CACHE_TTL_S of the scale-out replicas (the cache's default when absent). */
  ttl: number | undefined;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const smoke = argv.includes('--smoke');
  return {
    smoke,
    seconds: Number(value('seconds') ?? (smoke ? 1 : 10)),
    connections: Number(value('connections') ?? 20),
    latencyMs: Number(value('latency') ?? 20),
    runs: Number(value('runs') ?? (smoke ? 1 : 3)),
    targets: (value('targets') ?? (smoke ? 'parley,naive,ceiling,ceiling-fetch,scale-out' : 'parley,naive,mesh,ceiling,ceiling-fetch,scale-out')).split(','),
    ttl: value('ttl') === undefined ? undefined : Number(value('ttl')),
    nodes: (value('node') ?? 'current').split(','),
    write: argv.includes('--write'),
  };
}

function median(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.rps - b.rps);
  const mid = sorted[Math.floor(sorted.length / 2)];
  if (!mid) throw new Error('no load results');
  return mid;
}

async function startKind(kind: string, env: Record<string, string>, scenarios: Scenario[], runtime: NodeRuntime): Promise<RunningTarget> {
  if (kind === 'mesh') return startMesh(env, runtime.binary);
  const extra = kind.startsWith('ceiling') ? ceilingEnv(env, scenarios) : {};
  return startTarget(runtime.binary, [join(__dirname, 'target-main.js'), kind], { ...env, ...extra, LOG_LEVEL: 'silent' });
}

/** Upstream requests one operation makes, counted while nothing else runs. */
async function countUpstream(url: string, payload: string, sims: SimulatedProvider[]): Promise<{ upstream: number; errors?: unknown[] }> {
  for (const sim of sims) {
    sim.requests.length = 0;
    sim.record = true;
  }
  const once = await postOnce(url, payload);
  const upstream = sims.reduce((n, sim) => n + sim.requests.length, 0);
  for (const sim of sims) sim.record = false;
  return { upstream, ...(once.errors?.length ? { errors: once.errors } : {}) };
}

function payloadFor(kind: string, scenario: Scenario): { payload: string; note?: string } | { unsupported: string } {
  if (kind !== 'mesh') return { payload: body(scenario) };
  const mesh = meshBody(scenario);
  if ('unsupported' in mesh) return mesh;
  return mesh.note === undefined ? { payload: mesh.body } : { payload: mesh.body, note: mesh.note };
}

async function measureTarget(label: string, target: RunningTarget, scenarios: Scenario[], sims: SimulatedProvider[], o: Options): Promise<Row[]> {
  const rows: Row[] = [];
  const kind = label.split('@')[0] ?? label;
  for (const scenario of scenarios) {
    if (kind.startsWith('ceiling') && !scenario.ceiling) continue;
    const base = { scenario: scenario.name, target: label, lowerBound: scenario.lowerBound, peakMiB: null };
    const chosen = payloadFor(kind, scenario);
    if ('unsupported' in chosen) {
      rows.push({ ...base, upstream: null, load: null, note: `cannot express: ${chosen.unsupported}` });
      continue;
    }
    const counted = await countUpstream(target.url, chosen.payload, sims);
    if (counted.errors) {
      rows.push({ ...base, upstream: counted.upstream, load: null, note: `errors: ${JSON.stringify(counted.errors).slice(0, 160)}` });
      continue;
    }
    if (label === 'parley' && scenario.ceiling) {
      const once = await postOnce(target.url, chosen.payload);
      recordCeilingResponse(scenario.name, (once.data as { conversation?: unknown } | undefined)?.conversation);
    }
    await load(target.url, chosen.payload, Math.min(3, o.seconds), o.connections); // warm-up (JIT), not reported
    const results: LoadResult[] = [];
    for (let i = 0; i < o.runs; i += 1) results.push(await load(target.url, chosen.payload, o.seconds, o.connections, () => target.cpuMs()));
    const result = median(results);
    // Latency without queueing: one client, so p50 is the gateway's own added time plus upstream round trips.
    result.p50Alone = (await load(target.url, chosen.payload, Math.min(3, o.seconds), 1)).p50;
    const failures = result.errors || result.non2xx || result.mismatches ? `${result.errors} errors, ${result.non2xx} non-2xx, ${result.mismatches} with GraphQL errors` : undefined;
    const note = [chosen.note, failures].filter(Boolean).join('; ') || undefined;
    rows.push({ ...base, upstream: kind.startsWith('ceiling') ? null : counted.upstream, load: result, ...(note ? { note } : {}) });
    console.error(`  ${label} ${scenario.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, cpu ${result.cpuPerOp?.toFixed(2) ?? 'n/a'} ms/op, upstream ${counted.upstream}`);
    // Let requests abandoned at the end of the load finish before the next count.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const peak = target.peakMemoryMiB();
  for (const row of rows) row.peakMiB = peak;
  return rows;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const sims = adapters.map((adapter) => new SimulatedProvider(adapter.simulator.create()));
  await Promise.all(sims.map((sim) => sim.start()));
  const env: Record<string, string> = {};
  for (const sim of sims) Object.assign(env, sim.env());
  const rows: Row[] = [];
  let scaleOut: ScaleOutRow[] | undefined;
  try {
    const scenarios = await buildScenarios(env);
    for (const sim of sims) {
      sim.latencyMs = o.latencyMs;
      sim.record = false;
      // The documented budgets (TextUs 1000 per 5 min…) would turn a load test into a 429 test.
      sim.enforceRateLimit = false;
    }
    const runtimes = o.nodes.map(nodeRuntime);
    for (const kind of o.targets) {
      if (kind === 'scale-out') continue; // its own topology and table, after the targets
      if (kind === 'mesh' && !ensureMeshInstalled()) {
        console.error('  mesh: could not be installed (npm ci --prefix bench/mesh); skipped');
        continue;
      }
      for (const [index, runtime] of runtimes.entries()) {
        // The first runtime keeps the plain name, so ratios stay "against Parley on the first runtime".
        const label = index === 0 ? kind : `${kind}@${runtime.label}`;
        console.error(`target ${label} (node ${runtime.version})`);
        const target = await startKind(kind, env, scenarios, runtime);
        try {
          rows.push(...(await measureTarget(label, target, scenarios, sims, o)));
        } finally {
          await target.stop();
        }
      }
    }
    if (o.targets.includes('scale-out')) scaleOut = await runScaleOut(sims, { seconds: o.seconds, connections: o.connections, ttlSeconds: o.ttl });
  } finally {
    await Promise.all(sims.map((sim) => sim.stop()));
  }
  const report = [table(rows), ...(scaleOut ? [`### Scale-out (${READ_SET_SIZE} conversations read repeatedly through the proxy of \`npm run cluster\`)\n\n${scaleOutTable(scaleOut)}`] : [])].join('\n\n');
  console.log(report);
  if (o.write) writeReport(report, o);
  if (scaleOut?.some((r) => r.failures > 0 || r.operations === 0)) {
    console.error('The scale-out scenario had failed operations');
    process.exitCode = 1;
  }
  if (rows.some((r) => r.target.split('@')[0] === 'parley' && (r.load === null || r.upstream !== r.lowerBound))) {
    console.error('Parley failed a scenario or missed a lower bound');
    process.exitCode = 1;
  }
}

function writeReport(report: string, o: Options): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const nodes = o.nodes.join(',') === 'current' ? '' : ` --node ${o.nodes.join(',')}`;
  const ttl = o.ttl === undefined ? '' : ` --ttl ${o.ttl}`;
  const command = `npm run bench -- --seconds ${o.seconds} --runs ${o.runs} --connections ${o.connections} --latency ${o.latencyMs}${nodes}${ttl} --write`;
  const text = `<!-- written by bench/run.ts -->\n## Latest run\n\n- date: ${new Date().toISOString()}\n- machine: ${machine}\n- command: \`${command}\`\n- each figure: median of ${o.runs} runs of ${o.seconds} s, ${o.connections} connections, simulated upstream latency ${o.latencyMs} ms\n\n${report}\n`;
  writeFileSync(join(__dirname, '..', '..', 'docs', 'benchmarks.latest.md'), text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
