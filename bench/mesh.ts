import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningTarget } from './load';
import type { Scenario } from './scenarios';

const MESH_DIR = join(__dirname, '..', '..', 'bench', 'mesh');

/** GraphQL Mesh is installed on demand in its own folder, so `npm ci` for Parley stays lean. */
export function meshAvailable(): boolean {
  return existsSync(join(MESH_DIR, 'node_modules', '.bin', 'mesh'));
}

export function startMesh(_env: Record<string, string>): Promise<RunningTarget> {
  return Promise.reject(new Error('GraphQL Mesh target not configured yet'));
}

/** The Mesh operation answering a scenario as closely as Mesh can, or why it cannot. */
export function meshBody(scenario: Scenario): { body: string; note?: string } | { unsupported: string } {
  return { unsupported: `no Mesh operation written for ${scenario.name} yet` };
}
