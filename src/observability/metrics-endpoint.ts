import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readWhole, readOptional, type Env } from '../kit/env';
import type { ParleyMetrics } from './metrics';

export const METRICS_PATH = '/metrics';

/**
 * PARLEY_METRICS_PORT: when set, `/metrics` is served on that port only (its own small server)
 * and not on the GraphQL port, so it can stay inside the cluster while GraphQL is public. 0 picks
 * a free port (tests).
 */
export function readMetricsPort(env: Env): number | undefined {
  if (readOptional(env, 'PARLEY_METRICS_PORT') === undefined) return undefined;
  return readWhole(env, 'PARLEY_METRICS_PORT', 0, 0, 65535);
}

/** `GET /metrics` on the GraphQL server; a failure rejects, for the router's JSON 500. */
export async function serveMetrics(metrics: ParleyMetrics, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const text = await metrics.text();
  res.setHeader('content-type', metrics.contentType);
  res.end(req.method === 'HEAD' ? undefined : text);
}

/** The metrics-only server of PARLEY_METRICS_PORT: `GET /metrics`, 404 for anything else. */
export class MetricsServer {
  private readonly server: http.Server;

  constructor(private readonly metrics: ParleyMetrics) {
    this.server = http.createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (path !== METRICS_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'Not found: this port serves GET /metrics only', extensions: { code: 'NOT_FOUND' } }] }));
        return;
      }
      this.metrics.text().then(
        (text) => res.writeHead(200, { 'content-type': this.metrics.contentType }).end(req.method === 'HEAD' ? undefined : text),
        () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
      );
    });
  }

  async listen(port: number, host: string): Promise<URL> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, resolve);
    });
    const { port: actual } = this.server.address() as AddressInfo;
    return new URL(`http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}${METRICS_PATH}`);
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
