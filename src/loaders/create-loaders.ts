import DataLoader from 'dataloader';
import { toError } from '../errors/parley-error';
import type { Gateway, ProviderRuntime } from '../gateway';
import type { UpstreamResponse } from '../http/http-client';
import type { Operation } from '../http/operation';
import type { ProviderIO } from '../kit/contract';
import type { CommonConversation } from '../schema/conversation.interface';
import type { OperationSelection } from './selection';

/**
 * Per-request loaders. Created fresh for every operation (never shared: caches hold data
 * fetched with the gateway's credentials and must not outlive the request). Cache keys include
 * the credential identity, so a future per-client credential can never read another's entry.
 */
export interface Loaders {
  /** Conversations by `<slug>:<canonical key>`. */
  conversation: DataLoader<string, CommonConversation, string>;
  /** Per-provider IO bound to this request's resource loader. */
  io(runtime: ProviderRuntime): ProviderIO;
  /** Caches a listed conversation under its canonical key, so selecting its details costs nothing. */
  primeListed(runtime: ProviderRuntime, conversation: CommonConversation): void;
}

/** What the loaders may do to save upstream requests. Always all of it, except in the benchmark baseline. */
export interface LoaderPolicy {
  /** One fetch per key and operation (DataLoader cache). */
  dedupe: boolean;
  /** Serve embedded objects instead of fetching them. */
  prime: boolean;
  /** Let providers read the operation's selection ahead of time. */
  lookahead: boolean;
}

export const EFFICIENT: LoaderPolicy = { dedupe: true, prime: true, lookahead: true };

/** The benchmark's "naive resolver" baseline: every field fetches for itself. Not for serving. */
export const NAIVE: LoaderPolicy = { dedupe: false, prime: false, lookahead: false };

export interface LoaderScope {
  policy?: LoaderPolicy;
  gateway: Gateway;
  /** Counts requests actually sent upstream (cache misses), for the request log. */
  stats: { upstreamRequests: number };
  /**
   * The operation's deadline, client-disconnect signal and upstream request cap. Every request
   * the loaders issue is counted against the cap before it is sent and ends with the operation.
   */
  operation?: Operation;
  /** The operation's selection, once a root resolver has computed it. */
  selection(): OperationSelection | undefined;
  /** Metrics: the size of each batch a loader dispatches (`parley_dataloader_batch_size`). */
  onBatch?: (loader: 'conversation' | 'resource', size: number) => void;
}

export function createLoaders(scope: LoaderScope): Loaders {
  const { dedupe } = scope.policy ?? EFFICIENT;
  const ios = new Map<string, ProviderIO>();
  const io = (runtime: ProviderRuntime): ProviderIO => {
    let existing = ios.get(runtime.adapter.identity.slug);
    if (!existing) {
      existing = createProviderIO(runtime, scope, () => conversation);
      ios.set(runtime.adapter.identity.slug, existing);
    }
    return existing;
  };
  const conversation: DataLoader<string, CommonConversation, string> = new DataLoader(
    (keys) => {
      scope.onBatch?.('conversation', keys.length);
      return Promise.all(
        keys.map(async (key) => {
          const slug = key.slice(0, key.indexOf(':'));
          const runtime = scope.gateway.get(slug);
          try {
            return await runtime.client.fetchConversation(key.slice(slug.length + 1), io(runtime));
          } catch (error) {
            return toError(error);
          }
        }),
      );
    },
    {
      cache: dedupe,
      batch: dedupe,
      cacheKeyFn: (key) => {
        const slug = key.slice(0, key.indexOf(':'));
        return `${scope.gateway.get(slug).client.http.identity}|${key}`;
      },
    },
  );
  const primeListed = (runtime: ProviderRuntime, listed: CommonConversation): void => {
    if (!(scope.policy ?? EFFICIENT).prime) return;
    const { slug } = runtime.adapter.identity;
    let key: string;
    try {
      key = runtime.client.parseKey(listed.id.slice(slug.length + 1));
    } catch {
      // Priming only saves a request: a listed id Parley cannot read back is simply not cached.
      return;
    }
    conversation.prime(`${slug}:${key}`, listed);
  };
  return { conversation, io, primeListed };
}

function createProviderIO(
  runtime: ProviderRuntime,
  scope: LoaderScope,
  conversations: () => DataLoader<string, CommonConversation, string>,
): ProviderIO {
  const { http } = runtime.client;
  const { slug } = runtime.adapter.identity;
  const policy = scope.policy ?? EFFICIENT;
  // Keyed by canonical absolute URL; one loader per provider, so the identity is fixed per loader.
  const resources = new DataLoader<string, UpstreamResponse, string>(
    (hrefs) => {
      scope.onBatch?.('resource', hrefs.length);
      const { operation } = scope;
      return Promise.all(
        hrefs.map(async (href) => {
          try {
            operation?.admit(slug);
          } catch (error) {
            return toError(error);
          }
          scope.stats.upstreamRequests += 1;
          return http.getJson(new URL(href), operation ? { operation } : {}).catch(toError);
        }),
      );
    },
    { cacheKeyFn: (href) => `${http.identity}|${href}`, cache: policy.dedupe, batch: policy.dedupe },
  );
  const canonical = (url: URL | string): string => (typeof url === 'string' ? http.resolve(url) : http.resolve(url.href)).href;
  return {
    baseUrl: http.baseUrl,
    get: (url) => resources.load(canonical(url)),
    prime(url, body) {
      if (!policy.prime) return;
      let href: string;
      try {
        href = canonical(url);
      } catch {
        // Priming only saves a request: an embedded object with a foreign id is simply not cached.
        return;
      }
      resources.prime(href, { url: href, status: 200, body, headers: { get: () => null }, redirectedFrom: [] });
    },
    resolve: (link, base) => http.resolve(link, base),
    primeConversation: (key, conversation) => {
      if (policy.prime) conversations().prime(`${slug}:${key}`, conversation);
    },
    selects: (typeName, field) => policy.lookahead && (scope.selection()?.selects(typeName, field) ?? false),
    get lookahead() {
      return policy.lookahead && scope.selection() !== undefined;
    },
  };
}
