import type { LoadResult } from './load';

export interface Row {
  scenario: string;
  target: string;
  /** What the target runs: `parley` for Parley and its variants, else the label without `@node…`. */
  kind: string;
  upstream: number | null;
  lowerBound: number;
  load: LoadResult | null;
  peakMiB: number | null;
  note?: string;
}

const fmt = (n: number | null | undefined, digits = 0): string => (n === null || n === undefined ? 'n/a' : n.toFixed(digits));

/** Headline order: the floor and lean ceiling first, then Parley and its variants, then the others. */
function rank(row: Row): number {
  const order = ['floor', 'ceiling-lean', 'parley', 'variant', 'mesh', 'naive'];
  const key = row.kind === 'parley' && row.target !== 'parley' ? 'variant' : row.target;
  const at = order.indexOf(key);
  return at < 0 ? order.length : at;
}

/** This row's CPU per operation over another target's in the same scenario ("n/a" when either is missing). */
function cpuRatio(rows: readonly Row[], row: Row, against: string): string {
  const other = rows.find((r) => r.scenario === row.scenario && r.target === against)?.load?.cpuPerOp;
  const mine = row.load?.cpuPerOp;
  return other && mine !== null && mine !== undefined ? (mine / other).toFixed(2) : 'n/a';
}

/**
 * The headline: CPU per operation (what a saturated core can serve; req/s at 20 ms upstream
 * latency is capped by latency and hides it), with each target's ratio to the floor, Mesh, the
 * lean ceiling and Parley in the same run.
 */
export function cpuTable(rows: readonly Row[]): string {
  const lines = [
    '| scenario | target | CPU ms/op | ×floor | ×mesh | ×ceiling-lean | ×parley | p50 ms, 1 client | peak RSS MiB | upstream req/op (lower bound) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  for (const scenario of scenarios) {
    const here = rows.filter((r) => r.scenario === scenario).sort((a, b) => rank(a) - rank(b));
    for (const row of here) {
      const ratios = ['floor', 'mesh', 'ceiling-lean', 'parley'].map((against) => cpuRatio(rows, row, against)).join(' | ');
      lines.push(`| ${scenario} | ${row.target} | ${fmt(row.load?.cpuPerOp, 2)} | ${ratios} | ${fmt(row.load?.p50Alone, 1)} | ${fmt(row.peakMiB)} | ${fmt(row.upstream)} (${row.lowerBound}) |`);
    }
  }
  return lines.join('\n');
}

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
