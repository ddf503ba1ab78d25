import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { SimulatedProvider } from '../../src/simulator/sim-server';
import { countCanaries } from './canaries';
import { roomy } from './in-process';

/**
 * The gateway as `npm start` runs it (src/index.ts through tsx, NODE_ENV unset as in the
 * README), in its own process, so a signal, a crash or its memory are its own. Its upstreams
 * are simulators in this process, passed in as LIVE providers through the environment (as
 * test/integration/server-process.test.ts does), so the run controls their latency and faults.
 */

const ROOT = resolve(__dirname, '..', '..');
const PROBE = './scripts/chaos/rss-probe.ts';

export interface Exit { code: number | null; signal: NodeJS.Signals | null; at: number }

/** Every line the process wrote, scanned as it arrives and not kept (a soak writes many). */
export interface LogScan {
  lines: number;
  /** Lines on stderr or at pino level error and above. */
  errorLines: number;
  canaries: number;
  /** The last lines, for a failure's explanation. */
  tail: string[];
}

export interface MemoryUse { rss: number; heapUsed: number }

export interface ChildGateway {
  child: ChildProcess;
  url: URL;
  simulators: Map<string, SimulatedProvider>;
  /** Set once the process has exited; before `stop()` that is a crash. */
  exit: Exit | undefined;
  exited: Promise<Exit>;
  logs: LogScan;
  /** RSS and heap after a forced full GC in the child (only with `probe`); undefined once it has exited. */
  memory(): Promise<MemoryUse | undefined>;
  /** SIGTERM (if still running), wait for the exit, stop the simulators. */
  stop(): Promise<Exit>;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  logLevel?: string;
  /** Preload the memory probe and expose GC (the soak). */
  probe?: boolean;
}

function scanLines(stream: Readable | null, logs: LogScan, fromStderr: boolean, onLine: (line: string) => void): void {
  let partial = '';
  stream?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      logs.lines += 1;
      logs.canaries += countCanaries(line);
      const level = /"level":(\d+)/.exec(line)?.[1];
      if (fromStderr || Number(level ?? 0) >= 50) logs.errorLines += 1;
      logs.tail.push(line);
      if (logs.tail.length > 20) logs.tail.shift();
      onLine(line);
    }
  });
}

async function startSimulators(): Promise<Map<string, SimulatedProvider>> {
  const simulators = new Map<string, SimulatedProvider>();
  for (const adapter of roomy) {
    const sim = new SimulatedProvider(adapter.simulator.create());
    // The soak is long: the request log is only for counting in the in-process rows.
    sim.record = false;
    await sim.start();
    simulators.set(adapter.identity.slug, sim);
  }
  return simulators;
}

export async function spawnGateway(options: SpawnOptions = {}): Promise<ChildGateway> {
  const simulators = await startSimulators();
  const base = { ...process.env };
  delete base['NODE_ENV'];
  const upstreams = Object.assign({}, ...[...simulators.values()].map((sim) => sim.env())) as Record<string, string>;
  const args = [...(options.probe ? ['--expose-gc'] : []), '--import', 'tsx', ...(options.probe ? ['--import', PROBE] : []), 'src/index.ts'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // The upstream response cache is off: these rows measure what faults and slow upstreams do to
    // the gateway, and a cached answer would hide them.
    env: { ...base, ...upstreams, PORT: '0', LOG_LEVEL: options.logLevel ?? 'info', PARLEY_UPSTREAM_CACHE_TTL_S: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', ...(options.probe ? (['ipc'] as const) : [])],
  });
  const logs: LogScan = { lines: 0, errorLines: 0, canaries: 0, tail: [] };
  let onReady: (url: URL) => void = () => undefined;
  const ready = new Promise<URL>((resolveReady) => (onReady = resolveReady));
  scanLines(child.stdout, logs, false, (line) => {
    const url = /"url":"([^"]+)"/.exec(line)?.[1];
    if (url && line.includes('ready')) onReady(new URL(url));
  });
  scanLines(child.stderr, logs, true, () => undefined);
  const gateway: ChildGateway = {
    child,
    url: new URL('http://127.0.0.1/'),
    simulators,
    exit: undefined,
    exited: new Promise<Exit>((resolveExit) => {
      child.once('exit', (code, signal) => {
        gateway.exit = { code, signal, at: performance.now() };
        resolveExit(gateway.exit);
      });
    }),
    logs,
    memory: () => new Promise((resolveMemory) => {
      // A process that dies meanwhile answers nothing: that is a crash for the caller to report, not a hang.
      if (!child.connected) return resolveMemory(undefined);
      const gone = (): void => resolveMemory(undefined);
      child.once('exit', gone);
      child.once('message', (message) => {
        child.off('exit', gone);
        resolveMemory(message as MemoryUse);
      });
      child.send('memory', (error) => error && gone());
    }),
    async stop() {
      if (!gateway.exit) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const exit = await gateway.exited;
      clearTimeout(killer);
      await Promise.all([...simulators.values()].map((sim) => sim.stop()));
      return exit;
    },
  };
  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_, reject) => {
    // tsx transpiles the project on start: seconds on a busy 2-core machine, never a minute.
    timer = setTimeout(() => reject(new Error(`gateway not ready in 60 s: ${logs.tail.join('\n')}`)), 60_000);
    void gateway.exited.then((exit) => reject(new Error(`gateway exited before ready (${JSON.stringify(exit)}): ${logs.tail.join('\n')}`)));
  });
  try {
    gateway.url = await Promise.race([ready, failed]);
  } catch (error) {
    await gateway.stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return gateway;
}
