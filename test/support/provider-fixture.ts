import 'reflect-metadata';
import { createLoaders } from '../../src/loaders/create-loaders';
import { Gateway } from '../../src/gateway';
import type { ProviderAdapter, ProviderClient, ProviderIO } from '../../src/kit/contract';
import type { Env } from '../../src/kit/env';
import { ProviderMode } from '../../src/schema/enums';
import { SimulatedProvider } from '../../src/simulator/sim-server';

/** One provider connected to its own simulator, without GraphQL: for unit and contract tests. */
export interface SimulatedClient {
  simulator: SimulatedProvider;
  client: ProviderClient;
  gateway: Gateway;
  /**
   * A fresh per-request IO (new loaders). Lookahead is on and answers through `selects`
   * (nothing selected by default); pass `null` for an IO without lookahead (naive policy).
   */
  io(selects?: ((typeName: string, field: string) => boolean) | null): ProviderIO;
  /** Upstream requests so far as `METHOD /path?query`. */
  upstream(): string[];
  stop(): Promise<void>;
}

export async function connectSimulated(adapter: ProviderAdapter, envOverrides: Env = {}): Promise<SimulatedClient> {
  const simulator = new SimulatedProvider(adapter.simulator.create());
  await simulator.start();
  const client = adapter.connect({ ...simulator.env(), ...envOverrides }, {});
  const gateway = new Gateway([{ adapter, client, mode: ProviderMode.SIMULATED }]);
  return {
    simulator,
    client,
    gateway,
    io(selects = () => false) {
      const selection = selects ? { selects } : undefined;
      const loaders = createLoaders({
        gateway,
        stats: { upstreamRequests: 0 },
        // The loaders only call `selects`; a stub with that one method stands in for a parsed operation.
        selection: () => selection as never,
      });
      return loaders.io(gateway.get(adapter.identity.slug));
    },
    upstream: () => simulator.requests.map((r) => `${r.method} ${r.path}`),
    stop: () => simulator.stop(),
  };
}
