import crossFetch from 'cross-fetch';
import type { CacheEvent } from '../cache/cache-event';
import { ParleyError, badResponse, linkRejected } from '../errors/parley-error';
import { checkLink, resolveLink } from './origin';
import { AttemptSignal, sleep, untilAborted } from './attempt';
import { ProviderBreaker } from './breaker';
import { Bulkhead } from './bulkhead';
import { exchange, withCredentials, type ExchangeSettings } from './exchange';
import { RateGate } from './rate-gate';
import { callerEnded, DEFAULT_RETRY, isBreakerFailure, isRetryable } from './resilience';
import { RetryBudget } from './retry-budget';
import { readJsonBody } from './response-body';
import { statusError } from './status-error';
import { timeoutError, type TransportLimits } from './transport-error';
import { cacheHitSpan } from './upstream-span';
import type { HttpClientOptions, HttpHealth, RequestOptions, RetryOptions, UpstreamResponse } from './http-types';

export type { Exchange, FetchInit, FetchLike, FetchResponse, HttpClientOptions, HttpHealth, RequestOptions, RetryOptions, UpstreamResponse } from './http-types';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Settings = Required<Omit<HttpClientOptions, 'auth' | 'onExchange' | 'onResilience' | 'errorRef' | 'breaker' | 'rateLimit' | 'retry' | 'cache' | 'onCacheEvent'>> &
  HttpClientOptions & { retry: Required<RetryOptions> };

/**
 * The single HTTP layer: credentials go only to allowed origins, redirects are followed by hand
 * and only within the same origin, every attempt has a timeout and a size cap, and statuses are
 * turned into Parley errors here and nowhere else. Around each request, per provider and
 * credential: a rate gate (Retry-After cooldown, header pacing), budgeted retries for GETs, a
 * circuit breaker and a fair bulkhead; the operation's deadline bounds all of it.
 */
export class HttpClient {
  readonly provider: string;
  readonly baseUrl: URL;
  readonly allowedOrigins: readonly string[];
  readonly identity: string;
  private readonly opts: Settings;
  private readonly limits: TransportLimits;
  private readonly exchanges: ExchangeSettings;
  private readonly bulkhead: Bulkhead;
  private readonly breaker: ProviderBreaker;
  private readonly gate: RateGate;
  private budget: RetryBudget;

  constructor(options: HttpClientOptions) {
    // `??` rather than a spread of defaults: an option passed as undefined must not erase its default.
    this.opts = {
      ...options,
      defaultHeaders: options.defaultHeaders ?? {},
      timeoutMs: options.timeoutMs ?? 5000,
      maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
      maxRedirects: options.maxRedirects ?? 3,
      maxConcurrent: options.maxConcurrent ?? 20,
      maxQueued: options.maxQueued ?? 1000,
      fetch: options.fetch ?? crossFetch,
      retry: { ...DEFAULT_RETRY, ...options.retry },
    };
    this.provider = options.provider;
    this.baseUrl = options.baseUrl;
    this.allowedOrigins = options.allowedOrigins;
    this.identity = options.auth?.identity ?? 'anonymous';
    this.bulkhead = new Bulkhead(this.provider, this.opts.maxConcurrent, this.opts.maxQueued);
    this.breaker = new ProviderBreaker(this.provider, isBreakerFailure, options.breaker, options.onResilience);
    this.gate = new RateGate(this.provider, options.rateLimit, options.onResilience);
    this.budget = this.newBudget();
    this.limits = { provider: this.provider, timeoutMs: this.opts.timeoutMs, maxBytes: this.opts.maxBytes };
    this.exchanges = { limits: this.limits, fetch: this.opts.fetch, onExchange: options.onExchange };
  }

  /** Resolves `link` against the base URL and checks its origin (LINK_REJECTED when foreign). */
  resolve(link: string, base: URL = this.baseUrl): URL {
    return resolveLink(this.provider, link, base, this.allowedOrigins);
  }

  /** Breaker state, cooldown and slot use, for readiness checks. */
  health(): HttpHealth {
    return {
      breaker: this.breaker.state,
      retryAfterSeconds: this.breaker.retryAfterSeconds() ?? this.gate.retryAfterSeconds(),
      inFlight: this.bulkhead.inFlight,
      queued: this.bulkhead.queued,
    };
  }

  /** Closes the breaker and forgets cooldowns and the retry budget (between test or chaos scenarios). */
  resetResilience(): void {
    this.breaker.reset();
    this.gate.reset();
    this.budget = this.newBudget();
  }

  /**
   * Sends a request and returns its JSON; the method and body come from `options`. GETs are
   * retried on network errors, 429, 502, 503 and 504 while the budget and the deadline allow.
   * `target` gets the checks `resolve` makes, without being parsed again, and is used as it is
   * (unless it has a fragment): the caller must not change it afterwards.
   */
  async getJson(target: URL, options: RequestOptions = {}): Promise<UpstreamResponse> {
    const url = checkLink(this.provider, target, this.allowedOrigins);
    const { cache } = this.opts;
    // Only plain GETs: a request with headers of its own may be answered differently.
    if (cache && (options.method ?? 'GET') === 'GET' && options.headers === undefined) {
      const request = { provider: this.provider, identity: this.identity, url };
      // A hit makes no exchange, so it gets a span of its own here.
      const emit = (event: CacheEvent): void => {
        if (event.result === 'hit') cacheHitSpan(this.provider, 'GET', url);
        this.opts.onCacheEvent?.(event);
      };
      return cache.through(request, (validators) => this.send(url, { ...options, validators }), emit);
    }
    return this.send(url, options);
  }

  private async send(url: URL, options: RequestOptions): Promise<UpstreamResponse> {
    const { retry } = this.opts;
    const signal = options.operation?.signal ?? options.signal;
    const retries = (options.method ?? 'GET') === 'GET' ? retry.maxRetries : 0;
    // Everything but the credentials is the same for every attempt and hop: merged once.
    const base = options.headers === undefined && options.validators === undefined
      ? this.opts.defaultHeaders
      : { ...this.opts.defaultHeaders, ...options.headers, ...options.validators };
    this.budget.deposit();
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.once(url, options, base, signal, attempt + 1);
      } catch (error) {
        if (attempt >= retries || !isRetryable(error, this.gate.maxWaitMs)) throw error;
        // Full jitter; a 429's Retry-After is waited out by the rate gate before the next attempt.
        const delay = Math.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt);
        if (delay >= (options.operation?.remainingMs() ?? Number.POSITIVE_INFINITY) || !this.budget.withdraw()) throw error;
        await sleep(delay, signal).catch(() => {
          throw this.ended(options, error);
        });
        this.opts.onResilience?.({ kind: 'retry', provider: this.provider });
      }
    }
  }

  private async once(url: URL, options: RequestOptions, base: Readonly<Record<string, string>>, signal: AbortSignal | undefined, attemptNo: number): Promise<UpstreamResponse> {
    if (signal?.aborted) throw this.ended(options);
    const wait = this.gate.reserve(options.operation?.remainingMs() ?? Number.POSITIVE_INFINITY);
    if (wait > 0) await sleep(wait, signal).catch(() => {
      throw this.ended(options);
    });
    return this.breaker.run(async () => {
      const release = await this.bulkhead.acquire(signal, () => this.ended(options));
      const attempt = new AttemptSignal(signal, this.opts.timeoutMs);
      try {
        return await untilAborted(this.follow(url, options, base, attempt.signal, attemptNo), attempt.signal);
      } catch (error) {
        if (attempt.timedOut) throw this.timeout();
        if (signal?.aborted) throw this.ended(options, error);
        throw error;
      } finally {
        attempt.done();
        release();
      }
    });
  }

  private async follow(first: URL, options: RequestOptions, base: Readonly<Record<string, string>>, signal: AbortSignal, attempt: number): Promise<UpstreamResponse> {
    const redirectedFrom: string[] = [];
    let url = first;
    let renewed = false;
    for (;;) {
      const pending = withCredentials(this.opts.auth, base);
      // Fixed credentials need no turn of the event loop.
      const headers = pending instanceof Promise ? await pending : pending;
      const res = await exchange(this.exchanges, url, options, headers, signal, attempt);
      this.gate.observe(res.status, res.headers);
      if (REDIRECTS.has(res.status)) {
        // Drain the redirect's body so its keep-alive socket goes back to the pool.
        await res.text().catch(() => '');
        const next = this.redirectTarget(url, res.headers.get('location'));
        if (redirectedFrom.length >= this.opts.maxRedirects) {
          throw badResponse(this.provider, `more than ${this.opts.maxRedirects} redirects`);
        }
        redirectedFrom.push(url.href);
        url = next;
        continue;
      }
      const body = await readJsonBody(res, this.limits);
      if (res.status === 304 && options.validators) return { url: url.href, status: 304, body: undefined, headers: res.headers, redirectedFrom };
      if (res.status === 401 && !renewed && this.opts.auth?.renew && (await this.opts.auth.renew(headers))) {
        renewed = true;
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        throw statusError(this.provider, res.status, res.headers, this.opts.errorRef?.(body));
      }
      if (body === undefined) throw badResponse(this.provider, `HTTP ${res.status} with an empty or non-JSON body`);
      return { url: url.href, status: res.status, body, headers: res.headers, redirectedFrom };
    }
  }

  private redirectTarget(from: URL, location: string | null): URL {
    if (!location) throw badResponse(this.provider, 'a redirect without a Location header');
    const next = this.resolve(location, from);
    // Same origin as the hop that redirected: a provider may not bounce us to a sibling origin.
    if (next.origin !== from.origin) throw linkRejected(this.provider, 'a redirect leaves the origin it came from');
    return next;
  }

  private timeout(): ParleyError {
    return timeoutError(this.limits);
  }

  /** The operation ended (deadline or disconnect) or the caller's signal aborted. */
  private ended(options: RequestOptions, cause?: unknown): ParleyError {
    const error = options.operation?.error(this.provider) ?? (cause instanceof ParleyError ? cause : this.timeout());
    callerEnded.add(error);
    return error;
  }

  private newBudget(): RetryBudget {
    const { budgetRatio, budgetWindowMs, budgetMinPerSecond } = this.opts.retry;
    return new RetryBudget(budgetRatio, budgetWindowMs, budgetMinPerSecond);
  }
}
