import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gateway } from '../gateway';
import type { Env } from '../kit/env';
import { MetricsServer, readMetricsPort, serveMetrics } from './metrics-endpoint';
import { ParleyMetrics } from './metrics';

/**
 * A server's metrics: its own registry, subscribed to the gateway's HTTP events
 * for as long as the server runs, and `/metrics` on the GraphQL port or, with
 * PARLEY_METRICS_PORT, on a port of its own.
 */
export class ServerTelemetry {
  readonly metrics: ParleyMetrics;
  private readonly metricsPort: number | undefined;
  private readonly metricsServer: MetricsServer | undefined;
  private readonly unsubscribe: () => void;
  private url: URL | undefined;

  constructor(gateway: Gateway, env: Env) {
    this.metricsPort = readMetricsPort(env);
    this.metrics = new ParleyMetrics(gateway);
    this.metricsServer = this.metricsPort === undefined ? undefined : new MetricsServer(this.metrics);
    this.unsubscribe = gateway.events.subscribe(this.metrics.http);
  }

  /** Where `/metrics` is served once listening: its own port's URL, or undefined on the GraphQL port. */
  get metricsUrl(): URL | undefined {
    return this.url;
  }

  /** Whether `/metrics` is served on the GraphQL port (no PARLEY_METRICS_PORT). */
  get onGraphqlPort(): boolean {
    return this.metricsServer === undefined;
  }

  /** `GET /metrics` on the GraphQL port; rejects when the registry cannot be read. */
  serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    return serveMetrics(this.metrics, req, res);
  }

  async listen(host: string): Promise<void> {
    if (this.metricsServer && this.metricsPort !== undefined) this.url = await this.metricsServer.listen(this.metricsPort, host);
  }

  async stop(): Promise<void> {
    this.unsubscribe();
    await this.metricsServer?.close();
  }
}
