import { spawnGateway } from './child';
import { singleOperations } from './operations';
import { codesOf, post, type Outcome } from './post';
import { round, sleep, type ChaosFigures, type ChaosRow } from './report';

/**
 * SIGTERM under load: clients keep requests in flight against the gateway process (every
 * provider, slow upstreams), the process gets SIGTERM, and every request sent before the signal
 * must still get its full answer, and the process exit 0 by itself.
 */

const GRACE_MS = 10_000;

interface Sent {
  startedAt: number;
  outcome: Outcome;
}

const clean = (outcome: Outcome): boolean => 'status' in outcome && outcome.status === 200 && codesOf(outcome).length === 0;

export async function sigtermUnderLoad(f: ChaosFigures): Promise<ChaosRow> {
  const gateway = await spawnGateway({ env: { PARLEY_SHUTDOWN_GRACE_MS: String(GRACE_MS) } });
  try {
    // Warm up without latency: first requests compile and connect, which is not what is measured.
    await Promise.all(singleOperations.map((op) => post(gateway.url, op.body)));
    for (const sim of gateway.simulators.values()) sim.latencyMs = f.upstreamLatencyMs;
    const sent: Sent[] = [];
    let pending = 0;
    let running = true;
    const client = async (first: number): Promise<void> => {
      for (let n = first; running; n += 1) {
        const op = singleOperations[n % singleOperations.length];
        if (!op) return;
        const startedAt = performance.now();
        pending += 1;
        const outcome = await post(gateway.url, op.body);
        pending -= 1;
        sent.push({ startedAt, outcome });
        // Once the listener is closed, keep knocking without spinning.
        if ('error' in outcome) await sleep(20);
      }
    };
    const clients = Array.from({ length: f.sigtermClients }, (_, i) => client(i));
    // Two upstream latencies: every client has had a request answered and sent the next.
    await sleep(f.upstreamLatencyMs * 2);
    const inFlight = pending;
    const signalledAt = performance.now();
    gateway.child.kill('SIGTERM');
    const exit = await gateway.exited;
    running = false;
    await Promise.all(clients);

    const before = sent.filter((s) => s.startedAt < signalledAt);
    const lost = before.filter((s) => !clean(s.outcome));
    const after = sent.filter((s) => s.startedAt >= signalledAt);
    const refused = after.filter((s) => 'error' in s.outcome && s.outcome.error === 'ECONNREFUSED').length;
    const answered = after.filter((s) => clean(s.outcome)).length;
    const otherwise = after.length - refused - answered;
    const toExit = exit.at - signalledAt;
    const lostHow = [...new Set(lost.flatMap((s) => codesOf(s.outcome)))].join('/');
    return {
      scenario: `SIGTERM under load: gateway process, ${f.sigtermClients} clients, every provider, upstream latency ${f.upstreamLatencyMs} ms`,
      expected: '0 in-flight requests lost; exit code 0; exits within the grace period',
      measured: `${inFlight} in flight at the signal, ${before.length} sent before it: ${lost.length} lost${lost.length > 0 ? ` (${lostHow})` : ''}; ` +
        `after it ${answered} answered, ${refused} refused at connect, ${otherwise} otherwise; exit code ${exit.code ?? `signal ${exit.signal ?? '?'}`} after ${Math.round(toExit)} ms`,
      pass: inFlight > 0 && lost.length === 0 && otherwise === 0 && exit.code === 0 && exit.signal === null && toExit < GRACE_MS,
      facts: { inFlight, lost: lost.length, otherwise, exitCode: exit.code ?? -1, toExitMs: round(toExit) },
    };
  } finally {
    await gateway.stop();
  }
}
