import { randomUUID } from 'node:crypto';
import type { Gateway } from './gateway';
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
}

export function createContext(gateway: Gateway, logger: Logger, policy: LoaderPolicy = EFFICIENT): Context {
  const requestId = randomUUID();
  const stats: RequestStats = { upstreamRequests: 0 };
  const lookahead: Context['lookahead'] = {};
  let child: Logger | undefined;
  const loaders = createLoaders({ gateway, selection: () => lookahead.selection, stats, policy });
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
