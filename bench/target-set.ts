import { join } from 'node:path';
import { startTarget, type RunningTarget } from './load';
import { ensureMeshInstalled, startMesh } from './mesh';
import { nodeRuntime } from './node-runtime';
import type { Options } from './options';
import type { Scenario } from './scenarios';
import { ceilingEnv } from './scenario-set';

/** One target of a run: the label the tables show, the kind it runs, and how to start it. */
export interface TargetSpec {
  label: string;
  /** `parley` for every variant. */
  kind: string;
  start(): Promise<RunningTarget>;
}

/** The ceilings mirror only the one-conversation scenario; every other target runs them all. */
export function runsScenario(kind: string, scenario: Scenario): boolean {
  return !kind.startsWith('ceiling') || scenario.ceiling === true;
}

export function targetSpecs(o: Options, env: Record<string, string>, scenarios: Scenario[], floorPlanPath: string): TargetSpec[] {
  const runtimes = o.nodes.map(nodeRuntime);
  const specs: TargetSpec[] = [];
  for (const kind of o.targets) {
    if (kind === 'scale-out') continue; // its own topology and table, after the targets
    if (kind === 'mesh' && !ensureMeshInstalled()) {
      console.error('  mesh: could not be installed (npm ci --prefix bench/mesh); skipped');
      continue;
    }
    for (const [index, runtime] of runtimes.entries()) {
      // The first runtime keeps the plain name, so ratios stay "against Parley on the first runtime".
      const label = index === 0 ? kind : `${kind}@${runtime.label}`;
      const extra = kind.startsWith('ceiling') ? ceilingEnv(env, scenarios) : kind === 'floor' ? { FLOOR_PLAN: floorPlanPath } : {};
      const start = (): Promise<RunningTarget> => {
        console.error(`target ${label} (node ${runtime.version})`);
        if (kind === 'mesh') return startMesh(env, runtime.binary);
        return startTarget(runtime.binary, [join(__dirname, 'target-main.js'), kind], { ...env, ...extra, LOG_LEVEL: 'silent' });
      };
      specs.push({ label, kind, start });
    }
  }
  for (const variant of o.variants) {
    const main = join(variant.dist ?? join(__dirname, '..'), 'bench', 'target-main.js');
    const start = (): Promise<RunningTarget> => {
      console.error(`target ${variant.label} (${variant.dist ?? 'this build'} ${variant.nodeFlags.join(' ')} ${JSON.stringify(variant.env)})`);
      // Always kind `parley`: an older build's target-main does not know the newer kinds.
      return startTarget(process.execPath, [...variant.nodeFlags, main, 'parley'], { ...env, ...variant.env, LOG_LEVEL: 'silent' });
    };
    specs.push({ label: variant.label, kind: 'parley', start });
  }
  return specs;
}
