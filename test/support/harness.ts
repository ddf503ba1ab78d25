import 'reflect-metadata';
import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startGateway, type GatewayOptions } from '../../src/bootstrap';
import type { Gateway } from '../../src/gateway';
import type { LoaderPolicy } from '../../src/loaders/create-loaders';
import { silentLogger, type Logger } from '../../src/logger';
import type { Env } from '../../src/kit/env';
import { createServer, type ParleyServer } from '../../src/server';
import type { SimulatedProvider } from '../../src/simulator/sim-server';

export interface GraphQLResult<TData> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Every simulator, the gateway and its HTTP server on loopback, as `npm start` runs them. */
export interface Harness {
  gateway: Gateway;
  server: ParleyServer;
  url: URL;
  simulator(slug: string): SimulatedProvider;
  /** POSTs an operation to /graphql over HTTP, like any client. */
  query<TData = Record<string, unknown>, TVars = Record<string, unknown>>(
    document: string | DocumentNode | TypedDocumentNode<TData, TVars>,
    variables?: TVars,
  ): Promise<GraphQLResult<TData>>;
  /** Upstream requests received so far, as `METHOD /path?query`, per simulator or all. */
  upstream(slug?: string): string[];
  /** Clears recorded requests, faults and latency on every simulator, and every provider's breaker, rate-limit cooldown and retry budget. */
  reset(): void;
  stop(): Promise<void>;
}

export async function startHarness(env: Env = {}, options: GatewayOptions & { loaderPolicy?: LoaderPolicy; logger?: Logger } = {}): Promise<Harness> {
  const { loaderPolicy, logger = silentLogger, ...gatewayOptions } = options;
  const started = await startGateway(env, { simulateAll: true, ...gatewayOptions });
  const server = await createServer({ gateway: started.gateway, logger, production: false, ...(loaderPolicy ? { loaderPolicy } : {}) });
  const url = await server.listen(0, '127.0.0.1');
  const simulator = (slug: string): SimulatedProvider => {
    const sim = started.simulators.get(slug);
    if (!sim) throw new Error(`No simulator for ${slug}`);
    return sim;
  };
  return {
    gateway: started.gateway,
    server,
    url,
    simulator,
    async query<TData, TVars>(document: string | DocumentNode | TypedDocumentNode<TData, TVars>, variables?: TVars) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
      });
      return { status: res.status, ...((await res.json()) as Omit<GraphQLResult<TData>, 'status'>) };
    },
    upstream(slug?: string) {
      const sims = slug ? [simulator(slug)] : [...started.simulators.values()];
      return sims.flatMap((sim) => sim.requests.map((r) => `${r.method} ${r.path}`));
    },
    reset() {
      for (const sim of started.simulators.values()) sim.reset();
      // Cooldowns, open breakers and spent retry budgets belong to one test, like the faults.
      for (const runtime of started.gateway.runtimes) runtime.client.http.resetResilience();
    },
    async stop() {
      await server.stop();
      await started.stop();
    },
  };
}
