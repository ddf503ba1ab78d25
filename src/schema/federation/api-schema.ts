import { GraphQLObjectType, GraphQLSchema, isSpecifiedDirective, type GraphQLNamedType } from 'graphql';

/** Root fields @apollo/subgraph adds for routers; a supergraph never shows them to clients. */
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

/** `_Any`, `_Entity`, `_Service`, `link__Import`, `federation__FieldSet`, …: federation plumbing. */
function isFederationType(type: GraphQLNamedType): boolean {
  return (type.name.startsWith('_') && !type.name.startsWith('__')) || type.name.startsWith('link__') || type.name.startsWith('federation__');
}

/**
 * The served subgraph schema without its federation plumbing: what a client codes against,
 * whether it reaches Parley directly or through a supergraph (schema/schema.graphql, codegen).
 * Built for printing only; the served schema keeps `_entities` and `_service`.
 */
export function apiSchema(served: GraphQLSchema): GraphQLSchema {
  const config = served.toConfig();
  const query = served.getQueryType();
  if (!query) throw new Error('The served schema has no Query type');
  const queryConfig = query.toConfig();
  const fields = Object.fromEntries(Object.entries(queryConfig.fields).filter(([name]) => !FEDERATION_FIELDS.has(name)));
  return new GraphQLSchema({
    ...config,
    query: new GraphQLObjectType({ ...queryConfig, fields, astNode: undefined }),
    types: config.types.filter((type) => type !== query && !isFederationType(type)),
    directives: config.directives.filter(isSpecifiedDirective),
    astNode: undefined,
    extensionASTNodes: [],
  });
}
