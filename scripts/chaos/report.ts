/** What every chaos row shares: the figures of a run, the row itself, and the table it prints. */

export interface ChaosFigures {
  /** Queries per provider and phase of the "one provider down" rows. */
  queries: number;
  /** Queries per second sent to each provider in those rows (open loop, below capacity). */
  ratePerProvider: number;
  /** Queries per provider, as fast as they go, before the baseline (JIT warm-up). */
  warmUpQueries: number;
  retryAfterSeconds: number;
  timeoutMs: number;
  halfOpenAfterMs: number;
  /** Clients looping requests at the gateway process when it gets SIGTERM. */
  sigtermClients: number;
  /** Upstream latency during the SIGTERM row, so requests are still in flight at the signal. */
  upstreamLatencyMs: number;
  /** Length of the soak; 0 leaves it out (the short run in `npm test`). */
  soakSeconds: number;
}

export interface ChaosRow {
  scenario: string;
  expected: string;
  measured: string;
  pass: boolean;
  /** Figures the jest test asserts on. */
  facts: Record<string, number | string | boolean>;
}

export const round = (n: number): number => Math.round(n * 10) / 10;

/** The nearest-rank percentile (`q` from 0 to 1) of `values`, 0 for none. */
export function percentile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))] ?? 0;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function table(rows: readonly ChaosRow[]): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  return ['| scenario | expected | measured | pass |', '|---|---|---|---|', ...rows.map((r) => `| ${cell(r.scenario)} | ${cell(r.expected)} | ${cell(r.measured)} | ${r.pass ? 'yes' : '**no**'} |`)].join('\n');
}
