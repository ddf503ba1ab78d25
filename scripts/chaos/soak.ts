import http from 'node:http';
import { countCanaries } from './canaries';
import { spawnGateway } from './child';
import { listedIds, mixedOperations } from './operations';
import { codesOf, post } from './post';
import { round, sleep, type ChaosRow } from './report';
import { FAULT_KINDS, injectScheduled, SOAK_UPSTREAM_TIMEOUT_MS } from './soak-faults';
import { flatness, type MemorySample } from './soak-memory';

/**
 * The soak: the gateway process under steady mixed load for `seconds`, with a fault injected
 * every few seconds, its memory sampled after a forced GC, and every response body and log line
 * searched for the providers' credentials.
 */

const CLIENTS = 8;
const FAULT_EVERY_MS = 5000;

export async function soak(seconds: number): Promise<ChaosRow[]> {
  const sampleEveryMs = seconds >= 120 ? 5000 : 2000;
  // Debug logs every upstream exchange: more lines for the canary search to read.
  const gateway = await spawnGateway({ probe: true, logLevel: 'debug', env: { PARLEY_UPSTREAM_TIMEOUT_MS: String(SOAK_UPSTREAM_TIMEOUT_MS) } });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  try {
    const operations = mixedOperations(await listedIds(gateway.url, 5));
    const codes = new Map<string, number>();
    let answered = 0;
    let failedQueries = 0;
    let bodyBytes = 0;
    let responseCanaries = 0;
    let running = true;
    const client = async (first: number): Promise<void> => {
      for (let n = first; running; n += 1) {
        const op = operations[n % operations.length];
        if (!op) return;
        const outcome = await post(gateway.url, op.body, agent);
        answered += 1;
        if ('body' in outcome) {
          bodyBytes += outcome.body.length;
          responseCanaries += countCanaries(outcome.body);
        }
        const found = codesOf(outcome);
        if (found.length > 0) failedQueries += 1;
        for (const code of new Set(found)) codes.set(code, (codes.get(code) ?? 0) + 1);
        // A dead gateway refuses at once: do not spin on it.
        if ('error' in outcome) await sleep(50);
      }
    };

    const started = performance.now();
    const elapsed = (): number => (performance.now() - started) / 1000;
    const samples: MemorySample[] = [];
    const faults: string[] = [];
    const clients = Array.from({ length: CLIENTS }, (_, i) => client(i));
    let nextFault = FAULT_EVERY_MS;
    for (let tick = 1; elapsed() < seconds && !gateway.exit; tick += 1) {
      const memory = await gateway.memory();
      if (memory) samples.push({ t: elapsed(), ...memory });
      const until = Math.min(seconds * 1000, tick * sampleEveryMs);
      while (performance.now() - started < until && !gateway.exit) {
        if (performance.now() - started >= nextFault) {
          faults.push(injectScheduled(faults.length, gateway.simulators));
          nextFault += FAULT_EVERY_MS;
        }
        await sleep(Math.max(1, Math.min(until, nextFault) - (performance.now() - started)));
      }
    }
    const last = await gateway.memory();
    if (last) samples.push({ t: elapsed(), ...last });
    running = false;
    await Promise.all(clients);
    const crashed = gateway.exit;
    const exit = await gateway.stop();
    return rows(seconds, { samples, answered, failedQueries, codes, bodyBytes, responseCanaries, faults, crashed: crashed !== undefined, exitCode: exit.code, logs: gateway.logs });
  } finally {
    agent.destroy();
    await gateway.stop();
  }
}

interface SoakResult {
  samples: MemorySample[];
  answered: number;
  failedQueries: number;
  codes: Map<string, number>;
  bodyBytes: number;
  responseCanaries: number;
  faults: string[];
  crashed: boolean;
  exitCode: number | null;
  logs: { lines: number; errorLines: number; canaries: number };
}

function rows(seconds: number, r: SoakResult): ChaosRow[] {
  const m = flatness(r.samples, seconds);
  const label = seconds >= 60 ? `${round(seconds / 60)} min` : `${seconds} s`;
  const scenario = `Soak ${label}: ${CLIENTS} clients, mixed load on all five providers, a fault every ${FAULT_EVERY_MS / 1000} s`;
  const topCodes = [...r.codes.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ');
  const canaries = r.responseCanaries + r.logs.canaries;
  return [
    {
      scenario: `${scenario}: memory`,
      expected: 'RSS after a forced GC does not grow: mean of the last window within +10% of the first window after warm-up',
      measured: `RSS first ${m.firstMiB} MiB, last ${m.lastMiB} MiB, max ${m.maxMiB} MiB; ${m.earlyMiB} → ${m.lateMiB} MiB (${m.growth >= 0 ? '+' : ''}${round(m.growth * 100)}%, ` +
        `${m.windowSeconds} s windows after ${m.warmSeconds} s warm-up), slope ${m.slopeMiBPerMin} MiB/min; heap used ${m.heapFirstMiB} → ${m.heapLastMiB} MiB; ${r.samples.length} samples`,
      pass: !r.crashed && m.growth <= 0.1,
      facts: { growth: m.growth, samples: r.samples.length, maxMiB: m.maxMiB },
    },
    {
      scenario: `${scenario}: crashes`,
      expected: '0 crashes: the gateway process stays up, and exits 0 on SIGTERM after',
      measured: `${r.crashed ? 'process DIED during the run' : 'process up for the whole run'}; ${r.answered} queries (${round(r.answered / seconds)}/s), ${r.failedQueries} with errors (${topCodes || 'none'}); ` +
        `${r.faults.length} faults injected (rotating ${FAULT_KINDS.join(', ')}); exit code ${r.exitCode ?? 'none'}`,
      pass: !r.crashed && r.exitCode === 0 && r.answered > 0,
      facts: { crashed: r.crashed, answered: r.answered, faults: r.faults.length, exitCode: r.exitCode ?? -1 },
    },
    {
      scenario: `${scenario}: credential canaries`,
      expected: "0 occurrences of any provider's credential (any case) in responses or logs",
      measured: `${r.responseCanaries} in ${r.answered} response bodies (${round(r.bodyBytes / 2 ** 20)} MiB), ${r.logs.canaries} in ${r.logs.lines} log lines (${r.logs.errorLines} at error level or on stderr)`,
      pass: canaries === 0 && r.answered > 0 && r.logs.lines > 0,
      facts: { canaries, responseCanaries: r.responseCanaries, logCanaries: r.logs.canaries },
    },
  ];
}
