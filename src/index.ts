import 'reflect-metadata';
import { startGateway } from './bootstrap';
import { readCacheConfig } from './cache/cache-config';
import { createCaches } from './cache/create-caches';
import { ConfigError } from './config-error';
import { readServerConfig } from './config';
import { FETCH_CLIENTS } from './http/fetch-choice';
import { createLogger } from './logger';
import { startTracing } from './observability/tracing';
import { createServer } from './server';
import { handleShutdownSignals } from './server/shutdown';

/** `npm start`: read the environment, connect (or simulate) every provider, listen. */
async function main(): Promise<void> {
  const logger = createLogger(process.env);
  const started = performance.now();
  // Only when the OTEL_* variables ask for it; otherwise the API's no-op tracer stays in place.
  const tracing = startTracing(process.env);
  logger.info({ tracing: tracing ? 'on' : 'off' }, tracing ? 'tracing: on (OpenTelemetry, configured by the OTEL_* variables)' : 'tracing: off');
  const config = readServerConfig(process.env);
  const cacheConfig = readCacheConfig(process.env);
  const caches = createCaches(cacheConfig, { logger });
  // A short wait for Redis, never a condition of starting: without it every lookup is a miss.
  const cacheReady = await caches.store.ready(2000);
  logger.info(
    { store: caches.store.kind, ready: cacheReady, upstreamTtlS: cacheConfig.upstreamTtlSeconds },
    cacheReady ? `cache: ${caches.store.kind}` : 'cache: Redis not reachable yet; lookups are misses until it is',
  );
  const { gateway, simulators, stop } = await startGateway(process.env, {
    ...(caches.upstream ? { cache: caches.upstream } : {}),
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
    cache: caches.store,
    operation: { operationTimeoutMs: config.operationTimeoutMs, maxUpstreamRequests: config.maxUpstreamPerOperation },
  });
  // The last spans are flushed once every request has ended, for at most 2 s (a collector that is down must not hold the exit).
  const stopServer = (): Promise<void> => server.stop().finally(() => (tracing ? Promise.race([tracing.shutdown(), delay(2000)]) : undefined));
  handleShutdownSignals({ stopServer, stopGateway: () => stop().finally(() => caches.close()), graceMs: server.settings.shutdownGraceMs, logger });
  const url = await server.listen(config.port);
  logger.info({ url: url.href, ms: Math.round(performance.now() - started) }, `Parley ready at ${url.href}`);
  logger.info({ metrics: (server.metricsUrl ?? new URL('/metrics', url)).href }, 'Prometheus metrics');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

main().catch((error: unknown) => {
  // Configuration errors name the variable, never its value, and need no stack; anything else
  // is a bug worth one.
  const message = error instanceof ConfigError ? `Configuration error: ${error.message}` : error;
  console.error(message);
  process.exit(1);
});
