import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { getNamedType, isCompositeType, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import type { Context } from '../context';

/** How long clients (and Parley's response cache) may reuse an answer, per kind of type. */
export interface CacheHintPolicy {
  /** Conversations and everything in them: messages, participants, provider objects (seconds; 0: never). */
  dataMaxAge: number;
  /** What describes a configured provider (name, mode): changes only when Parley restarts. */
  metadataMaxAge: number;
  /**
   * The credential a request forwards upstream, when Parley forwards one. Parley does not today:
   * every provider is called with the credentials in Parley's environment, so every client gets
   * the same answer and responses are `public`. A request for which this returns a value gets
   * `private` (and its own response-cache entries, keyed by a fingerprint of it).
   */
  forwardedCredential?: (request: GraphQLRequest) => string | undefined;
}

/** Types that describe a provider rather than hold its conversations. */
export const METADATA_TYPES: ReadonlySet<string> = new Set(['ConversationProviderInfo']);

/** The max-age of one type under `policy`. Introspection is never cacheable (Apollo's default: 0 without a hint). */
function typeMaxAge(type: GraphQLNamedType, policy: CacheHintPolicy): number {
  if (type.name.startsWith('__')) return 0;
  return METADATA_TYPES.has(type.name) ? policy.metadataMaxAge : policy.dataMaxAge;
}

const scopeOf = (policy: CacheHintPolicy, request: GraphQLRequest): 'PUBLIC' | 'PRIVATE' =>
  policy.forwardedCredential?.(request) === undefined ? 'PUBLIC' : 'PRIVATE';

/** No hint seen yet: the least restrictive value, lowered by every composite type selected. */
const UNBOUNDED = Number.POSITIVE_INFINITY;

/**
 * The max-age of a document: the smallest hint of every composite type it selects (as Apollo's
 * cache-control plugin computes it field by field, scalars inheriting their parent's). Abstract
 * types count with their own hint, so the answer holds whichever member a field resolves to.
 */
export function documentMaxAge(schema: GraphQLSchema, document: DocumentNode, policy: CacheHintPolicy): number {
  const typeInfo = new TypeInfo(schema);
  let maxAge = UNBOUNDED;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD]() {
        const type = typeInfo.getType();
        if (!type) return;
        const named = getNamedType(type);
        if (isCompositeType(named)) maxAge = Math.min(maxAge, typeMaxAge(named, policy));
      },
    }),
  );
  // Only scalars at the root (`{ __typename }`): nothing that changes, but nothing worth a long life.
  return maxAge === UNBOUNDED ? policy.dataMaxAge : maxAge;
}

/**
 * Cache hints by type, computed once per parsed document instead of per resolved field.
 * Apollo's own cache-control plugin stays disabled: it wraps every field resolver of the schema
 * and builds a policy object per resolved field (measured: 8–9 % more CPU on a 20-conversation
 * listing; this plugin's cost was within the noise, docs/benchmarks.md). It gives the same headers — `Cache-Control: max-age=N, public`
 * (or `private`) when the answer has no errors and N > 0, `no-store` otherwise — and fills
 * `overallCachePolicy`, which @apollo/server-plugin-response-cache reads.
 */
export function cacheHintsPlugin(policy: CacheHintPolicy): ApolloServerPlugin<Context> {
  // Apollo keeps one DocumentNode per distinct query text, so this is one walk per query shape.
  const byDocument = new WeakMap<DocumentNode, number>();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, overallCachePolicy, request }) {
          let maxAge = byDocument.get(document);
          if (maxAge === undefined) {
            maxAge = documentMaxAge(schema, document, policy);
            byDocument.set(document, maxAge);
          }
          overallCachePolicy.restrict({ maxAge, scope: scopeOf(policy, request) });
          return Promise.resolve();
        },
        willSendResponse({ response, overallCachePolicy }) {
          const cacheable = overallCachePolicy.policyIfCacheable();
          const clean = response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set('cache-control', cacheable && clean ? `max-age=${cacheable.maxAge}, ${cacheable.scope.toLowerCase()}` : 'no-store');
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * The same hints through Apollo's own cache-control plugin, field by field. Not used by Parley:
 * kept so the benchmark can show what per-document hints save (`parley-cc-field` target).
 * Listed before Apollo's plugin because Apollo calls willResolveField hooks in reverse order,
 * and the field's cache-control handle exists only once Apollo's hook has run.
 */
/** What Apollo's cache-control plugin adds to `info` (@apollo/cache-control-types, not a direct dependency). */
type WithCacheControl = { cacheControl?: { setCacheHint(hint: { maxAge: number }): void } };

function perFieldCacheHintsPlugin(policy: CacheHintPolicy): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        executionDidStart() {
          return Promise.resolve({
            willResolveField({ info }) {
              const named = getNamedType(info.returnType);
              if (isCompositeType(named)) (info as WithCacheControl).cacheControl?.setCacheHint({ maxAge: typeMaxAge(named, policy) });
            },
          });
        },
        // Not before execution: Apollo's plugin takes a policy set that early for a response-cache
        // hit and stops collecting field hints. This hook runs before Apollo's header is computed.
        willSendResponse({ overallCachePolicy, request }) {
          overallCachePolicy.restrict({ scope: scopeOf(policy, request) });
          return Promise.resolve();
        },
      });
    },
  };
}

/** How cache hints are computed: per document (Parley), per field (Apollo's plugin), or not at all. */
export type CacheHintMode = 'per-document' | 'per-field' | 'off';

/** The plugins of a mode; only the benchmark asks for anything but `per-document`. */
export function cacheControlPlugins(policy: CacheHintPolicy, mode: CacheHintMode = 'per-document'): ApolloServerPlugin<Context>[] {
  if (mode === 'per-field') return [perFieldCacheHintsPlugin(policy), ApolloServerPluginCacheControl({ defaultMaxAge: 0 })];
  // Apollo's own plugin is installed unless disabled explicitly.
  if (mode === 'off') return [ApolloServerPluginCacheControlDisabled()];
  return [ApolloServerPluginCacheControlDisabled(), cacheHintsPlugin(policy)];
}
