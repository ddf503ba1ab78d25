import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { healthyBaseline, oneDown, start } from './chaos/in-process';
import { type ChaosFigures, type ChaosRow, table } from './chaos/report';
import { sigtermUnderLoad } from './chaos/sigterm';
import { soak } from './chaos/soak';
import { breaker, fanOut, rateLimited, stalledWithGc } from './chaos/upstream-faults';

export { table, type ChaosFigures, type ChaosRow } from './chaos/report';

/**
 * `npm run chaos`: the gateway against the simulators with faults injected, one row per
 * invariant of issue 9, printed and written to docs/reliability.md. `runChaos(SHORT)` is the
 * small version `npm test` runs (test/integration/chaos.test.ts), without the soak. Time is
 * real, not scaled: the 429 row waits out the whole Retry-After and the soak runs its minutes;
 * only the breaker's half-open wait is shortened. The SIGTERM and soak rows run the gateway as
 * its own process (scripts/chaos/child.ts); the others in this process, to read its insides.
 */

export const FULL: ChaosFigures = { queries: 200, ratePerProvider: 6, warmUpQueries: 400, retryAfterSeconds: 30, timeoutMs: 2000, halfOpenAfterMs: 2000, sigtermClients: 40, upstreamLatencyMs: 1000, soakSeconds: 300 };
export const SHORT: ChaosFigures = { queries: 20, ratePerProvider: 20, warmUpQueries: 20, retryAfterSeconds: 3, timeoutMs: 1000, halfOpenAfterMs: 800, sigtermClients: 10, upstreamLatencyMs: 500, soakSeconds: 0 };

export async function runChaos(f: ChaosFigures): Promise<ChaosRow[]> {
  const rows: ChaosRow[] = [];
  const s = await start(f);
  try {
    const baseline = await healthyBaseline(f, s);
    rows.push(baseline);
    const p99 = Number(baseline.facts['p99']);
    rows.push(await oneDown(f, s, 'hang', { delayMs: f.timeoutMs * 3 }, p99));
    rows.push(await oneDown(f, s, 'connection reset', { drop: true }, p99));
    rows.push(await oneDown(f, s, '503 storm', { reply: { status: 503, body: {} } }, p99));
    rows.push(await breaker(f, s));
    rows.push(await rateLimited(f, s));
    rows.push(await fanOut(s));
  } finally {
    await s.stop();
  }
  rows.push(await stalledWithGc(f));
  rows.push(await sigtermUnderLoad(f));
  if (f.soakSeconds > 0) rows.push(...(await soak(f.soakSeconds)));
  return rows;
}

/** `--soak-seconds N` (0 leaves the soak out). */
function figuresFromArgs(args: readonly string[]): ChaosFigures {
  const at = args.indexOf('--soak-seconds');
  if (at < 0) return FULL;
  const value = args[at + 1] ?? '';
  if (!/^\d+$/.test(value)) throw new Error('--soak-seconds: expected a whole number of seconds');
  return { ...FULL, soakSeconds: Number(value) };
}

function document(f: ChaosFigures, output: string, command: string): string {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
  return `# Reliability: chaos run\n\nCommand: \`${command}\` · date: ${new Date().toISOString().slice(0, 10)} · machine: ${machine}\n\n` +
    `Figures: ${JSON.stringify(f)}. Time is real (the 429 row waits the whole Retry-After, the soak runs its minutes); only the breaker's half-open wait is shortened from 30 s in the in-process rows.\n\n${output}\n\n` +
    'The first eight rows run gateway, simulators and load in one process (they read breaker state and slots). The latency rows send a fixed rate per provider (open loop), so a failing Bird answering faster does not add load to the shared event loop; run them on a quiet machine (no other test run sharing the cores).\n\n' +
    'The SIGTERM and soak rows run the gateway as its own process (`node --import tsx src/index.ts`, as `npm start`), its providers LIVE against simulators in the chaos process, which injects the latency and faults. ' +
    'SIGTERM: a request counts as lost if it was sent before the signal and did not get a 200 with no errors; requests sent after it must be answered or refused at connect. ' +
    'Soak: RSS and heap are sampled after a forced full GC in the gateway (`--expose-gc`, preloaded `scripts/chaos/rss-probe.ts`); canaries are the simulators\' credentials (Help Scout, TextUs and Layer tokens, the Bird access key, the MailPerformance API key, Help Scout\'s app secret and issued tokens), searched case-insensitively in every response body and every log line (the gateway logs at debug, every upstream exchange); one fault kind makes the upstream echo the credential in a 500 body.\n\n' +
    'How the behaviour is built, and which parts are cockatiel\'s, is in the "Resilience" section below.\n';
}

async function main(): Promise<void> {
  const figures = figuresFromArgs(process.argv.slice(2));
  const rows = await runChaos(figures);
  const output = table(rows);
  console.log(output);
  const command = figures.soakSeconds === FULL.soakSeconds ? 'npm run chaos' : `npm run chaos -- --soak-seconds ${figures.soakSeconds}`;
  let prior = '';
  try {
    prior = readFileSync('docs/reliability.md', 'utf8');
  } catch {
    // First run: no document yet.
  }
  const keep = prior.indexOf('\n## Resilience');
  writeFileSync('docs/reliability.md', document(figures, output, command) + (keep >= 0 ? prior.slice(keep) : ''));
  process.exit(rows.every((r) => r.pass) ? 0 : 1);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
