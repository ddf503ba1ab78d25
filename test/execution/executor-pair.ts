import 'reflect-metadata';
import { startGateway } from '../../src/bootstrap';
import type { Gateway } from '../../src/gateway';
import { createServer, type ParleyServer } from '../../src/server';
import type { ExecutorKind } from '../../src/server/settings';
import type { SimulatedProvider } from '../../src/simulator/sim-server';
import { capturingLogger } from '../support/log-capture';

/** One answer exactly as a client receives it: status, body text and the headers that matter. */
export interface RawAnswer {
  status: number;
  body: string;
  cacheControl: string | null;
  /** Upstream requests the operation sent, sorted, as `METHOD /path?query`. */
  upstream: string[];
  /** Why the jit server ran this operation on graphql-js (its debug log lines), one entry per fallback. */
  fallbacks: string[];
}

export interface PostOptions {
  variables?: Record<string, unknown>;
  operationName?: string;
  headers?: Record<string, string>;
}

/**
 * The simulators and one gateway behind two Parley servers that differ only in PARLEY_EXECUTOR,
 * so an operation can be sent to each with the same upstream state in between.
 */
export interface ExecutorPair {
  gateway: Gateway;
  simulator(slug: string): SimulatedProvider;
  /** Clears faults and recorded requests on every simulator, and every provider's resilience state. */
  reset(): void;
  /** Sends the operation to the server with that executor; faults must be set up before each call. */
  post(executor: ExecutorKind, query: string, options?: PostOptions): Promise<RawAnswer>;
  /** Each server's start-up and debug log lines. */
  logs(executor: ExecutorKind): Record<string, unknown>[];
  stop(): Promise<void>;
}

export async function startExecutorPair(): Promise<ExecutorPair> {
  const started = await startGateway({}, { simulateAll: true });
  const servers = new Map<ExecutorKind, { server: ParleyServer; url: URL; lines: Record<string, unknown>[] }>();
  for (const executor of ['graphql-js', 'jit'] as const) {
    const { logger, lines } = capturingLogger('debug');
    const server = await createServer({ gateway: started.gateway, logger, production: false, env: { PARLEY_EXECUTOR: executor } });
    servers.set(executor, { server, url: await server.listen(0, '127.0.0.1'), lines });
  }
  const sims = [...started.simulators.values()];
  const reset = (): void => {
    for (const sim of sims) sim.reset();
    for (const runtime of started.gateway.runtimes) runtime.client.http.resetResilience();
  };
  return {
    gateway: started.gateway,
    simulator(slug) {
      const sim = started.simulators.get(slug);
      if (!sim) throw new Error(`No simulator for ${slug}`);
      return sim;
    },
    reset,
    async post(executor, query, options = {}) {
      const target = servers.get(executor);
      if (!target) throw new Error(`No server for ${executor}`);
      for (const sim of sims) sim.requests.length = 0;
      const logged = target.lines.length;
      const res = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: JSON.stringify({ query, variables: options.variables, operationName: options.operationName }),
      });
      const body = await res.text();
      const upstream = sims.flatMap((sim) => sim.requests.map((r) => `${r.method} ${r.path}`)).sort();
      const fallbacks = target.lines.slice(logged).flatMap((line) => (typeof line['executorFallback'] === 'string' ? [line['executorFallback']] : []));
      return { status: res.status, body, cacheControl: res.headers.get('cache-control'), upstream, fallbacks };
    },
    logs(executor) {
      return servers.get(executor)?.lines ?? [];
    },
    async stop() {
      for (const { server } of servers.values()) await server.stop();
      await started.stop();
    },
  };
}
