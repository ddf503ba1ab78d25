import { isObjectType, type GraphQLSchema } from 'graphql';

/** Descriptions for what @apollo/subgraph adds undescribed, since a standalone IDE shows it too. */
const FEDERATION_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'Query._entities': 'Federation: the conversations a router asks for by representation (`{ __typename, id }`), through the same loaders as `conversations(ids:)`. Not for clients.',
  'Query._entities.representations': 'Entity representations, each `{ __typename, id }` with a global id of the provider its type names.',
  'Query._service': "Federation: this subgraph's SDL, for routers and `rover subgraph introspect`.",
  _Any: 'Federation: an entity representation.',
  _Entity: 'Federation: every entity type of this subgraph.',
  _Service: 'Federation: the subgraph service.',
  '_Service.sdl': 'The subgraph SDL, with its federation directives.',
  link__Import: 'Federation: an element a `@link` imports.',
  link__Purpose: 'Federation: what a linked spec is for.',
  federation__FieldSet: 'Federation: a selection of fields, such as a `@key`.',
};

/** Sets those descriptions on the built schema (introspection only: the SDL is printed before). */
export function describeFederation(schema: GraphQLSchema): GraphQLSchema {
  for (const [path, description] of Object.entries(FEDERATION_DESCRIPTIONS)) {
    const [typeName = '', fieldName, argName] = path.split('.');
    const type = schema.getType(typeName);
    if (!type) continue;
    if (fieldName === undefined) {
      type.description = description;
      continue;
    }
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    const target = argName === undefined ? field : field?.args.find((arg) => arg.name === argName);
    if (target) target.description = description;
  }
  return schema;
}
