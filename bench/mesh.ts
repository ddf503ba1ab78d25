import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cpuTime, peakMemory, stopChild, type RunningTarget } from './load';
import { meshConfig, type MeshMerger } from './mesh-config';

/**
 * GraphQL Mesh (v0 CLI, `@graphql-mesh/cli` + `@graphql-mesh/json-schema`) as a benchmark target:
 * one `jsonSchema` source per provider, types derived from committed response samples, joins
 * written as `additionalTypeDefs` + `additionalResolvers` the way the Mesh docs show. See
 * bench/mesh/README.md for what it cannot express.
 */

/** bench/mesh, found from both bench/ (ts-node, tsx) and dist/bench/ (the compiled runner). */
export const MESH_DIR = findMeshDir(__dirname);

function findMeshDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'bench', 'mesh');
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return join(from, 'mesh');
  }
}

const MESH_BIN = join(MESH_DIR, 'node_modules', '@graphql-mesh', 'cli', 'cjs', 'bin.js');
const SAMPLES = join(MESH_DIR, 'samples');

/** GraphQL Mesh is installed on demand in its own folder, so `npm ci` for Parley stays lean. */
export function meshAvailable(): boolean {
  return existsSync(join(MESH_DIR, 'node_modules', '.bin', 'mesh'));
}

/**
 * Installs bench/mesh from its lock file when missing (about a minute, needs the npm registry).
 * npm's own output goes to stderr: stdout carries the benchmark report.
 */
export function ensureMeshInstalled(): boolean {
  if (meshAvailable()) return true;
  console.error(`  mesh: installing into ${MESH_DIR} (npm ci)…`);
  try {
    execFileSync('npm', ['ci', '--prefix', MESH_DIR, '--no-audit', '--no-fund'], { stdio: ['ignore', 2, 2] });
  } catch (error) {
    console.error(`  mesh: install failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return meshAvailable();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MESH_BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`mesh ${args[0] ?? ''} exited with ${code}: ${output.slice(-3000)}`))));
  });
}

/** Polls until Mesh answers a trivial query (it prints no machine-readable READY line). */
async function waitReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`mesh start exited with ${child.exitCode}: ${output().slice(-3000)}`);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`mesh did not answer on ${url} within ${timeoutMs} ms: ${output().slice(-3000)}`);
}

/**
 * Writes the config into a fresh temp dir (node_modules linked from bench/mesh, so Mesh resolves
 * its handler there and the build output never lands in the work tree), runs `mesh build`, then
 * `mesh start` with forking off, and waits until /graphql answers.
 */
export async function startMesh(env: Record<string, string>, node: string = process.execPath): Promise<RunningTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-mesh-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    symlinkSync(join(MESH_DIR, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const port = await freePort();
    const merger: MeshMerger = process.env['MESH_MERGER'] === 'stitching' ? 'stitching' : 'bare';
    writeFileSync(join(dir, '.meshrc.json'), JSON.stringify(meshConfig(env, port, SAMPLES, merger), null, 2));
    // FORK=0 too: `mesh start` sets NODE_ENV=production, whose default is one fork per core.
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, FORK: '0', DEBUG: '' };
    await run(['build', '--dir', dir], dir, childEnv);
    const child = spawn(node, [MESH_BIN, 'start', '--dir', dir, '--port', String(port)], { cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    // Keep only the tail: Mesh logs per request at some levels and this runs for minutes.
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString()).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      await waitReady(url, child, () => output, 60_000);
    } catch (error) {
      await stopChild(child);
      throw error;
    }
    return {
      url,
      child,
      peakMemoryMiB: () => peakMemory(child.pid),
      cpuMs: () => cpuTime(child.pid),
      stop: async () => {
        await stopChild(child);
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}

export { meshBody } from './mesh-operations';
