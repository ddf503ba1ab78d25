/**
 * Caps retries to a share of recent traffic, after tower's `Budget` (used by Apollo Router and
 * Envoy): over the last `windowMs`, retries may add `ratio` of the requests made plus a small
 * floor, so a provider that fails every request is retried about 20% more, not 3×.
 * Hand-written: cockatiel has no retry budget.
 */
export class RetryBudget {
  private readonly seconds: number;
  private readonly buckets: { second: number; requests: number; retries: number }[];

  constructor(
    private readonly ratio = 0.2,
    windowMs = 10_000,
    private readonly minPerSecond = 1,
    private readonly now: () => number = Date.now,
  ) {
    this.seconds = Math.max(1, Math.round(windowMs / 1000));
    this.buckets = Array.from({ length: this.seconds }, () => ({ second: -1, requests: 0, retries: 0 }));
  }

  /** Records a first attempt (a request a caller asked for). */
  deposit(): void {
    this.bucket().requests += 1;
  }

  /** Takes one retry from the budget; false when the budget is spent (do not retry). */
  withdraw(): boolean {
    const current = this.bucket();
    const { requests, retries } = this.totals();
    if (retries + 1 > this.minPerSecond * this.seconds + this.ratio * requests) return false;
    current.retries += 1;
    return true;
  }

  private totals(): { requests: number; retries: number } {
    const oldest = Math.floor(this.now() / 1000) - this.seconds + 1;
    let requests = 0;
    let retries = 0;
    for (const b of this.buckets) {
      if (b.second < oldest) continue;
      requests += b.requests;
      retries += b.retries;
    }
    return { requests, retries };
  }

  private bucket(): { second: number; requests: number; retries: number } {
    const second = Math.floor(this.now() / 1000);
    const slot = this.buckets[second % this.seconds] as { second: number; requests: number; retries: number };
    if (slot.second !== second) {
      slot.second = second;
      slot.requests = 0;
      slot.retries = 0;
    }
    return slot;
  }
}
