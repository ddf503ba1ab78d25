import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const owned = new Set<ChildProcess>();

/**
 * Spawns a child in its own process group, so a Ctrl-C in the terminal reaches only the cluster,
 * which then stops its children in order (proxy first, then replicas draining, then Redis): a
 * replica that got the terminal's SIGINT and then the cluster's SIGTERM would stop draining.
 * Whatever is still running when this process exits is killed, so nothing is left behind.
 */
export function spawnOwned(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  owned.add(child);
  child.once('exit', () => owned.delete(child));
  if (owned.size === 1) process.once('exit', killOwned);
  return child;
}

function killOwned(): void {
  for (const child of owned) child.kill('SIGKILL');
}

/** Ends a child: SIGTERM, then SIGKILL if it has not exited after `graceMs`. Resolves on exit. */
export function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Forwards a child's output line by line with a `name | ` prefix, as `docker compose` does. */
export function prefixOutput(child: ChildProcess, name: string, write: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line) write(`${name} | ${line}`);
    });
  }
}
