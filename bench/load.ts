import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadResult {
  /** Successful responses per second (2xx with no GraphQL errors in the body). */
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** 200 responses whose body carried GraphQL errors: failures, not throughput. */
  mismatches: number;
  requests: number;
  /** Target CPU per answered operation (ms): steadier than throughput on a shared machine. */
  cpuPerOp: number | null;
  /** p50 latency with a single client (no queueing), when measured. */
  p50Alone?: number;
}

/** A benchmark target running in its own process. */
export interface RunningTarget {
  url: string;
  child: ChildProcess;
  /** Peak resident memory of the target process so far (VmHWM), in MiB; null off Linux. */
  peakMemoryMiB(): number | null;
  /** CPU time (user + system) the target process has used so far, in ms; null off Linux. */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

export function startTarget(command: string, args: string[], env: NodeJS.ProcessEnv, readyTimeoutMs = 60_000): Promise<RunningTarget> {
  // The IPC channel carries profiler commands (bench/profile-control.ts); targets without it ignore them.
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`target ${args.join(' ')} did not become ready: ${output.slice(-2000)}`));
    }, readyTimeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve({
        url: match[1],
        child,
        peakMemoryMiB: () => peakMemory(child.pid),
        cpuMs: () => cpuTime(child.pid),
        stop: () => stopChild(child),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`target ${args.join(' ')} exited with ${code}: ${output.slice(-2000)}`));
    });
  });
}

export function peakMemory(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** utime + stime from /proc/<pid>/stat (clock ticks, 100 per second on Linux). */
export function cpuTime(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

/** Sends one operation and returns the parsed body (used to check a target answers correctly). */
export async function postOnce(url: string, body: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return (await res.json()) as { data?: unknown; errors?: unknown[] };
}

/** Closed-loop load with autocannon: `connections` clients, each sending the next request as soon as one answers. */
export async function load(url: string, body: string, seconds: number, connections: number, cpuMs: () => number | null = () => null): Promise<LoadResult> {
  const cpuBefore = cpuMs();
  const result = await autocannon({
    url, method: 'POST', body, headers: { 'content-type': 'application/json' }, connections, duration: seconds,
    // A GraphQL error is still HTTP 200: count it as a failure, or a failing target looks fast.
    verifyBody: (text) => text !== undefined && !text.toString().includes('"errors"'),
  });
  const failed = result.mismatches + result.errors + result.timeouts + result.non2xx;
  const cpuAfter = cpuMs();
  const cpuPerOp = cpuBefore !== null && cpuAfter !== null && result.requests.total > 0 ? (cpuAfter - cpuBefore) / result.requests.total : null;
  return {
    cpuPerOp,
    rps: Math.max(0, result.requests.total - failed) / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    requests: result.requests.total,
  };
}
