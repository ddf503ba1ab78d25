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
import { meshBody, startMesh, meshAvailable } from './mesh';

interface Options {
  smoke: boolean;
  seconds: number;
  connections: number;
  latencyMs: number;
  runs: number;
  targets: string[];
  write: boolean;
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
    targets: (value('targets') ?? (smoke ? 'parley,naive,ceiling,ceiling-fetch' : 'parley,naive,mesh,ceiling,ceiling-fetch')).split(','),
    write: argv.includes('--write'),
  };
}

function median(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.rps - b.rps);
  const mid = sorted[Math.floor(sorted.length / 2)];
  if (!mid) throw new Error('no load results');
  return mid;
}

async function startKind(kind: string, env: Record<string, string>, scenarios: Scenario[]): Promise<RunningTarget> {
  if (kind === 'mesh') return startMesh(env);
  const extra = kind.startsWith('ceiling') ? ceilingEnv(env, scenarios) : {};
  return startTarget(process.execPath, [join(__dirname, 'target-main.js'), kind], { ...env, ...extra, LOG_LEVEL: 'silent' });
}

async function measureTarget(kind: string, target: RunningTarget, scenarios: Scenario[], sims: SimulatedProvider[], o: Options): Promise<Row[]> {
  const rows: Row[] = [];
  for (const scenario of scenarios) {
    if (kind.startsWith('ceiling') && !scenario.ceiling) continue;
    const mesh = kind === 'mesh' ? meshBody(scenario) : null;
    if (mesh && 'unsupported' in mesh) {
      rows.push({ scenario: scenario.name, target: kind, upstream: null, lowerBound: scenario.lowerBound, load: null, peakMiB: null, note: `cannot express: ${mesh.unsupported}` });
      continue;
    }
    const payload = mesh ? mesh.body : body(scenario);
    for (const sim of sims) sim.requests.length = 0;
    const once = await postOnce(target.url, payload);
    const upstream = sims.reduce((n, sim) => n + sim.requests.length, 0);
    if (once.errors?.length) {
      rows.push({ scenario: scenario.name, target: kind, upstream, lowerBound: scenario.lowerBound, load: null, peakMiB: null, note: `errors: ${JSON.stringify(once.errors).slice(0, 120)}` });
      continue;
    }
    if (kind === 'parley' && scenario.ceiling) recordCeilingResponse(scenario.name, (once.data as { conversation?: unknown } | undefined)?.conversation);
    const results: LoadResult[] = [];
    await load(target.url, payload, Math.min(1, o.seconds), o.connections); // warm-up, not reported
    for (let i = 0; i < o.runs; i += 1) results.push(await load(target.url, payload, o.seconds, o.connections));
    const result = median(results);
    const note = result.errors || result.non2xx ? `${result.errors} errors, ${result.non2xx} non-2xx` : undefined;
    rows.push({ scenario: scenario.name, target: kind, upstream: kind.startsWith('ceiling') ? null : upstream, lowerBound: scenario.lowerBound, load: result, peakMiB: null, ...(note ? { note } : {}) });
    console.error(`  ${kind} ${scenario.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, upstream ${upstream}`);
  }
  const peak = target.peakMemoryMiB();
  for (const row of rows) row.peakMiB = peak;
  return rows;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const sims = adapters.map((adapter) => new SimulatedProvider(adapter.createSimulator()));
  await Promise.all(sims.map((sim) => sim.start()));
  const env: Record<string, string> = {};
  for (const sim of sims) Object.assign(env, sim.env());
  const rows: Row[] = [];
  try {
    const scenarios = await buildScenarios(env);
    for (const sim of sims) sim.latencyMs = o.latencyMs;
    for (const kind of o.targets) {
      if (kind === 'mesh' && !meshAvailable()) {
        console.error('  mesh: not installed (run `npm ci --prefix bench/mesh`); skipped');
        continue;
      }
      console.error(`target ${kind}`);
      const target = await startKind(kind, env, scenarios);
      try {
        rows.push(...(await measureTarget(kind, target, scenarios, sims, o)));
      } finally {
        await target.stop();
      }
    }
  } finally {
    await Promise.all(sims.map((sim) => sim.stop()));
  }
  const report = table(rows);
  console.log(report);
  if (o.write) writeReport(report, o);
  if (rows.some((r) => r.target === 'parley' && (r.load === null || r.upstream !== r.lowerBound))) {
    console.error('Parley failed a scenario or missed a lower bound');
    process.exitCode = 1;
  }
}

function writeReport(report: string, o: Options): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const command = `npm run bench -- --seconds ${o.seconds} --runs ${o.runs} --connections ${o.connections} --latency ${o.latencyMs} --write`;
  const text = `<!-- written by bench/run.ts -->\n## Latest run\n\n- date: ${new Date().toISOString()}\n- machine: ${machine}\n- command: \`${command}\`\n- each figure: median of ${o.runs} runs of ${o.seconds} s, ${o.connections} connections, simulated upstream latency ${o.latencyMs} ms\n\n${report}\n`;
  writeFileSync(join(__dirname, '..', '..', 'docs', 'benchmarks.latest.md'), text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
