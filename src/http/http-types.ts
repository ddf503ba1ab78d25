// The HTTP layer's public types, apart from the client so that its file holds behaviour only.
import type http from 'node:http';
import type { CacheEventListener } from '../cache/cache-event';
import type { AuthStrategy } from './auth';
import type { BreakerOptions, BreakerState } from './breaker';
import type { Operation } from './operation';
import type { RateGateOptions } from './rate-gate';
import type { HeaderReader } from './status-error';

/** The subset of fetch Parley relies on; cross-fetch (node-fetch) by default, injectable for tests. */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  redirect: 'manual';
  signal: AbortSignal;
  body?: string;
  /** node-fetch extensions: ignored by other implementations. */
  agent?: (url: URL) => http.Agent;
  size?: number;
}
/** `forEach` (node-fetch, the undici adapter) lets the response cache keep what a reader may need. */
export type ResponseHeaders = HeaderReader & { forEach?(callback: (value: string, name: string) => void): void };

export interface FetchResponse {
  status: number;
  headers: ResponseHeaders;
  text(): Promise<string>;
}

export interface UpstreamResponse {
  /** Final URL after same-origin redirects. */
  url: string;
  status: number;
  body: unknown;
  headers: ResponseHeaders;
  /** URLs that redirected to `url`, first request first (empty when there was no redirect). */
  redirectedFrom: string[];
}

export interface RequestOptions {
  /** GET unless said otherwise; only GETs are retried. */
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Request body (already serialised, e.g. a form for an OAuth token request). */
  body?: string;
  /** Ends the request early (used only when there is no `operation`). */
  signal?: AbortSignal;
  /** The GraphQL operation this request serves: its deadline and client disconnect end the request. */
  operation?: Operation;
  /**
   * Conditional headers of a cache revalidation (If-None-Match, If-Modified-Since). With them a
   * 304 is an answer (status 304, no body), not an error.
   */
  validators?: Readonly<Record<string, string>>;
}

/** One cacheable GET: the provider, the credential identity it is sent with, the resolved URL. */
export interface CacheRequest {
  provider: string;
  identity: string;
  url: URL;
}

/** Sends a request upstream, with the given conditional headers when revalidating. */
export type SendUpstream = (validators: Readonly<Record<string, string>>) => Promise<UpstreamResponse>;

/** The upstream response cache as the HTTP client uses it (src/cache/upstream-cache.ts). */
export interface ResponseCache {
  /** A fresh entry, a revalidated one, or what `send` answers (stored when it may be). */
  through(request: CacheRequest, send: SendUpstream, emit?: CacheEventListener): Promise<UpstreamResponse>;
}

/**
 * How the upstream response cache took part in an exchange: `hit` answered from the cache with no
 * network exchange, `revalidated` a conditional request answered 304, `miss` a request the cache
 * could not answer. Absent when no cache was consulted.
 */
export type CacheResult = 'hit' | 'miss' | 'revalidated';

/** One observed upstream exchange, for logs, metrics and the request-count tests. */
export interface Exchange {
  provider: string;
  method: string;
  url: URL;
  status: number | 'error';
  /** Until the response headers arrived (or the request failed). */
  ms: number;
  /** 1 for the first try of a request, 2 for its first retry… (redirect hops keep their attempt's number). */
  attempt: number;
  cache?: CacheResult;
}

/**
 * What the resilience policies did, for metrics: a retry about to be sent, a wait before sending
 * (rate-limit cooldown or pacing), a request refused at once by the rate gate, the breaker opening.
 */
export type ResilienceEvent =
  | { kind: 'retry'; provider: string }
  | { kind: 'rate-limit-wait'; provider: string; ms: number }
  | { kind: 'rate-limited'; provider: string }
  | { kind: 'breaker-open'; provider: string };

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Full-jitter exponential backoff: a random wait up to min(maxDelayMs, baseDelayMs × 2^retry). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Retry budget: retries may add this share of the requests of the last `budgetWindowMs` (default 0.2 of 10 s)… */
  budgetRatio?: number;
  budgetWindowMs?: number;
  /** …plus this many per second of the window (default 1). */
  budgetMinPerSecond?: number;
}

/** What `/ready` shows for a provider. */
export interface HttpHealth {
  breaker: BreakerState;
  /** Seconds until the breaker lets a probe through or a 429 cooldown ends; null when neither applies. */
  retryAfterSeconds: number | null;
  inFlight: number;
  queued: number;
}

export interface HttpClientOptions {
  provider: string;
  baseUrl: URL;
  allowedOrigins: readonly string[];
  auth?: AuthStrategy;
  defaultHeaders?: Record<string, string>;
  /** Per attempt, headers and body included (default 5 s). */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Requests in flight to this provider (default 20)… */
  maxConcurrent?: number;
  /** …and callers waiting in line behind them (default 1000); past that, PROVIDER_UNAVAILABLE at once. */
  maxQueued?: number;
  retry?: RetryOptions;
  breaker?: BreakerOptions;
  /** Rate-limit headers (default: Help Scout's and the common X-RateLimit-* ones), longest wait, window. */
  rateLimit?: RateGateOptions;
  fetch?: FetchLike;
  onExchange?: (exchange: Exchange) => void;
  /** Retries, rate-limit waits and refusals, breaker openings (metrics). */
  onResilience?: (event: ResilienceEvent) => void;
  /**
   * Upstream response cache for plain GETs, in front of the rate gate, breaker and bulkhead: a
   * hit takes no slot. Absent: every GET goes upstream.
   */
  cache?: ResponseCache;
  /** Hits, misses, revalidations, stores and errors of `cache`, for metrics and spans. */
  onCacheEvent?: CacheEventListener;
  /** Reads the provider's error body into a reference safe to show (Help Scout logRef…). */
  errorRef?: (body: unknown) => string | undefined;
}
