import { GraphQLNonNull, GraphQLObjectType, defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { DEFECTS, fieldError, type WithDefects } from '../kit/defects';

/**
 * Wraps every object field so that a field whose upstream part could not be read (recorded on
 * the built object by its mapper) resolves to an error at its own path: a query that selects it
 * gets null there plus PROVIDER_BAD_RESPONSE, a query that does not select it gets nothing. The
 * check is one symbol lookup on the parent, so a healthy payload costs next to nothing.
 * Non-null fields are left alone: an error there would null the parent (the conversation), the
 * opposite of tolerant reading; their mappers give a fallback (`UNKNOWN`) and keep the raw value.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!(field.type instanceof GraphQLNonNull)) field.resolve = guarded(field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}

function guarded(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const defects = typeof source === 'object' && source !== null ? (source as WithDefects)[DEFECTS] : undefined;
    if (defects !== undefined) {
      const error = fieldError(defects, info.fieldName);
      if (error) throw error;
    }
    return resolve(source, args, context, info);
  };
}
