import 'reflect-metadata';
import { startGateway } from './bootstrap';
import { ConfigError } from './config-error';
import { readServerConfig } from './config';
import { FETCH_CLIENTS } from './http/fetch-choice';
import { createLogger } from './logger';
import { createServer } from './server';

/** `npm start`: read the environment, connect (or simulate) every provider, listen. */
async function main(): Promise<void> {
  const logger = createLogger();
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
  const server = await createServer({ gateway, logger });
  const url = await server.listen(config.port);
  logger.info({ url: url.href, ms: Math.round(performance.now() - started) }, `Parley ready at ${url.href}`);

  const shutdown = (signal: string): void => {
    logger.info({ signal }, 'shutting down');
    void server.stop().then(stop).then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // Configuration errors name the variable, never its value; anything else is a bug worth a stack.
  const message = error instanceof ConfigError ? `Configuration error: ${error.message}` : error;
  console.error(message);
  process.exit(1);
});
