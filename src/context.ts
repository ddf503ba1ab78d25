import { randomUUID } from 'node:crypto';
import type { Gateway } from './gateway';
import { Operation } from './http/operation';
import type { LinkContext, ProviderRequest } from './kit/link-io';
import { createLoaders, EFFICIENT, type LoaderPolicy, type Loaders } from './loaders/create-loaders';
import type { OperationSelection } from './loaders/selection';
import type { Logger } from './logger';

/** Counters for one operation, logged when it ends. */
export interface RequestStats {
  upstreamRequests: number;
}

/**
 * Everything a root resolver may use. Built per request; nothing in it outlives the operation.
 * Object types see only its `LinkContext` side (`provider(name)`).
 */
export interface Context extends LinkContext {
  readonly requestId: string;
  readonly logger: Logger;
  readonly gateway: Gateway;
  readonly loaders: Loaders;
  readonly stats: RequestStats;
  /**
   * Filled by the first root resolver that needs lookahead (one walk of the document per
   * operation). A holder object, because Apollo Server shallow-copies the context per operation:
   * a property set on the copy would not reach the loaders built with the original.
   */
  readonly lookahead: { selection?: OperationSelection };
  /**
   * The operation's deadline, client-disconnect signal and upstream request cap, shared by every
   * upstream request it makes. `dispose()` it when the response is sent (it only clears a timer).
   */
  readonly operation: Operation;
}

export interface ContextOptions {
  /** Aborts when the client's connection closes before the answer: every upstream request ends. */
  signal?: AbortSignal;
  /** PARLEY_OPERATION_TIMEOUT_MS (default 10 s). */
  operationTimeoutMs?: number;
  /** PARLEY_MAX_UPSTREAM_PER_OPERATION (default 200). */
  maxUpstreamRequests?: number;
}

export function createContext(gateway: Gateway, logger: Logger, policy: LoaderPolicy = EFFICIENT, options: ContextOptions = {}): Context {
  const requestId = randomUUID();
  const stats: RequestStats = { upstreamRequests: 0 };
  const lookahead: Context['lookahead'] = {};
  let child: Logger | undefined;
  const operation = new Operation({ timeoutMs: options.operationTimeoutMs, maxUpstreamRequests: options.maxUpstreamRequests, signal: options.signal });
  const loaders = createLoaders({ gateway, selection: () => lookahead.selection, stats, policy, operation });
  const requests = new Map<string, ProviderRequest>();
  return {
    requestId,
    // Built on first use: most operations log one line at the end, through the plugin.
    get logger() {
      child ??= logger.child({ requestId });
      return child;
    },
    gateway,
    stats,
    lookahead,
    loaders,
    operation,
    provider(name) {
      let request = requests.get(name);
      if (!request) {
        const runtime = gateway.forProvider(name);
        request = { slug: runtime.adapter.identity.slug, io: loaders.io(runtime) };
        requests.set(name, request);
      }
      return request;
    },
  };
}
