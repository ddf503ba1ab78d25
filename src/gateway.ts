import type { ProviderAdapter, ProviderClient } from './providers/adapter';
import type { Provider, ProviderMode } from './schema/enums';

/** One provider as this process runs it: its adapter, its connected client and its mode. */
export interface ProviderRuntime {
  readonly adapter: ProviderAdapter;
  readonly client: ProviderClient;
  readonly mode: ProviderMode;
}

/**
 * The configured providers, built once at start-up and shared by every request. Lookups by
 * slug or enum go through here, so no code outside a provider folder branches on a provider.
 */
export class Gateway {
  private readonly bySlug = new Map<string, ProviderRuntime>();
  private readonly byProvider = new Map<Provider, ProviderRuntime>();

  constructor(runtimes: readonly ProviderRuntime[]) {
    for (const runtime of runtimes) {
      this.bySlug.set(runtime.adapter.slug, runtime);
      this.byProvider.set(runtime.adapter.provider, runtime);
    }
  }

  get runtimes(): ProviderRuntime[] {
    return [...this.bySlug.values()];
  }

  slugs(): string[] {
    return [...this.bySlug.keys()];
  }

  /** The runtime for a global-id slug, or undefined for an unknown slug. */
  find(slug: string): ProviderRuntime | undefined {
    return this.bySlug.get(slug);
  }

  get(slug: string): ProviderRuntime {
    const runtime = this.bySlug.get(slug);
    if (!runtime) throw new Error(`Provider "${slug}" is not configured`);
    return runtime;
  }

  forProvider(provider: Provider): ProviderRuntime {
    const runtime = this.byProvider.get(provider);
    if (!runtime) throw new Error(`Provider ${provider} is not configured`);
    return runtime;
  }

  slugOf(provider: Provider): string {
    return this.forProvider(provider).adapter.slug;
  }
}
