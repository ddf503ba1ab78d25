import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CacheEvent } from '../cache/cache-event';
import type { Gateway } from '../gateway';
import type { HttpObserver } from '../http/http-events';
import type { BreakerState } from '../http/breaker';
import type { HttpHealth } from '../http/http-types';
import { OperationNames, statusClass } from './metric-labels';
import { processRegistry } from './process-metrics';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const BATCH_SIZES = [1, 2, 5, 10, 20, 50, 100];
const BREAKER_STATES: readonly BreakerState[] = ['closed', 'open', 'half-open'];

export type Outcome = 'success' | 'error';

/**
 * One server's Prometheus metrics, in a registry of its own (never prom-client's global one), so
 * two servers in one process do not mix. Counting is a call per operation, per upstream exchange,
 * per loader batch and per resilience or cache event (none per resolved field); gauges of
 * provider state are read from the gateway only when scraped. Process metrics are added at scrape
 * time from the process-wide registry.
 */
export class ParleyMetrics {
  readonly registry = new Registry();
  readonly contentType = this.registry.contentType;
  private readonly names = new OperationNames();
  private readonly registers = [this.registry];

  private readonly operations = new Counter({
    name: 'parley_graphql_operations_total', help: 'GraphQL operations answered, by operation name and outcome (error: the response has errors, partial data included).',
    labelNames: ['operation', 'outcome'] as const, registers: this.registers,
  });
  private readonly operationSeconds = new Histogram({
    name: 'parley_graphql_operation_duration_seconds', help: 'Time from receiving a GraphQL operation to sending its response.',
    labelNames: ['operation', 'outcome'] as const, buckets: SECONDS, registers: this.registers,
  });
  private readonly upstreamRequests = new Counter({
    name: 'parley_upstream_requests_total',
    help: 'Upstream requests by provider, status class (error: no response) and cache part (none, miss, revalidated; hit: answered by the upstream response cache without a request).',
    labelNames: ['provider', 'status_class', 'cache'] as const, registers: this.registers,
  });
  private readonly upstreamSeconds = new Histogram({
    name: 'parley_upstream_request_duration_seconds', help: 'Time from sending an upstream request to its response headers (or failure).',
    labelNames: ['provider', 'status_class'] as const, buckets: SECONDS, registers: this.registers,
  });
  private readonly retries = this.perProvider('parley_upstream_retries_total', 'Upstream retries sent (after a network error, 429, 502, 503 or 504).');
  private readonly rateLimitWaits = this.perProvider('parley_upstream_rate_limit_waits_total', 'Upstream requests that waited for a Retry-After cooldown or rate-limit pacing before being sent.');
  private readonly rateLimitWaitSeconds = this.perProvider('parley_upstream_rate_limit_wait_seconds_total', 'Seconds spent in those waits.');
  private readonly rateLimited = this.perProvider('parley_upstream_rate_limited_total', 'Upstream requests refused with RATE_LIMITED without being sent (the wait was too long).');
  private readonly breakerOpens = this.perProvider('parley_upstream_breaker_opens_total', 'Times the circuit breaker opened.');
  private readonly batchSizes = new Histogram({
    name: 'parley_dataloader_batch_size', help: 'Keys per DataLoader batch: conversation (global ids) or resource (upstream URLs).',
    labelNames: ['loader'] as const, buckets: BATCH_SIZES, registers: this.registers,
  });
  private readonly cacheEvents = new Counter({
    name: 'parley_cache_events_total', help: 'Cache results by layer (upstream, apq, response): hit, miss, revalidated, error (store failed: served as a miss), store.',
    labelNames: ['layer', 'provider', 'result'] as const, registers: this.registers,
  });

  /** What the gateway's HTTP clients report (subscribe it with `gateway.events.subscribe`). */
  readonly http: HttpObserver = {
    exchange: (e) => {
      const status = statusClass(e.status);
      this.upstreamRequests.inc({ provider: e.provider, status_class: status, cache: e.cache ?? 'none' });
      this.upstreamSeconds.observe({ provider: e.provider, status_class: status }, e.ms / 1000);
    },
    resilience: (e) => {
      const labels = { provider: e.provider };
      if (e.kind === 'retry') this.retries.inc(labels);
      else if (e.kind === 'rate-limited') this.rateLimited.inc(labels);
      else if (e.kind === 'breaker-open') this.breakerOpens.inc(labels);
      else {
        this.rateLimitWaits.inc(labels);
        this.rateLimitWaitSeconds.inc(labels, e.ms / 1000);
      }
    },
    cache: (e) => this.onCacheEvent(e),
  };

  constructor(gateway?: Gateway) {
    const providers = gateway?.slugs() ?? [];
    // Known series start at 0, so a rate is defined before the first event.
    for (const provider of providers) {
      for (const counter of [this.retries, this.rateLimitWaits, this.rateLimitWaitSeconds, this.rateLimited, this.breakerOpens]) counter.inc({ provider }, 0);
    }
    if (gateway) this.providerGauges(gateway);
  }

  /** Any cache layer's events: the upstream cache through the gateway, APQ and response caches directly. */
  readonly onCacheEvent = (e: CacheEvent): void => {
    this.cacheEvents.inc({ layer: e.layer, provider: e.provider ?? '', result: e.result });
    // Only 2xx answers are ever cached, so a hit is a 2xx the upstream did not have to send.
    if (e.layer === 'upstream' && e.result === 'hit' && e.provider) this.upstreamRequests.inc({ provider: e.provider, status_class: '2xx', cache: 'hit' });
  };

  readonly onBatch = (loader: 'conversation' | 'resource', size: number): void => {
    this.batchSizes.observe({ loader }, size);
  };

  /** One answered operation; `resolved` is false when the document did not parse or validate. */
  operation(resolved: boolean, name: string | null | undefined, outcome: Outcome, seconds: number): void {
    const labels = { operation: this.names.label(resolved, name), outcome };
    this.operations.inc(labels);
    this.operationSeconds.observe(labels, seconds);
  }

  /** The Prometheus text exposition: process metrics, then this server's. */
  async text(): Promise<string> {
    const [process, own] = await Promise.all([processRegistry().metrics(), this.registry.metrics()]);
    return `${process}\n${own}`;
  }

  private perProvider(name: string, help: string): Counter<'provider'> {
    return new Counter({ name, help, labelNames: ['provider'] as const, registers: this.registers });
  }

  /** Breaker state, in-flight and queued requests per provider, read from the gateway at scrape time. */
  private providerGauges(gateway: Gateway): void {
    const health = (): { provider: string; health: HttpHealth }[] =>
      gateway.runtimes.map((runtime) => ({ provider: runtime.adapter.identity.slug, health: runtime.client.http.health() }));
    const breaker: Gauge<'provider' | 'state'> = new Gauge({
      name: 'parley_upstream_breaker_state', help: 'Circuit breaker state per provider: 1 for the current state (closed, open, half-open), 0 for the others.',
      labelNames: ['provider', 'state'] as const, registers: this.registers,
      collect: () => {
        for (const { provider, health: h } of health()) {
          for (const state of BREAKER_STATES) breaker.set({ provider, state }, h.breaker === state ? 1 : 0);
        }
      },
    });
    const inFlight: Gauge<'provider'> = new Gauge({
      name: 'parley_upstream_in_flight', help: 'Upstream requests in flight per provider (the bulkhead allows 20).',
      labelNames: ['provider'] as const, registers: this.registers,
      collect: () => {
        for (const { provider, health: h } of health()) inFlight.set({ provider }, h.inFlight);
      },
    });
    const queued: Gauge<'provider'> = new Gauge({
      name: 'parley_upstream_queued', help: 'Upstream requests waiting for a slot per provider.',
      labelNames: ['provider'] as const, registers: this.registers,
      collect: () => {
        for (const { provider, health: h } of health()) queued.set({ provider }, h.queued);
      },
    });
  }
}
