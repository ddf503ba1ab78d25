import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type ClassType } from 'type-graphql';
import { adapters } from '../providers/registry';
import { apiSchema } from './federation/api-schema';
import type { ConversationEntity } from './federation/entities';
import { subgraphDocument, toSubgraphSchema } from './federation/subgraph';
import { guardFields } from './field-guard';
import { defineProviderEnum } from './provider-enum';
import { QueryResolver } from './query.resolver';

export interface SchemaOptions {
  /** `Query.node` in the schema (default); false when another subgraph owns Relay node (PARLEY_RELAY_NODE=off). */
  relayNode?: boolean;
}

let typed: Promise<GraphQLSchema> | undefined;
const served = new Map<boolean, Promise<GraphQLSchema>>();

/**
 * The schema Parley serves: a Federation 2 subgraph. Built once per process and setting
 * (type-graphql metadata is global anyway); a conversation type without its `@key` makes this
 * reject, so start-up fails.
 */
export function buildParleySchema(options: SchemaOptions = {}): Promise<GraphQLSchema> {
  const relayNode = options.relayNode ?? true;
  let schema = served.get(relayNode);
  if (!schema) {
    schema = buildTyped().then((built) => guardFields(toSubgraphSchema(built, conversationEntities(), { relayNode })));
    served.set(relayNode, schema);
  }
  return schema;
}

function buildTyped(): Promise<GraphQLSchema> {
  typed ??= (async () => {
    // Parley uses no type-graphql middlewares or auth checker, so plain fields can resolve with
    // graphql's default resolver instead of type-graphql's middleware wrapper (measured: see
    // docs/benchmarks.md). Method fields (links, connections) keep their own resolvers.
    for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
    defineProviderEnum(adapters.map((adapter) => adapter.identity));
    const orphanedTypes = adapters.flatMap((adapter) => [adapter.conversationType, ...adapter.types]);
    const schema = await buildSchema({ resolvers: [QueryResolver], orphanedTypes, validate: false });
    // type-graphql has no option for the root type's description; Studio shows it on the Query tab.
    const query = schema.getQueryType();
    if (query) query.description = 'Read-only entry points: conversations by global id, Relay nodes, and the configured providers with their listings.';
    return schema;
  })();
  return typed;
}

/** Each registered provider's conversation type, by the GraphQL name type-graphql gave it. */
function conversationEntities(): ConversationEntity[] {
  const names = new Map<ClassType, string>(getMetadataStorage().objectTypes.map((objectType) => [objectType.target as ClassType, objectType.name]));
  return adapters.map((adapter) => {
    const typeName = names.get(adapter.conversationType);
    if (!typeName) throw new Error(`${adapter.conversationType.name} (${adapter.identity.slug}) is not a type-graphql @ObjectType`);
    return { typeName, type: adapter.conversationType };
  });
}

/** The API SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printParleySchema(options: SchemaOptions = {}): Promise<string> {
  return `${printSchema(lexicographicSortSchema(apiSchema(await buildParleySchema(options))))}\n`;
}

/**
 * The subgraph SDL as committed in schema/subgraph.graphql (what `rover subgraph check|publish`
 * take). Printed from a sorted copy so diffs show real changes only; the served
 * `_service { sdl }` is the same schema in registry order.
 */
export async function printSubgraphSdl(options: SchemaOptions = {}): Promise<string> {
  await buildParleySchema(options);
  const sorted = lexicographicSortSchema(await buildTyped());
  return `${printSubgraphSchema(buildSubgraphSchema(subgraphDocument(sorted, { relayNode: options.relayNode ?? true })))}\n`;
}
