import { HttpEvents } from './http/http-events';
import type { ProviderAdapter, ProviderClient } from './kit/contract';
import type { ProviderMode } from './schema/enums';

/** One provider as this process runs it: its adapter, its connected client and its mode. */
export interface ProviderRuntime {
  readonly adapter: ProviderAdapter;
  readonly client: ProviderClient;
  readonly mode: ProviderMode;
}

/**
 * The configured providers, built once at start-up and shared by every request. Lookups by
 * slug or enum value go through here, so no code outside a provider folder branches on a provider.
 */
export class Gateway {
  private readonly bySlug = new Map<string, ProviderRuntime>();
  private readonly byName = new Map<string, ProviderRuntime>();

  /**
   * @param events what every provider's HTTP client reports (exchanges, retries, cache events);
   *   servers subscribe their metrics here. A gateway built by hand (unit tests) gets its own, unheard.
   */
  constructor(runtimes: readonly ProviderRuntime[], readonly events: HttpEvents = new HttpEvents()) {
    for (const runtime of runtimes) {
      this.bySlug.set(runtime.adapter.identity.slug, runtime);
      this.byName.set(runtime.adapter.identity.name, runtime);
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

  /** The runtime for a `Provider` enum value. */
  forProvider(name: string): ProviderRuntime {
    const runtime = this.byName.get(name);
    if (!runtime) throw new Error(`Provider ${name} is not configured`);
    return runtime;
  }
}
