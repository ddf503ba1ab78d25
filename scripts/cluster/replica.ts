import type { ChildProcess } from 'node:child_process';
import { prefixOutput, spawnOwned, stopChild } from './child';
import { freePort, waitUntil } from './ports';

/** How a replica process is started: the built output (npm run cluster) or the sources (tests). */
export interface ReplicaCommand {
  command: string;
  args: string[];
  cwd: string;
}

export interface Replica {
  name: string;
  port: number;
  /** http://127.0.0.1:<port>/graphql */
  url: URL;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health`)).ok;
  } catch {
    return false;
  }
}

export interface ReplicaOptions {
  /** How long a stop waits after SIGTERM before SIGKILL. */
  graceMs: number;
  /** Receives the replica's log lines prefixed with its name; they are dropped without it. */
  log?: ((line: string) => void) | undefined;
}

/** Starts one Parley process on a free loopback port and waits for GET /health. */
export async function startReplica(name: string, run: ReplicaCommand, env: NodeJS.ProcessEnv, options: ReplicaOptions): Promise<Replica> {
  const port = await freePort();
  const child = spawnOwned(run.command, run.args, { cwd: run.cwd, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  // Read from the start: a full pipe would block the replica's logging, and with it the replica.
  if (options.log) prefixOutput(child, name, options.log);
  else {
    child.stdout?.resume();
    child.stderr?.resume();
  }
  const exited = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`${name} exited (${signal ?? code}) before it was healthy`)));
  });
  exited.catch(() => undefined);
  try {
    // A cold start transpiles or loads the whole schema: seconds on a busy 2-core machine.
    await Promise.race([waitUntil(() => healthy(port), 90_000, `${name} healthy on port ${port}`), exited]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { name, port, url: new URL(`http://127.0.0.1:${port}/graphql`), child, stop: () => stopChild(child, options.graceMs) };
}
