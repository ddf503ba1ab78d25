import {
  BrokenCircuitError, CircuitState, ConsecutiveBreaker, CountBreaker, circuitBreaker, handleWhen,
  type CircuitBreakerPolicy, type IBreaker,
} from 'cockatiel';
import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley-error';
import type { ResilienceEvent } from './http-types';

export interface BreakerOptions {
  /** Opens after this many failures in a row (default 5). */
  consecutiveFailures?: number;
  /** …or when this share of the last `sampleSize` calls failed (default 0.5 of 20, once 10 were made). */
  failureRatio?: number;
  sampleSize?: number;
  minimumCalls?: number;
  /** How long it stays open before one probe may go through (default 30 s). */
  halfOpenAfterMs?: number;
}

export type BreakerState = 'closed' | 'open' | 'half-open';

/** Opens when either cockatiel breaker would: a run of failures, or a failure ratio. */
class EitherBreaker implements IBreaker {
  constructor(private readonly a: IBreaker, private readonly b: IBreaker) {}

  get state(): unknown {
    return [this.a.state, this.b.state];
  }

  set state(value: unknown) {
    if (Array.isArray(value)) [this.a.state, this.b.state] = value as [unknown, unknown];
  }

  success(state: CircuitState): void {
    this.a.success(state);
    this.b.success(state);
  }

  failure(state: CircuitState): boolean {
    const a = this.a.failure(state);
    const b = this.b.failure(state);
    return a || b;
  }
}

/**
 * The circuit breaker of one provider and credential: cockatiel's `CircuitBreakerPolicy`
 * (open, half-open with a single probe, close) with Parley's trip rule and errors. While open
 * it answers PROVIDER_UNAVAILABLE with `retryAfter` and never calls upstream.
 */
export class ProviderBreaker {
  private policy: CircuitBreakerPolicy;
  private openedAt = 0;
  private readonly halfOpenAfterMs: number;

  constructor(
    private readonly provider: string,
    private readonly isFailure: (error: Error) => boolean,
    private readonly options: BreakerOptions = {},
    /** Metrics: each time the breaker opens. */
    private readonly report?: (event: ResilienceEvent) => void,
  ) {
    this.halfOpenAfterMs = options.halfOpenAfterMs ?? 30_000;
    this.policy = this.build();
  }

  get state(): BreakerState {
    switch (this.policy.state) {
      case CircuitState.Open:
        return 'open';
      case CircuitState.HalfOpen:
        return 'half-open';
      default:
        return 'closed';
    }
  }

  /** Seconds until the next probe may go through, or null when not open. */
  retryAfterSeconds(): number | null {
    if (this.policy.state !== CircuitState.Open) return null;
    return Math.max(1, Math.ceil((this.openedAt + this.halfOpenAfterMs - Date.now()) / 1000));
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await this.policy.execute(task);
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        const seconds = this.retryAfterSeconds() ?? 1;
        throw new ParleyError(
          ErrorCode.PROVIDER_UNAVAILABLE,
          `${this.provider} is failing; Parley stopped calling it for ${seconds} s (circuit open)`,
          { provider: this.provider, retryAfter: seconds },
        );
      }
      throw error;
    }
  }

  /** Back to closed with empty counters (tests and the chaos run between scenarios). */
  reset(): void {
    this.policy = this.build();
  }

  private build(): CircuitBreakerPolicy {
    const { consecutiveFailures = 5, failureRatio = 0.5, sampleSize = 20, minimumCalls = 10 } = this.options;
    const policy = circuitBreaker(handleWhen(this.isFailure), {
      halfOpenAfter: this.halfOpenAfterMs,
      breaker: new EitherBreaker(
        new ConsecutiveBreaker(consecutiveFailures),
        new CountBreaker({ threshold: failureRatio, size: sampleSize, minimumNumberOfCalls: minimumCalls }),
      ),
    });
    policy.onBreak(() => {
      this.openedAt = Date.now();
      this.report?.({ kind: 'breaker-open', provider: this.provider });
    });
    return policy;
  }
}
