import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway, type GatewayOptions } from '../../src/bootstrap';
import type { Env } from '../../src/kit/env';
import { silentLogger } from '../../src/logger';
import { createServer, type ParleyServer, type ServerDeps } from '../../src/server';
import type { SimulatedProvider } from '../../src/simulator/sim-server';

/** Parley on loopback with its simulators, read from an explicit environment (not process.env). */
export interface WebServer {
  server: ParleyServer;
  /** `http://127.0.0.1:<port>/graphql` */
  url: URL;
  simulator(slug: string): SimulatedProvider;
  stop(): Promise<void>;
}

export interface WebServerOptions {
  env?: Env;
  production?: boolean;
  studioTestEndpoints?: ServerDeps['studioTestEndpoints'];
  adapters?: GatewayOptions['adapters'];
}

export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const { env = {}, production = false, studioTestEndpoints, adapters } = options;
  const started = await startGateway({}, { simulateAll: true, ...(adapters ? { adapters } : {}) });
  let server: ParleyServer;
  try {
    server = await createServer({ gateway: started.gateway, logger: silentLogger, production, env, ...(studioTestEndpoints ? { studioTestEndpoints } : {}) });
  } catch (error) {
    await started.stop();
    throw error;
  }
  const url = await server.listen(0, '127.0.0.1');
  return {
    server,
    url,
    simulator(slug) {
      const sim = started.simulators.get(slug);
      if (!sim) throw new Error(`No simulator for ${slug}`);
      return sim;
    },
    async stop() {
      await server.stop();
      await started.stop();
    },
  };
}

/** A plain loopback HTTP server (a second origin, a Studio stand-in). */
export interface LoopbackServer {
  origin: string;
  stop(): Promise<void>;
}

export async function startLoopbackServer(handler: http.RequestListener): Promise<LoopbackServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
