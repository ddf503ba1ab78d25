import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { adapters } from '../src/providers/registry';
import { SimulatedProvider } from '../src/simulator/sim-server';
import { measureInterleaved } from './interleave';
import { measureTarget } from './measure';
import { parseArgs, type Options } from './options';
import { summariseFiles } from './profile-summary';
import { recordParley } from './record';
import { cpuTable, table, type Row } from './report';
import { buildScenarios } from './scenario-set';
import { READ_SET_SIZE, runScaleOut, scaleOutTable, type ScaleOutRow } from './scale-out';
import { targetSpecs } from './target-set';

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const sims = adapters.map((adapter) => new SimulatedProvider(adapter.simulator.create()));
  await Promise.all(sims.map((sim) => sim.start()));
  const env: Record<string, string> = {};
  for (const sim of sims) Object.assign(env, sim.env());
  const rows: Row[] = [];
  const profiles: string[] = [];
  let scaleOut: ScaleOutRow[] | undefined;
  try {
    const scenarios = (await buildScenarios(env)).filter((s) => o.scenarios === undefined || o.scenarios.includes(s.name));
    if (scenarios.length === 0) throw new Error(`--scenarios matched none of one-common, one-deep, list-20, multi-50`);
    for (const sim of sims) {
      sim.latencyMs = o.latencyMs;
      sim.record = false;
      // The documented budgets (TextUs 1000 per 5 min…) would turn a load test into a 429 test.
      sim.enforceRateLimit = false;
    }
    // Before any target: the floor and the ceilings replay what Parley sent and answered.
    const recording = await recordParley(env, scenarios, sims);
    const specs = targetSpecs(o, env, scenarios, recording.floorPlanPath);
    if (o.interleave) rows.push(...(await measureInterleaved(specs, scenarios, sims, o, recording, profiles)));
    else {
      for (const spec of specs) {
        const target = await spec.start();
        try {
          rows.push(...(await measureTarget(spec, target, scenarios, sims, o, recording, profiles)));
        } finally {
          await target.stop();
        }
      }
    }
    const mismatched = rows.filter((r) => r.kind === 'floor' && r.upstream !== recording.upstream.get(r.scenario));
    if (mismatched.length > 0) {
      console.error(`The floor's upstream requests differ from Parley's on ${mismatched.map((r) => r.scenario).join(', ')}`);
      process.exitCode = 1;
    }
    if (o.targets.includes('scale-out')) scaleOut = await runScaleOut(sims, { seconds: o.seconds, connections: o.connections, ttlSeconds: o.ttl });
  } finally {
    await Promise.all(sims.map((sim) => sim.stop()));
  }
  const report = [
    `### CPU per operation (headline)\n\n${cpuTable(rows)}`,
    `### Throughput and latency at ${o.connections} connections\n\n${table(rows)}`,
    ...(scaleOut ? [`### Scale-out (${READ_SET_SIZE} conversations read repeatedly through the proxy of \`npm run cluster\`)\n\n${scaleOutTable(scaleOut)}`] : []),
  ].join('\n\n');
  console.log(report);
  if (o.write) writeReport(report, o);
  if (profiles.length > 0) console.log(`\n### CPU profiles (bench/profiles/)\n\n${summariseFiles(profiles)}`);
  if (scaleOut?.some((r) => r.failures > 0 || r.operations === 0)) {
    console.error('The scale-out scenario had failed operations');
    process.exitCode = 1;
  }
  if (rows.some((r) => r.kind === 'parley' && (r.load === null || r.upstream !== r.lowerBound))) {
    console.error('Parley (or a variant) failed a scenario or missed a lower bound');
    process.exitCode = 1;
  }
  if (rows.some((r) => (r.kind === 'floor' || r.kind === 'ceiling-lean') && r.load === null)) {
    console.error('The floor or the lean ceiling failed a scenario');
    process.exitCode = 1;
  }
}

function writeReport(report: string, o: Options): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const nodes = o.nodes.join(',') === 'current' ? '' : ` --node ${o.nodes.join(',')}`;
  const ttl = o.ttl === undefined ? '' : ` --ttl ${o.ttl}`;
  const variants = o.variants.map((v) => ` --variant ${v.label}${v.dist || v.nodeFlags.length ? `=${v.dist ?? ''}${v.nodeFlags.length ? `|${v.nodeFlags.join(' ')}` : ''}` : ''}`).join('');
  const variantEnv = o.variants.flatMap((v) => Object.entries(v.env).map(([k, value]) => ` --variant-env ${v.label}=${k}=${value}`)).join('');
  const flags = `${o.interleave ? ' --interleave' : ''}${nodes}${ttl}${variants}${variantEnv}`;
  const command = `npm run bench -- --seconds ${o.seconds} --runs ${o.runs} --connections ${o.connections} --latency ${o.latencyMs} --targets ${o.targets.join(',')}${flags} --write`;
  const mode = o.interleave ? 'interleaved: every target started first, each round loads each target once in turn' : 'one target after another';
  const text = `<!-- written by bench/run.ts -->\n## Latest run\n\n- date: ${new Date().toISOString()}\n- machine: ${machine}\n- command: \`${command}\`\n- each figure: median of ${o.runs} runs of ${o.seconds} s (${mode}), ${o.connections} connections, simulated upstream latency ${o.latencyMs} ms\n\n${report}\n`;
  writeFileSync(join(__dirname, '..', '..', 'docs', 'benchmarks.latest.md'), text);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
