import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { providerTypes } from '../providers/registry';
import { QueryResolver } from './query.resolver';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (type-graphql metadata is global anyway). */
export function buildParleySchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [QueryResolver],
    orphanedTypes: providerTypes(),
    validate: false,
  }).then((schema) => {
    // type-graphql has no option for the root type's description; Studio shows it on the Query tab.
    const query = schema.getQueryType();
    if (query) query.description = 'Read-only entry points: conversations by global id, Relay nodes, and the configured providers with their listings.';
    return schema;
  });
  return built;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printParleySchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildParleySchema()))}\n`;
}
