// The HTTP layer's public types, apart from the client so that its file holds behaviour only.
import type http from 'node:http';
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
export interface FetchResponse {
  status: number;
  headers: HeaderReader;
  text(): Promise<string>;
}

export interface UpstreamResponse {
  /** Final URL after same-origin redirects. */
  url: string;
  status: number;
  body: unknown;
  headers: HeaderReader;
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
}

/** One observed upstream exchange, for logs, metrics and the request-count tests. */
export interface Exchange {
  provider: string;
  method: string;
  url: URL;
  status: number | 'error';
  ms: number;
}

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
  /** Reads the provider's error body into a reference safe to show (Help Scout logRef…). */
  errorRef?: (body: unknown) => string | undefined;
}
