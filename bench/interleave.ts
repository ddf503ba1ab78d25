import type { SimulatedProvider } from '../src/simulator/sim-server';
import { load, type LoadResult, type RunningTarget } from './load';
import { finishRow, medianLoad, prepare, settle, type Prepared } from './measure';
import type { Options } from './options';
import { profileStart, profileStop } from './profile-control';
import type { Recording } from './record';
import type { Row } from './report';
import type { Scenario } from './scenarios';
import { runsScenario, type TargetSpec } from './target-set';

interface Started {
  spec: TargetSpec;
  target: RunningTarget;
}

/** Round `round` loads the targets starting from a different one, so no target always goes first or last. */
export function rotate<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return [];
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/**
 * Interleaved A/B: every target runs at once (idle while not loaded); per scenario, each is
 * warmed up, then `runs` rounds load every target once in turn. A slow patch of a shared
 * machine then hits every target in the same round instead of one target's whole run.
 */
export async function measureInterleaved(specs: TargetSpec[], scenarios: Scenario[], sims: SimulatedProvider[], o: Options, recording: Recording, profiles: string[]): Promise<Row[]> {
  const started: Started[] = [];
  const rows: Row[] = [];
  try {
    for (const spec of specs) started.push({ spec, target: await spec.start() });
    for (const scenario of scenarios) {
      const ready: { s: Started; prepared: Extract<Prepared, { ready: true }>; results: LoadResult[]; profiling: boolean }[] = [];
      for (const s of started.filter(({ spec }) => runsScenario(spec.kind, scenario))) {
        const prepared = await prepare(s.spec, s.target, scenario, sims, recording);
        if (!prepared.ready) rows.push(prepared.row);
        else ready.push({ s, prepared, results: [], profiling: false });
      }
      for (const entry of ready) await load(entry.s.target.url, entry.prepared.payload, Math.min(3, o.seconds), o.connections); // warm-up
      await settle();
      // Idle time between a target's loads is `(idle)` in its profile, which the summary leaves out.
      if (o.profile) for (const entry of ready) entry.profiling = await profileStart(entry.s.target, entry.s.spec.label);
      for (let round = 0; round < o.runs; round += 1) {
        for (const entry of rotate(ready, round)) {
          entry.results.push(await load(entry.s.target.url, entry.prepared.payload, o.seconds, o.connections, () => entry.s.target.cpuMs()));
          await settle();
        }
      }
      for (const entry of ready) {
        const profile = entry.profiling ? await profileStop(entry.s.target, entry.s.spec.label, scenario.name) : undefined;
        if (profile) profiles.push(profile);
        const result = medianLoad(entry.results);
        result.p50Alone = (await load(entry.s.target.url, entry.prepared.payload, Math.min(3, o.seconds), 1)).p50;
        rows.push(finishRow(entry.prepared, result));
        await settle();
      }
    }
    for (const { spec, target } of started) {
      const peak = target.peakMemoryMiB();
      for (const row of rows) if (row.target === spec.label) row.peakMiB = peak;
    }
  } finally {
    await Promise.all(started.map(({ target }) => target.stop()));
  }
  return rows;
}
