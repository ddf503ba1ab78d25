import type express from 'express';
import type { Gateway } from '../gateway';
import type { Env } from '../kit/env';
import { METRICS_PATH, metricsHandler, MetricsServer, readMetricsPort } from './metrics-endpoint';
import { ParleyMetrics } from './metrics';
import { requestIdMiddleware } from './request-id';

/**
 * A server's metrics and request ids: its own registry, subscribed to the gateway's HTTP events
 * for as long as the server runs, and `/metrics` on the GraphQL app or, with
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

  /** Before every route: request ids for every response, and `/metrics` unless it has its own port. */
  mount(app: express.Express): void {
    app.use(requestIdMiddleware());
    if (!this.metricsServer) app.get(METRICS_PATH, metricsHandler(this.metrics));
  }

  async listen(host: string): Promise<void> {
    if (this.metricsServer && this.metricsPort !== undefined) this.url = await this.metricsServer.listen(this.metricsPort, host);
  }

  async stop(): Promise<void> {
    this.unsubscribe();
    await this.metricsServer?.close();
  }
}
