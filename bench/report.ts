import type { LoadResult } from './load';

export interface Row {
  scenario: string;
  target: string;
  upstream: number | null;
  lowerBound: number;
  load: LoadResult | null;
  peakMiB: number | null;
  note?: string;
}

const fmt = (n: number | null | undefined, digits = 0): string => (n === null || n === undefined ? 'n/a' : n.toFixed(digits));

/** Markdown table: one row per scenario and target, with throughput and p50 ratios to Parley. */
export function table(rows: readonly Row[]): string {
  const lines = [
    '| scenario | target | upstream req/op (lower bound) | req/s | ×Parley req/s | p50 ms | p99 ms | p50 ms, 1 client | CPU ms/op | peak RSS MiB | note |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const parley = rows.find((r) => r.scenario === row.scenario && r.target === 'parley')?.load;
    const ratio = parley && row.load && parley.rps > 0 ? (row.load.rps / parley.rps).toFixed(2) : 'n/a';
    lines.push(
      `| ${row.scenario} | ${row.target} | ${fmt(row.upstream)} (${row.lowerBound}) | ${fmt(row.load?.rps)} | ${ratio} | ` +
        `${fmt(row.load?.p50, 1)} | ${fmt(row.load?.p99, 1)} | ${fmt(row.load?.p50Alone, 1)} | ${fmt(row.load?.cpuPerOp, 2)} | ${fmt(row.peakMiB)} | ${row.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}
