import type { ChildProcess } from 'node:child_process';
import { freePort, isListening, waitUntil } from './ports';
import { spawnOwned, stopChild } from './child';

export interface LocalRedis {
  port: number;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts Debian's `redis-server` on a free loopback port as a pure cache: no RDB snapshots, no
 * append-only file, nothing written to disk, bounded memory with LRU eviction.
 */
export async function startRedis(binary = 'redis-server'): Promise<LocalRedis> {
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory', '256mb', '--maxmemory-policy', 'volatile-lru'];
  const child = spawnOwned(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new Error(`${binary} could not start (${error.message}): install Debian's redis-server package`)));
    child.once('exit', (code) => reject(new Error(`${binary} exited with ${code} before listening: ${output.slice(-500)}`)));
  });
  failed.catch(() => undefined);
  try {
    await Promise.race([waitUntil(() => isListening(port), 10_000, `redis-server listening on ${port}`), failed]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { port, url: `redis://127.0.0.1:${port}`, child, stop: () => stopChild(child, 3000) };
}
