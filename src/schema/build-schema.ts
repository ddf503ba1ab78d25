import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { adapters } from '../providers/registry';
import { guardFields } from './field-guard';
import { defineProviderEnum } from './provider-enum';
import { QueryResolver } from './query.resolver';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (type-graphql metadata is global anyway). */
export function buildParleySchema(): Promise<GraphQLSchema> {
  built ??= build();
  return built;
}

async function build(): Promise<GraphQLSchema> {
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
  return guardFields(schema);
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printParleySchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildParleySchema()))}\n`;
}
