import { join } from 'node:path';

/**
 * The GraphQL Mesh configuration for the benchmark: one `jsonSchema` source per provider, types
 * derived from committed response samples, joins written as `additionalTypeDefs` +
 * `additionalResolvers` the way the Mesh docs show.
 */


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

/** A GET operation typed from the response sample `<samples>/<sample>.json`. */
const operationsIn =
  (samples: string) =>
  (field: string, path: string, sample: string, typeName: string, extra: Partial<JsonSchemaOperation> = {}): JsonSchemaOperation => ({
    type: 'Query', field, path, method: 'GET', responseSample: join(samples, `${sample}.json`), responseTypeName: typeName, ...extra,
  });

/**
 * The Mesh config for the simulators in `env`. Base URLs and path ids are written literally (the
 * simulators' ports change per run); credentials stay `{env.X}` references that Mesh interpolates
 * per request from its own environment, as a real deployment would keep them out of the file.
 */
export function meshConfig(env: Record<string, string>, port: number, samples: string, merger: MeshMerger = 'bare'): MeshConfig {
  const get = operationsIn(samples);
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

