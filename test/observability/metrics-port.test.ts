import { startGateway, type StartedGateway } from '../../src/bootstrap';
import { ConfigError } from '../../src/config-error';
import { silentLogger } from '../../src/logger';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { createServer, type ParleyServer } from '../../src/server';
import { scrape } from '../support/prometheus';

/** Issue 11, item 2: PARLEY_METRICS_PORT moves /metrics off the GraphQL port onto a port of its own. */

describe('PARLEY_METRICS_PORT', () => {
  let started: StartedGateway;
  let server: ParleyServer;
  let url: URL;
  beforeAll(async () => {
    started = await startGateway({}, { simulateAll: true, adapters: [helpScoutAdapter] });
    server = await createServer({ gateway: started.gateway, logger: silentLogger, production: false, env: { PARLEY_METRICS_PORT: '0' } });
    url = await server.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await server.stop();
    await started.stop();
  });

  it('serves /metrics on its own port, counting the GraphQL port’s operations', async () => {
    const metricsUrl = server.metricsUrl;
    expect(metricsUrl?.pathname).toBe('/metrics');
    expect(metricsUrl?.port).not.toBe(url.port);
    const before = await scrape(metricsUrl!);
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Counted { providers { name } }' }) });
    const after = await scrape(metricsUrl!);
    const labels = { operation: 'Counted', outcome: 'success' };
    expect(after.sum('parley_graphql_operations_total', labels) - before.sum('parley_graphql_operations_total', labels)).toBe(1);
  });

  it('no longer serves /metrics on the GraphQL port (the JSON 404 of any unknown path)', async () => {
    const res = await fetch(new URL('/metrics', url));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ message: 'Not found: GraphQL is served at /graphql, liveness at /health, readiness at /ready', extensions: { code: 'NOT_FOUND' } }] });
  });

  it('serves nothing else on the metrics port', async () => {
    for (const path of ['/graphql', '/health', '/metrics/x']) {
      const res = await fetch(new URL(path, server.metricsUrl));
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ errors: [{ message: 'Not found: this port serves GET /metrics only', extensions: { code: 'NOT_FOUND' } }] });
    }
    const post = await fetch(server.metricsUrl!, { method: 'POST' });
    expect(post.status).toBe(404);
  });

  it('refuses a malformed port at start-up, naming the variable and never its value', async () => {
    const failure = createServer({ gateway: started.gateway, logger: silentLogger, env: { PARLEY_METRICS_PORT: 'nine-thousand' } });
    await expect(failure).rejects.toThrow(ConfigError);
    await expect(failure).rejects.toThrow('PARLEY_METRICS_PORT: must be a whole number from 0 to 65535');
    await expect(failure).rejects.not.toThrow(/nine-thousand/);
  });
});

describe('PARLEY_METRICS_PORT when the server stops', () => {
  it('closes the metrics port with the server', async () => {
    const started = await startGateway({}, { simulateAll: true, adapters: [helpScoutAdapter] });
    const server = await createServer({ gateway: started.gateway, logger: silentLogger, env: { PARLEY_METRICS_PORT: '0' } });
    await server.listen(0, '127.0.0.1');
    const metricsUrl = server.metricsUrl!;
    expect((await fetch(metricsUrl)).status).toBe(200);
    await server.stop();
    await started.stop();
    await expect(fetch(metricsUrl)).rejects.toThrow('fetch failed');
  });
});
