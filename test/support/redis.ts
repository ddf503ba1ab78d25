import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/**
 * A real `redis-server` (Debian's package) on a free loopback port, for the shared-cache tests:
 * no persistence, no daemon, stopped by the suite. A missing binary fails the suite with a
 * message saying what to install; it is never a reason to skip.
 */
export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** SIGKILL, as a crash or an unplugged host would: no goodbye to the clients. */
  kill(): Promise<void>;
  /** Starts again on the same port (empty: nothing was saved). */
  restart(): Promise<void>;
  /** SIGSTOP: the server keeps its connections but answers nothing (a stalled or swapping host). */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

const BINARY = 'redis-server';
const READY = /ready to accept connections/i;
const START_TIMEOUT_MS = 10_000;

function findBinary(): string {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, BINARY);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new Error(
    `${BINARY} is not installed (not on PATH): the shared-cache tests need a real Redis. ` +
      'Install Debian\'s package (apt-get install -y redis-server; .ci/run does this before npm test).',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function launch(binary: string, port: number): Promise<ChildProcess> {
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${BINARY} did not start on port ${port} within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (READY.test(output)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        // Keep draining so a chatty server never blocks on a full pipe.
        child.stdout?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${BINARY} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

export async function startRedis(): Promise<RedisServer> {
  const binary = findBinary();
  let port = 0;
  let child: ChildProcess | undefined;
  // Another process may take the probed port before Redis binds it: try a few.
  for (let attempt = 0; child === undefined; attempt += 1) {
    port = await freePort();
    try {
      child = await launch(binary, port);
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
  let current: ChildProcess = child;
  const signal = async (name: NodeJS.Signals): Promise<void> => {
    current.kill('SIGCONT');
    current.kill(name);
    await exited(current);
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill: () => signal('SIGKILL'),
    async restart() {
      current = await launch(binary, port);
    },
    pause: () => void current.kill('SIGSTOP'),
    resume: () => void current.kill('SIGCONT'),
    stop: () => signal('SIGTERM'),
  };
}
