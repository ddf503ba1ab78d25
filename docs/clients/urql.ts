import { Client, fetchExchange } from '@urql/core';
import { cacheExchange, type KeyingConfig } from '@urql/exchange-graphcache';
import type { IntrospectionQuery } from 'graphql';
import possibleTypes from '../../schema/possible-types.json';
import valueObjects from '../../schema/value-objects.json';

// A value object has no id: `null` tells graphcache to keep it inside its parent (no warning).
const keys: KeyingConfig = Object.fromEntries(valueObjects.map((typeName) => [typeName, () => null]));

/**
 * An urql client for Parley's `/graphql` at `url`, with a normalised cache (graphcache).
 * `schema` (introspection of schema/schema.graphql) turns on graphcache's schema awareness;
 * without it, the generated possible types still make fragments on unions match exactly.
 */
export function createParleyUrqlClient(url: string, schema?: IntrospectionQuery): Client {
  return new Client({
    url,
    // urql sends queries as GET by default; Parley's CSRF prevention refuses a GET without an
    // `apollo-require-preflight` header (see createParleyUrqlGetClient). POST needs nothing.
    preferGetMethod: false,
    exchanges: [cacheExchange(schema ? { schema, keys } : { possibleTypes, keys }), fetchExchange],
  });
}

/** GET instead (cacheable by HTTP caches): every request then carries the preflight header. */
export function createParleyUrqlGetClient(url: string): Client {
  return new Client({
    url,
    preferGetMethod: 'force',
    fetchOptions: { headers: { 'apollo-require-preflight': 'true' } },
    exchanges: [cacheExchange({ possibleTypes, keys }), fetchExchange],
  });
}
