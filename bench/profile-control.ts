import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningTarget } from './load';
import type { ProfilerCommand } from './profiler';

/** bench/profiles in the source tree (gitignored), found from dist/bench too. */
export const PROFILES_DIR = join(__dirname, '..', '..', 'bench', 'profiles');

function command(target: RunningTarget, message: ProfilerCommand, expected: string, timeoutMs: number): Promise<boolean> {
  const child = target.child;
  if (!child.send || !child.connected) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(ok);
    };
    const onMessage = (reply: { type?: string; message?: string }): void => {
      if (reply.type === 'profile-failed') console.error(`  profiler: ${reply.message ?? 'failed'}`);
      if (reply.type === expected || reply.type === 'profile-failed') done(reply.type === expected);
    };
    // A target from an older build has no profiler listener: it never answers.
    const timer = setTimeout(() => done(false), timeoutMs);
    child.on('message', onMessage);
    child.send(message);
  });
}

/** Starts the target's V8 profiler; false (with a warning) when the target cannot be profiled (mesh, older builds). */
export async function profileStart(target: RunningTarget, label: string): Promise<boolean> {
  const ok = await command(target, { type: 'profile-start' }, 'profile-started', 3000);
  if (!ok) console.error(`  ${label}: not profiled (no profiler listener in this target)`);
  return ok;
}

/** Stops the profiler and has the target write `<label>-<scenario>.cpuprofile`; returns its path. */
export async function profileStop(target: RunningTarget, label: string, scenario: string): Promise<string | undefined> {
  mkdirSync(PROFILES_DIR, { recursive: true });
  const path = join(PROFILES_DIR, `${label}-${scenario}.cpuprofile`);
  return (await command(target, { type: 'profile-stop', path }, 'profile-written', 30_000)) ? path : undefined;
}
