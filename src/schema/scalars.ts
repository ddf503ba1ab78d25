import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// RFC 3339 date-time: the offset and the fractional seconds are part of the value and are kept.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

function checked(value: unknown): string {
  if (typeof value === 'string' && RFC3339.test(value)) return value;
  throw new GraphQLError(`DateTime must be an RFC 3339 string such as 2024-01-01T00:00:00.123Z; got ${JSON.stringify(value)}`);
}

/**
 * ISO-8601 / RFC 3339 timestamps passed through exactly as the provider sent them.
 * graphql-scalars' DateTime rewrites values to UTC, which would drop the upstream offset.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An RFC 3339 timestamp (for example `2014-09-15T04:44:47+00:00`), as sent by the provider: offset and fractional seconds are kept.',
  serialize: checked,
  parseValue: checked,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime literals must be strings');
    return checked(ast.value);
  },
});

/** True when a provider value can be exposed as DateTime; wire parsers reject anything else. */
export function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && RFC3339.test(value);
}
