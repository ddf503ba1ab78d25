import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimulatedProvider } from '../src/simulator/sim-server';
import { postOnce, startTarget } from './load';
import { body, type Scenario } from './scenarios';
import { recordCeilingResponse } from './scenario-set';
import type { FloorPlan, FloorRequest } from './targets/floor';

/** Headers that belong to one connection, not to the request the simulator checks. */
const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/** What one Parley run answered and sent upstream, per scenario: the floor and ceilings replay it. */
export interface Recording {
  /** File for the floor target (FLOOR_PLAN). */
  floorPlanPath: string;
  /** Upstream requests Parley made per scenario: the floor must make exactly as many. */
  upstream: Map<string, number>;
}

/**
 * Runs this build's Parley once per scenario, before any measurement, recording at the
 * simulators the GETs it sent (URL and the headers they need) and the response it wrote.
 */
export async function recordParley(env: Record<string, string>, scenarios: Scenario[], sims: SimulatedProvider[]): Promise<Recording> {
  const target = await startTarget(process.execPath, [join(__dirname, 'target-main.js'), 'parley'], { ...env, LOG_LEVEL: 'silent' });
  const plan: FloorPlan = {};
  const upstream = new Map<string, number>();
  try {
    for (const scenario of scenarios) {
      for (const sim of sims) {
        sim.requests.length = 0;
        sim.record = true;
      }
      const once = await postOnce(target.url, body(scenario));
      for (const sim of sims) sim.record = false;
      if (once.errors?.length) throw new Error(`parley answered ${scenario.name} with errors: ${JSON.stringify(once.errors).slice(0, 300)}`);
      const first: FloorRequest[] = [];
      const second: FloorRequest[] = [];
      let count = 0;
      for (const sim of sims) {
        for (const request of sim.requests) {
          count += 1;
          if (request.method !== 'GET') continue; // the floor sends GETs only; the count check catches a mismatch
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string' && !HOP_BY_HOP.has(name)) headers[name] = value;
          const url = new URL(request.path, sim.baseUrl).href;
          (scenario.dependent?.test(request.path) ? second : first).push({ url, headers });
        }
      }
      upstream.set(scenario.name, count);
      plan[scenario.query] = { rounds: [first, second].filter((round) => round.length > 0), response: JSON.stringify(once) };
      if (scenario.ceiling) recordCeilingResponse(scenario.name, (once.data as { conversation?: unknown } | undefined)?.conversation);
    }
  } finally {
    await target.stop();
  }
  const floorPlanPath = join(mkdtempSync(join(tmpdir(), 'parley-bench-')), 'floor-plan.json');
  writeFileSync(floorPlanPath, JSON.stringify(plan));
  return { floorPlanPath, upstream };
}
