import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { Kind, parse, type DefinitionNode, type DocumentNode, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';
import { describeFederation } from './descriptions';
import { conversationReference, ENTITY_INTERFACE, type ConversationEntity, type ReferenceResolver } from './entities';

/** Federation 2.3 is the first version with entity interfaces (`@key` on an interface). */
export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

/** The key every conversation entity has: the global id, which alone locates it. */
const KEY_FIELDS = 'id';

export interface SubgraphOptions {
  /** False leaves `Query.node` out, for a supergraph where another subgraph owns Relay node. */
  relayNode: boolean;
}

// @apollo/subgraph does not export its resolver map type.
type Resolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

/**
 * Turns the schema type-graphql built into the Federation 2 subgraph schema Parley serves, the
 * way type-graphql's apollo-federation-2 example does: its SDL (with the `@Directive`s) plus the
 * federation link goes through `buildSubgraphSchema`, with type-graphql's resolvers, type
 * resolution, scalars and enum values carried over by `createResolversMap`. Runs once per
 * process; the served schema has the same resolvers, so a request costs what it did before.
 */
export function toSubgraphSchema(schema: GraphQLSchema, entities: readonly ConversationEntity[], options: SubgraphOptions): GraphQLSchema {
  const typeDefs = subgraphDocument(schema, options);
  assertEntityKeys(typeDefs, entities);
  // type-graphql's map is wider than it needs to be (resolver options it never emits here).
  const resolvers = createResolversMap(schema) as Resolvers;
  addReference(resolvers, ENTITY_INTERFACE, conversationReference(ENTITY_INTERFACE));
  for (const entity of entities) addReference(resolvers, entity.typeName, conversationReference(entity.typeName, entity));
  return describeFederation(buildSubgraphSchema({ typeDefs, resolvers }));
}

/** The subgraph's type definitions: federation link, every type with its directives. */
export function subgraphDocument(schema: GraphQLSchema, options: SubgraphOptions): DocumentNode {
  const document = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  if (options.relayNode) return document;
  return { ...document, definitions: document.definitions.map((definition) => withoutQueryField(definition, 'node')) };
}

/**
 * Start-up fails when a conversation type is not an entity: a supergraph could then not reach it
 * from other subgraphs, and @apollo/subgraph would refuse the entity interface anyway, in terms
 * of the interface rather than of the type to fix.
 */
export function assertEntityKeys(document: DocumentNode, entities: readonly ConversationEntity[]): void {
  for (const name of [ENTITY_INTERFACE, ...entities.map((entity) => entity.typeName)]) {
    const definition = document.definitions.find(
      (node) => (node.kind === Kind.OBJECT_TYPE_DEFINITION || node.kind === Kind.INTERFACE_TYPE_DEFINITION) && node.name.value === name,
    );
    if (!definition || !hasIdKey(definition)) {
      throw new Error(
        `${name} has no @key(fields: "${KEY_FIELDS}"): every conversation type is a Federation entity keyed by its global id. ` +
          `Add @Directive('@key(fields: "${KEY_FIELDS}")') above its @ObjectType (docs/adding-a-provider.md).`,
      );
    }
  }
}

function hasIdKey(definition: DefinitionNode): boolean {
  if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) return false;
  return (definition.directives ?? []).some(
    (directive) =>
      directive.name.value === 'key' &&
      (directive.arguments ?? []).some((arg) => arg.name.value === 'fields' && arg.value.kind === Kind.STRING && arg.value.value === KEY_FIELDS),
  );
}

function withoutQueryField(definition: DefinitionNode, field: string): DefinitionNode {
  if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== 'Query') return definition;
  return { ...definition, fields: definition.fields?.filter((node) => node.name.value !== field) };
}

type FieldResolvers = Record<string, GraphQLFieldResolver<unknown, unknown>>;

function addReference(resolvers: Resolvers, typeName: string, resolveReference: ReferenceResolver): void {
  // @apollo/subgraph's resolver map types every entry as a field resolver; `__resolveReference`
  // is called (reference, context, info), which those types do not model.
  const entry: FieldResolvers = { ...(resolvers[typeName] as FieldResolvers | undefined), __resolveReference: resolveReference as unknown as FieldResolvers[string] };
  resolvers[typeName] = entry;
}
