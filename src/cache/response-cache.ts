import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePluginOf from '@apollo/server-plugin-response-cache';
import { ConfigError } from '../config-error';
import type { Context } from '../context';
import type { Gateway } from '../gateway';
import { readOptional, readWhole, type Env } from '../kit/env';
import type { CacheHintPolicy } from '../plugins/cache-hints.plugin';

/** Client-facing caching (README, "Response caching"). */
export interface ResponseCacheSettings {
  /** PARLEY_RESPONSE_CACHE=on: whole answers are kept in the shared store for their max-age. */
  enabled: boolean;
  /** PARLEY_RESPONSE_MAX_AGE_S: max-age of answers holding conversation data; 0 makes them uncacheable. */
  dataMaxAge: number;
  /** Answers that only describe providers (name, mode): fixed, they change only on a restart. */
  metadataMaxAge: number;
}

export const RESPONSE_CACHE_ENV = { enabled: 'PARLEY_RESPONSE_CACHE', dataMaxAge: 'PARLEY_RESPONSE_MAX_AGE_S' } as const;

/** A few seconds, like the upstream cache's default TTL: a support inbox shows new messages soon. */
export const RESPONSE_CACHE_DEFAULTS: ResponseCacheSettings = { enabled: false, dataMaxAge: 5, metadataMaxAge: 300 };

export function readResponseCacheSettings(env: Env): ResponseCacheSettings {
  const name = RESPONSE_CACHE_ENV.enabled;
  const enabled = readOptional(env, name)?.toLowerCase() ?? 'off';
  if (enabled !== 'on' && enabled !== 'off') throw new ConfigError(name, 'must be on or off');
  return {
    enabled: enabled === 'on',
    dataMaxAge: readWhole(env, RESPONSE_CACHE_ENV.dataMaxAge, RESPONSE_CACHE_DEFAULTS.dataMaxAge, 0, 86_400),
    metadataMaxAge: RESPONSE_CACHE_DEFAULTS.metadataMaxAge,
  };
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * What every answer of this process depends on besides the operation: each provider's upstream
 * and the fingerprint of the credential Parley calls it with. Part of every response-cache key,
 * so replicas share entries exactly when they would have fetched the same data, and a rotated
 * credential, another account or another upstream never reads an old answer.
 */
export function credentialKey(gateway: Gateway): string {
  const parts = gateway.runtimes.map((r) => `${r.adapter.identity.slug}|${r.client.http.baseUrl.href}|${r.client.http.identity}`);
  return sha256(parts.sort().join('\n'));
}

/** A client asking for a fresh answer (`Cache-Control: no-cache`) skips the lookup; the answer is still stored. */
function wantsFresh(requestContext: GraphQLRequestContext<Context>): boolean {
  return /(^|,)\s*no-cache\s*(,|$)/i.test(requestContext.request.http?.headers.get('cache-control') ?? '');
}

/**
 * @apollo/server-plugin-response-cache on Apollo Server's own `cache` (the shared store: Redis
 * with PARLEY_REDIS_URL, so every replica reads what another stored; its failures are misses).
 * Entries live for the answer's max-age (the cache hints); answers with errors are never stored.
 * Keys: the operation text, its variables, `credentialKey` and, when a request forwards its own
 * credential (policy.forwardedCredential), that credential's SHA-256 as the session id, so a
 * `private` answer is only ever read back with the same credential.
 */
export function responseCachePlugin(gateway: Gateway, policy: Pick<CacheHintPolicy, 'forwardedCredential'>): ApolloServerPlugin<Context> {
  const extra = credentialKey(gateway);
  return responseCachePluginOf<Context>({
    sessionId: (requestContext) => {
      const credential = policy.forwardedCredential?.(requestContext.request);
      return Promise.resolve(credential === undefined ? null : sha256(credential));
    },
    extraCacheKeyData: () => Promise.resolve(extra),
    shouldReadFromCache: (requestContext) => Promise.resolve(!wantsFresh(requestContext)),
  });
}
