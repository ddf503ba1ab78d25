import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningTarget } from './load';

const MESH_DIR = join(__dirname, '..', '..', 'bench', 'mesh');

/** GraphQL Mesh is installed on demand in its own folder, so `npm ci` for Parley stays lean. */
export function meshAvailable(): boolean {
  return existsSync(join(MESH_DIR, 'node_modules', '.bin', 'mesh'));
}

export function startMesh(_env: Record<string, string>): Promise<RunningTarget> {
  return Promise.reject(new Error('GraphQL Mesh target not configured yet'));
}
