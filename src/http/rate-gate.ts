import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley-error';
import type { ResilienceEvent } from './http-types';
import { retryAfterSeconds, type HeaderReader } from './status-error';

/** Where a provider reports its rate-limit budget; the first header present wins. */
export interface RateLimitHeaders {
  remaining: readonly string[];
  limit: readonly string[];
  /** Seconds until the window resets, or the reset time in Unix seconds. */
  reset: readonly string[];
}

/** Help Scout's per-minute headers and the common `X-RateLimit-*` / IETF `RateLimit-*` ones (TextUs). */
export const DEFAULT_RATE_LIMIT_HEADERS: RateLimitHeaders = {
  remaining: ['x-ratelimit-remaining-minute', 'x-ratelimit-remaining', 'ratelimit-remaining'],
  limit: ['x-ratelimit-limit-minute', 'x-ratelimit-limit', 'ratelimit-limit'],
  reset: ['x-ratelimit-reset', 'ratelimit-reset'],
};

export interface RateGateOptions {
  headers?: RateLimitHeaders;
  /** The longest a request waits for a cooldown or its paced turn; longer means RATE_LIMITED at once. */
  maxWaitMs?: number;
  /** Window assumed when a provider sends no reset header (Help Scout's is a minute). */
  windowMs?: number;
  now?: () => number;
}

/** Start pacing when this share of the window's budget (or fewer than 2 requests) is left. */
const LOW_WATER = 0.05;

/**
 * Keeps Parley inside a provider's rate limit, per provider and credential (one gate per
 * HttpClient). After a 429 with Retry-After, every request answers RATE_LIMITED with the seconds
 * left, without calling upstream, until the time has passed (unless the wait is short enough to
 * sit out). When the rate-limit headers say the budget is nearly spent, requests are spaced out
 * over what is left of the window instead of spending it at once. Hand-written: cockatiel has
 * neither Retry-After cooldowns nor header-driven pacing.
 */
export class RateGate {
  private cooldownUntil = 0;
  private spacingMs = 0;
  private nextSlot = 0;
  private readonly headers: RateLimitHeaders;
  /** The longest wait sat out before sending; a 429 asking for more is not retried. */
  readonly maxWaitMs: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(
    private readonly provider: string,
    options: RateGateOptions = {},
    /** Metrics: each wait before sending and each refusal. */
    private readonly report?: (event: ResilienceEvent) => void,
  ) {
    this.headers = options.headers ?? DEFAULT_RATE_LIMIT_HEADERS;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Seconds until the cooldown ends, or null when there is none. */
  retryAfterSeconds(): number | null {
    const left = this.cooldownUntil - this.now();
    return left > 0 ? Math.ceil(left / 1000) : null;
  }

  /** Reads a response's rate-limit state: a 429's Retry-After, or the remaining budget. */
  observe(status: number, headers: HeaderReader): void {
    if (status === 429) {
      const seconds = retryAfterSeconds(headers, this.now());
      if (seconds !== undefined) this.cooldownUntil = Math.max(this.cooldownUntil, this.now() + seconds * 1000);
      return;
    }
    const remaining = this.first(headers, this.headers.remaining);
    if (remaining === undefined) return;
    const limit = this.first(headers, this.headers.limit);
    const low = Math.max(2, limit === undefined ? 0 : Math.ceil(limit * LOW_WATER));
    if (remaining > low) {
      this.spacingMs = 0;
      return;
    }
    const reset = this.first(headers, this.headers.reset);
    // Large values are Unix times (TextUs), small ones seconds from now.
    const windowLeft = reset === undefined ? this.windowMs : reset > 1e9 ? reset * 1000 - this.now() : reset * 1000;
    this.spacingMs = Math.max(0, windowLeft) / (remaining + 1);
    // Nothing left: the next request waits for the window to reset.
    if (remaining === 0) this.nextSlot = Math.max(this.nextSlot, this.now() + Math.max(0, windowLeft));
  }

  /**
   * How long to wait before sending, in ms (0: send now). Throws RATE_LIMITED, before any
   * upstream call, when the wait is longer than allowed or than `budgetMs` (the deadline).
   */
  reserve(budgetMs: number): number {
    const now = this.now();
    let wait = Math.max(0, this.cooldownUntil - now);
    if (this.spacingMs > 0) {
      const slot = Math.max(now + wait, this.nextSlot);
      wait = slot - now;
      if (wait <= Math.min(this.maxWaitMs, budgetMs)) this.nextSlot = slot + this.spacingMs;
    }
    if (wait > Math.min(this.maxWaitMs, budgetMs)) {
      this.report?.({ kind: 'rate-limited', provider: this.provider });
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      throw new ParleyError(ErrorCode.RATE_LIMITED, `${this.provider} rate limit reached; retry after ${seconds} s`, {
        provider: this.provider,
        retryAfter: seconds,
      });
    }
    if (wait > 0) this.report?.({ kind: 'rate-limit-wait', provider: this.provider, ms: wait });
    return wait;
  }

  reset(): void {
    this.cooldownUntil = 0;
    this.spacingMs = 0;
    this.nextSlot = 0;
  }

  private first(headers: HeaderReader, names: readonly string[]): number | undefined {
    for (const name of names) {
      const raw = headers.get(name);
      if (raw !== null && /^\s*\d+(\.\d+)?\s*$/.test(raw)) return Number(raw);
    }
    return undefined;
  }
}
