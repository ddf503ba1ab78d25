import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cpuTime, peakMemory, stopChild, type RunningTarget } from './load';
import type { Scenario } from './scenarios';

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

// ---------------------------------------------------------------------------------------------
// Configuration

interface JsonSchemaOperation {
  type: 'Query';
  field: string;
  path: string;
  method: 'GET';
  responseSample: string;
  responseTypeName: string;
  argTypeMap?: Record<string, { type: 'string' | 'integer'; enum?: string[] }>;
  queryParamArgMap?: Record<string, string>;
}

interface MeshSource {
  name: string;
  handler: { jsonSchema: { endpoint: string; operationHeaders: Record<string, string>; operations: JsonSchemaOperation[] } };
}

interface MeshResolver {
  targetTypeName: string;
  targetFieldName: string;
  sourceName: string;
  sourceTypeName: 'Query';
  sourceFieldName: string;
  requiredSelectionSet: string;
  sourceArgs: Record<string, string>;
}

export type MeshMerger = 'bare' | 'stitching';

/** The subset of Mesh's `.meshrc` this target uses (written as `.meshrc.json`, which Mesh reads like YAML). */
export interface MeshConfig {
  sources: MeshSource[];
  additionalTypeDefs: string;
  additionalResolvers: MeshResolver[];
  plugins: Record<string, Record<string, never>>[];
  merger: MeshMerger;
  serve: { fork: false; hostname: string; port: number; browser: false; playground: false };
}

function required(env: Record<string, string>, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`mesh: ${name} is not set (is the provider's simulator running?)`);
  return value;
}

const get = (field: string, path: string, sample: string, typeName: string, extra: Partial<JsonSchemaOperation> = {}): JsonSchemaOperation => ({
  type: 'Query', field, path, method: 'GET', responseSample: join(SAMPLES, `${sample}.json`), responseTypeName: typeName, ...extra,
});

/**
 * The Mesh config for the simulators in `env`. Base URLs and path ids are written literally (the
 * simulators' ports change per run); credentials stay `{env.X}` references that Mesh interpolates
 * per request from its own environment, as a real deployment would keep them out of the file.
 */
export function meshConfig(env: Record<string, string>, port: number, merger: MeshMerger = 'bare'): MeshConfig {
  const layerUser = `/apps/${required(env, 'LAYER_APP_ID')}/users/${required(env, 'LAYER_USER_ID')}`;
  const sources: MeshSource[] = [
    {
      name: 'HelpScout',
      handler: {
        jsonSchema: {
          endpoint: required(env, 'HELPSCOUT_BASE_URL'),
          operationHeaders: { Authorization: 'Bearer {env.HELPSCOUT_TOKEN}', Accept: 'application/hal+json, application/json' },
          operations: [
            // `embed: threads` is Help Scout's own way to get the threads in the same response.
            get('helpScoutConversation', '/v2/conversations/{args.id}', 'helpscout-conversation', 'HelpScoutConversation', {
              argTypeMap: { id: { type: 'integer' }, embed: { type: 'string', enum: ['threads'] } },
              queryParamArgMap: { embed: 'embed' },
            }),
            get('helpScoutThreads', '/v2/conversations/{args.conversationId}/threads', 'helpscout-threads', 'HelpScoutThreadPage', {
              argTypeMap: { conversationId: { type: 'integer' }, page: { type: 'integer' } },
              queryParamArgMap: { page: 'page' },
            }),
            // status=all as Parley lists (Help Scout's default is `active`).
            get('helpScoutConversations', '/v2/conversations?status=all', 'helpscout-conversations', 'HelpScoutConversationPage', {
              argTypeMap: { page: { type: 'integer' } },
              queryParamArgMap: { page: 'page' },
            }),
          ],
        },
      },
    },
    {
      name: 'TextUs',
      handler: {
        jsonSchema: {
          endpoint: required(env, 'TEXTUS_BASE_URL'),
          operationHeaders: { Authorization: 'Bearer {env.TEXTUS_TOKEN}', Accept: 'application/vnd.textus+jsonld' },
          operations: [get('textUsConversation', '/conversations/{args.slug}', 'textus-conversation', 'TextUsConversation')],
        },
      },
    },
    {
      name: 'Bird',
      handler: {
        jsonSchema: {
          endpoint: required(env, 'BIRD_BASE_URL'),
          operationHeaders: { Authorization: 'AccessKey {env.BIRD_ACCESS_KEY}', Accept: 'application/json' },
          operations: [
            get('birdConversation', `/workspaces/${required(env, 'BIRD_WORKSPACE_ID')}/conversations/{args.id}`, 'bird-conversation', 'BirdConversation'),
          ],
        },
      },
    },
    {
      name: 'Layer',
      handler: {
        jsonSchema: {
          endpoint: required(env, 'LAYER_BASE_URL'),
          operationHeaders: { Authorization: 'Bearer {env.LAYER_TOKEN}', Accept: 'application/vnd.layer+json; version=1.0' },
          // The user perspective, as Parley reads Layer (LAYER_USER_ID set).
          operations: [get('layerConversation', `${layerUser}/conversations/{args.id}`, 'layer-conversation', 'LayerConversation')],
        },
      },
    },
    {
      name: 'MailPerformance',
      handler: {
        jsonSchema: {
          endpoint: required(env, 'MAILPERFORMANCE_BASE_URL'),
          operationHeaders: { 'x-key': '{env.MAILPERFORMANCE_API_KEY}', Accept: 'application/json' },
          operations: [
            get('mailPerformanceMessage', '/messages/{args.id}', 'mailperformance-message', 'MailPerformanceMessage'),
            get('mailPerformanceAction', '/actions/{args.id}', 'mailperformance-action', 'MailPerformanceAction'),
          ],
        },
      },
    },
  ];
  return {
    sources,
    // The joins a Mesh user writes by hand: Mesh follows no HAL link or foreign key on its own.
    additionalTypeDefs: [
      'extend type HelpScoutConversation { threadPage(page: Int): HelpScoutThreadPage }',
      'extend type MailPerformanceMessage { action: MailPerformanceAction }',
    ].join('\n'),
    additionalResolvers: [
      {
        targetTypeName: 'HelpScoutConversation', targetFieldName: 'threadPage',
        sourceName: 'HelpScout', sourceTypeName: 'Query', sourceFieldName: 'helpScoutThreads',
        requiredSelectionSet: '{ id }', sourceArgs: { conversationId: '{root.id}', page: '{args.page}' },
      },
      {
        targetTypeName: 'MailPerformanceMessage', targetFieldName: 'action',
        sourceName: 'MailPerformance', sourceTypeName: 'Query', sourceFieldName: 'mailPerformanceAction',
        requiredSelectionSet: '{ actionId }', sourceArgs: { id: '{root.actionId}' },
      },
    ],
    // Per-request dedup of identical GETs (Mesh's counterpart of Parley's per-request DataLoader
    // cache): the multi-get's MailPerformance messages share actions.
    plugins: [{ deduplicateRequest: {} }],
    // The sources share no type, so the bare merger (plain schema merge, resolvers called
    // directly) is enough; Mesh's default stitching merger delegates every root field through a
    // proxy schema and cost about twice the CPU per upstream call here. MESH_MERGER=stitching
    // measures the default.
    merger,
    // fork: false → one process, like Parley's target (`mesh start` otherwise forks one worker per core).
    serve: { fork: false, hostname: '127.0.0.1', port, browser: false, playground: false },
  };
}

// ---------------------------------------------------------------------------------------------
// Process

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
export async function startMesh(env: Record<string, string>): Promise<RunningTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-mesh-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    symlinkSync(join(MESH_DIR, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const port = await freePort();
    const merger: MeshMerger = process.env['MESH_MERGER'] === 'stitching' ? 'stitching' : 'bare';
    writeFileSync(join(dir, '.meshrc.json'), JSON.stringify(meshConfig(env, port, merger), null, 2));
    // FORK=0 too: `mesh start` sets NODE_ENV=production, whose default is one fork per core.
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, FORK: '0', DEBUG: '' };
    await run(['build', '--dir', dir], dir, childEnv);
    const child = spawn(process.execPath, [MESH_BIN, 'start', '--dir', dir, '--port', String(port)], { cwd: dir, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
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

// ---------------------------------------------------------------------------------------------
// Operations

const HS_PERSON = 'id type first last email';

/** Help Scout 123, common fields: what Parley maps its common fields from (number → web URL, threads = count). */
const ONE_COMMON = `query One($id: Int!) { helpScoutConversation(id: $id) {
  id number subject status type createdAt userUpdatedAt closedAt preview threads
  customerWaitingSince { time } _links { web { href } } } }`;

/** One request: `embed=threads` brings threads with their `createdBy` (the sender) and the person summaries. */
const ONE_DEEP = `query Deep($id: Int!) { helpScoutConversation(id: $id, embed: threads) {
  id subject
  primaryCustomer { ${HS_PERSON} } createdBy { ${HS_PERSON} } assignee { ${HS_PERSON} } closedByUser { ${HS_PERSON} }
  _embedded { threads { id type body createdAt createdBy { ${HS_PERSON} } } } } }`;

/** Page 1 of the list: Help Scout's page size is 25, which Mesh cannot cut to 20. */
const LIST = `query List { helpScoutConversations(page: 1) { _embedded { conversations {
  id subject primaryCustomer { ${HS_PERSON} } createdBy { ${HS_PERSON} } assignee { ${HS_PERSON} } } } } }`;

type Provider = 'helpscout' | 'textus' | 'bird' | 'layer' | 'mailperformance';

/** Per provider: the root field, how the native id becomes its argument, and the fields behind Parley's `id provider subject status createdAt`. */
const MULTI_FIELDS: Record<Provider, { field: string; arg: (native: string) => string; selection: string }> = {
  helpscout: { field: 'helpScoutConversation', arg: (n) => `id: ${Number(n)}`, selection: 'id subject status createdAt' },
  textus: { field: 'textUsConversation', arg: (n) => `slug: ${JSON.stringify(n)}`, selection: 'id slug currentState' },
  bird: { field: 'birdConversation', arg: (n) => `id: ${JSON.stringify(n)}`, selection: 'id name status createdAt' },
  layer: { field: 'layerConversation', arg: (n) => `id: ${JSON.stringify(n)}`, selection: 'id created_at' },
  // Subject lives on the action: the `action` join adds one GET per message.
  mailperformance: { field: 'mailPerformanceMessage', arg: (n) => `id: ${JSON.stringify(n)}`, selection: 'id events { type date } action { content { subject } }' },
};

const isProvider = (slug: string): slug is Provider => slug in MULTI_FIELDS;

/** One aliased root field per id: Mesh has no list-by-ids field and no cross-provider union. */
function multiQuery(ids: readonly string[]): string | { unsupported: string } {
  const fields: string[] = [];
  for (const [i, id] of ids.entries()) {
    const colon = id.indexOf(':');
    const slug = id.slice(0, colon);
    const native = id.slice(colon + 1);
    if (colon < 0 || !isProvider(slug)) return { unsupported: `no Mesh source for id ${id}` };
    const { field, arg, selection } = MULTI_FIELDS[slug];
    fields.push(`  c${i}: ${field}(${arg(native)}) { ${selection} }`);
  }
  return `query Multi {\n${fields.join('\n')}\n}`;
}

const NOTES: Record<string, string> = {
  'one-common': 'raw Help Scout fields; no global id, no normalised status/channel enums (mapping is client-side)',
  'one-deep': 'embed=threads in one GET; participants are four raw person fields (not deduplicated), thread body is HTML, no paging (first: 20)',
  'list-20': 'returns the upstream page of 25 (Mesh cannot slice to 20 without custom resolver code); participants are raw person fields',
  'multi-50': '50 aliased per-provider root fields (no union, no global ids); MailPerformance subject via an additionalResolvers join (GET /actions per distinct action, deduplicated by the plugin); raw statuses, no normalisation',
};

/** The Mesh operation answering a scenario as closely as Mesh can, or why it cannot. */
export function meshBody(scenario: Scenario): { body: string; note?: string } | { unsupported: string } {
  const note = NOTES[scenario.name];
  const withNote = (query: string, variables: Record<string, unknown> = {}): { body: string; note?: string } => ({
    body: JSON.stringify({ query, variables }),
    ...(note ? { note } : {}),
  });
  switch (scenario.name) {
    case 'one-common':
    case 'one-deep': {
      const raw = scenario.variables?.['id'];
      const id = typeof raw === 'string' ? raw : '';
      if (!id.startsWith('helpscout:')) return { unsupported: `the Mesh operation is written for Help Scout ids, got ${id}` };
      return withNote(scenario.name === 'one-common' ? ONE_COMMON : ONE_DEEP, { id: Number(id.slice('helpscout:'.length)) });
    }
    case 'list-20':
      if (scenario.variables?.['name'] !== 'HELP_SCOUT') return { unsupported: 'only the Help Scout list is configured in Mesh' };
      return withNote(LIST);
    case 'multi-50': {
      const ids = scenario.variables?.['ids'];
      if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) return { unsupported: 'multi-50 has no ids' };
      const query = multiQuery(ids);
      return typeof query === 'string' ? withNote(query) : query;
    }
    default:
      return { unsupported: `no Mesh operation written for ${scenario.name}` };
  }
}
