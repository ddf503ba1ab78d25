import { Gateway, type ProviderRuntime } from './gateway';
import { HttpEvents } from './http/http-events';
import type { ConnectOptions, ProviderAdapter } from './kit/contract';
import { adapters as allAdapters } from './providers/registry';
import type { Env } from './kit/env';
import { ProviderMode } from './schema/enums';
import { SimulatedProvider } from './simulator/sim-server';

export interface StartedGateway {
  gateway: Gateway;
  /** Simulators started for providers without credentials, by slug. */
  simulators: Map<string, SimulatedProvider>;
  stop: () => Promise<void>;
}

export interface GatewayOptions extends ConnectOptions {
  adapters?: readonly ProviderAdapter[];
  /** Start simulators even for providers that have credentials (tests, benchmarks). */
  simulateAll?: boolean;
  /** Fixed simulator ports by slug (npm start keeps them stable for curl examples). */
  simulatorPorts?: Partial<Record<string, number>>;
  /** Applied after a simulator's environment (tests: wrong credentials against a simulator). */
  overrides?: Env;
}

/**
 * Connects every provider: LIVE against its base URL when the environment holds its
 * credentials, otherwise SIMULATED against a built-in simulator on loopback. A simulated
 * provider is connected through the very same code path, with an environment that points it
 * at the simulator, so the simulator is never a special case inside the adapters.
 */
export async function startGateway(env: Env, options: GatewayOptions = {}): Promise<StartedGateway> {
  const simulators = new Map<string, SimulatedProvider>();
  const runtimes: ProviderRuntime[] = [];
  const { adapters = allAdapters, simulateAll = false, simulatorPorts = {}, overrides = {}, ...given } = options;
  // Every client reports to the gateway's events, which servers subscribe their metrics to; the
  // caller's own listeners (npm start's debug log, tests) come first.
  const events = new HttpEvents();
  if (given.onExchange || given.onResilience || given.onCacheEvent) {
    events.subscribe({ exchange: given.onExchange, resilience: given.onResilience, cache: given.onCacheEvent });
  }
  const connect = { ...given, ...events.hooks };
  try {
    for (const adapter of adapters) {
      if (!simulateAll && adapter.hasCredentials(env)) {
        runtimes.push({ adapter, client: adapter.connect(env, { ...connect, live: true }), mode: ProviderMode.LIVE });
        continue;
      }
      const { slug } = adapter.identity;
      const simulator = new SimulatedProvider(adapter.simulator.create());
      simulators.set(slug, simulator);
      await simulator.start(simulatorPorts[slug] ?? 0);
      // Explicitly not live: a provider's documented API hosts get no credentials in simulated mode.
      runtimes.push({ adapter, client: adapter.connect({ ...env, ...simulator.env(), ...overrides }, { ...connect, live: false }), mode: ProviderMode.SIMULATED });
    }
  } catch (error) {
    await Promise.all([...simulators.values()].map((sim) => sim.stop()));
    throw error;
  }
  return {
    gateway: new Gateway(runtimes, events),
    simulators,
    stop: async () => {
      await Promise.all([...simulators.values()].map((sim) => sim.stop()));
    },
  };
}
