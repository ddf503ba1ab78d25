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

/**
 * `connectSimulated` around the enclosing `describe` block: connects before its first test,
 * clears the simulator's recorded requests and faults before each test, stops after the last.
 * The returned object is filled in by the `beforeAll` hook, so use it inside tests and hooks only.
 */
export function useSimulated(adapter: ProviderAdapter, envOverrides: Env = {}): SimulatedClient {
  const sim = {} as SimulatedClient;
  beforeAll(async () => {
    Object.assign(sim, await connectSimulated(adapter, envOverrides));
  });
  afterAll(() => sim.stop());
  beforeEach(() => {
    sim.simulator.reset();
    // A 429 cooldown or an open breaker from one test must not answer for the next one.
    sim.client.http.resetResilience();
  });
  return sim;
}

/** Runs `test` against a simulator of its own, connected with `envOverrides`, and stops it whatever happens. */
export async function withSimulated(adapter: ProviderAdapter, envOverrides: Env, test: (sim: SimulatedClient) => Promise<void> | void): Promise<void> {
  const sim = await connectSimulated(adapter, envOverrides);
  try {
    await test(sim);
  } finally {
    await sim.stop();
  }
}
