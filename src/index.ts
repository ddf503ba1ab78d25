import 'reflect-metadata';
import { startGateway } from './bootstrap';
import { ConfigError } from './config-error';
import { readServerConfig } from './config';
import { FETCH_CLIENTS } from './http/fetch-choice';
import { createLogger } from './logger';
import { createServer } from './server';
import { handleShutdownSignals } from './server/shutdown';

/** `npm start`: read the environment, connect (or simulate) every provider, listen. */
async function main(): Promise<void> {
  const logger = createLogger(process.env);
  const started = performance.now();
  const config = readServerConfig(process.env);
  const { gateway, simulators, stop } = await startGateway(process.env, {
    timeoutMs: config.upstreamTimeoutMs,
    fetch: FETCH_CLIENTS[config.httpClient],
    // Path only: queries may carry paging tokens, and the origin is logged once at start-up.
    onExchange: (e) => logger.debug({ provider: e.provider, method: e.method, path: e.url.pathname, status: e.status, ms: Math.round(e.ms) }, 'upstream request'),
  });
  for (const runtime of gateway.runtimes) {
    const simulator = simulators.get(runtime.adapter.identity.slug);
    logger.info(
      { provider: runtime.adapter.identity.slug, mode: runtime.mode, upstream: simulator ? simulator.baseUrl.origin : runtime.client.http.baseUrl.origin },
      `${runtime.adapter.identity.title}: ${runtime.mode}`,
    );
  }
  const server = await createServer({
    gateway,
    logger,
    env: process.env,
    operation: { operationTimeoutMs: config.operationTimeoutMs, maxUpstreamRequests: config.maxUpstreamPerOperation },
  });
  handleShutdownSignals({ stopServer: () => server.stop(), stopGateway: stop, graceMs: server.settings.shutdownGraceMs, logger });
  const url = await server.listen(config.port);
  logger.info({ url: url.href, ms: Math.round(performance.now() - started) }, `Parley ready at ${url.href}`);
}

main().catch((error: unknown) => {
  // Configuration errors name the variable, never its value, and need no stack; anything else
  // is a bug worth one.
  const message = error instanceof ConfigError ? `Configuration error: ${error.message}` : error;
  console.error(message);
  process.exit(1);
});
