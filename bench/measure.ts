import type { SimulatedProvider } from '../src/simulator/sim-server';
import { load, postOnce, type LoadResult, type RunningTarget } from './load';
import { meshBody } from './mesh';
import type { Options } from './options';
import { profileStart, profileStop } from './profile-control';
import type { Recording } from './record';
import type { Row } from './report';
import { body, type Scenario } from './scenarios';
import { runsScenario, type TargetSpec } from './target-set';

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

/** A target ready to load for one scenario, or the row that says why it cannot be. */
export type Prepared = { ready: true; payload: string; upstream: number; note?: string; base: Omit<Row, 'load' | 'upstream'> } | { ready: false; row: Row };

/** Counts the target's upstream requests for one operation and checks its answer, before any load. */
export async function prepare(spec: TargetSpec, target: RunningTarget, scenario: Scenario, sims: SimulatedProvider[], recording: Recording): Promise<Prepared> {
  const base = { scenario: scenario.name, target: spec.label, kind: spec.kind, lowerBound: scenario.lowerBound, peakMiB: null };
  const chosen = payloadFor(spec.kind, scenario);
  if ('unsupported' in chosen) return { ready: false, row: { ...base, upstream: null, load: null, note: `cannot express: ${chosen.unsupported}` } };
  const counted = await countUpstream(target.url, chosen.payload, sims);
  if (counted.errors) return { ready: false, row: { ...base, upstream: counted.upstream, load: null, note: `errors: ${JSON.stringify(counted.errors).slice(0, 160)}` } };
  const parley = recording.upstream.get(scenario.name);
  if (spec.kind === 'floor' && counted.upstream !== parley) {
    // The floor is only a floor if it does Parley's upstream work: a different count is a broken benchmark.
    console.error(`FLOOR MISMATCH on ${scenario.name}: the floor sent ${counted.upstream} upstream requests, Parley ${parley ?? '?'}`);
    return { ready: false, row: { ...base, upstream: counted.upstream, load: null, note: `upstream mismatch: Parley sent ${parley ?? '?'}` } };
  }
  return { ready: true, payload: chosen.payload, upstream: counted.upstream, ...(chosen.note ? { note: chosen.note } : {}), base };
}

/** Median CPU ms/op and median req/s over the runs, each taken on its own; latencies from the median-req/s run. */
export function medianLoad(results: LoadResult[]): LoadResult {
  const pick = <T>(sorted: T[]): T | undefined => sorted[Math.floor(sorted.length / 2)];
  const byRps = pick([...results].sort((a, b) => a.rps - b.rps));
  if (!byRps) throw new Error('no load results');
  const cpu = pick(results.map((r) => r.cpuPerOp).filter((c): c is number => c !== null).sort((a, b) => a - b));
  return { ...byRps, cpuPerOp: cpu ?? null };
}

export function finishRow(prepared: Extract<Prepared, { ready: true }>, result: LoadResult): Row {
  const failures = result.errors || result.non2xx || result.mismatches ? `${result.errors} errors, ${result.non2xx} non-2xx, ${result.mismatches} with GraphQL errors` : undefined;
  const note = [prepared.note, failures].filter(Boolean).join('; ') || undefined;
  const upstream = prepared.base.kind.startsWith('ceiling') ? null : prepared.upstream;
  console.error(`  ${prepared.base.target} ${prepared.base.scenario}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, cpu ${result.cpuPerOp?.toFixed(2) ?? 'n/a'} ms/op, upstream ${prepared.upstream}`);
  return { ...prepared.base, upstream, load: result, ...(note ? { note } : {}) };
}

export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 500));

/** One target at a time: every scenario's warm-up, runs and 1-client p50 (the default mode). */
export async function measureTarget(spec: TargetSpec, target: RunningTarget, scenarios: Scenario[], sims: SimulatedProvider[], o: Options, recording: Recording, profiles: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const scenario of scenarios.filter((s) => runsScenario(spec.kind, s))) {
    const prepared = await prepare(spec, target, scenario, sims, recording);
    if (!prepared.ready) {
      rows.push(prepared.row);
      continue;
    }
    await load(target.url, prepared.payload, Math.min(3, o.seconds), o.connections); // warm-up (JIT), not reported
    const profiling = o.profile && (await profileStart(target, spec.label));
    const results: LoadResult[] = [];
    for (let i = 0; i < o.runs; i += 1) results.push(await load(target.url, prepared.payload, o.seconds, o.connections, () => target.cpuMs()));
    const profile = profiling ? await profileStop(target, spec.label, scenario.name) : undefined;
    if (profile) profiles.push(profile);
    const result = medianLoad(results);
    // Latency without queueing: one client, so p50 is the gateway's own added time plus upstream round trips.
    result.p50Alone = (await load(target.url, prepared.payload, Math.min(3, o.seconds), 1)).p50;
    rows.push(finishRow(prepared, result));
    // Let requests abandoned at the end of the load finish before the next count.
    await settle();
  }
  const peak = target.peakMemoryMiB();
  for (const row of rows) row.peakMiB = peak;
  return rows;
}
