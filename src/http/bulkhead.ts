import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley-error';

interface Waiter {
  grant(): void;
}

/**
 * Caps the requests in flight to one provider, with a bounded FIFO queue behind the cap, so a
 * slow provider queues its own callers instead of exhausting sockets for everyone.
 *
 * Written by hand rather than with cockatiel 3.2.1's `bulkhead`: that one frees the slot and
 * starts the next queued task a microtask later, so a newcomer arriving in between takes the
 * slot first (the queued task then goes to the back, or is rejected); and a queued task whose
 * signal aborts keeps its queue place until it reaches the front. Here a finished task hands
 * its slot straight to the oldest waiter, and a waiter that gives up leaves the queue at once.
 */
export class Bulkhead {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly provider: string,
    private readonly limit: number,
    private readonly queueLimit: number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Bulkhead limit must be a positive integer; got ${limit}`);
    if (!Number.isInteger(queueLimit) || queueLimit < 0) throw new RangeError(`Bulkhead queue must be a whole number; got ${queueLimit}`);
  }

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Waits for a slot and returns the function that gives it back (call it exactly once).
   * A full queue fails at once; an abort while queued rejects with `onAbort()`'s error.
   */
  acquire(signal?: AbortSignal, onAbort?: () => Error): Promise<() => void> {
    if (this.active < this.limit && this.waiting.length === 0) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.queueLimit) {
      return Promise.reject(new ParleyError(
        ErrorCode.PROVIDER_UNAVAILABLE,
        `${this.provider} is saturated: ${this.limit} requests in flight and ${this.queueLimit} waiting`,
        { provider: this.provider, retryAfter: 1 },
      ));
    }
    return new Promise<() => void>((resolve, reject) => {
      const abort = (): void => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(onAbort?.() ?? new Error('aborted while queued'));
      };
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', abort);
          resolve(this.releaser());
        },
      };
      if (signal?.aborted) {
        reject(onAbort?.() ?? new Error('aborted while queued'));
        return;
      }
      signal?.addEventListener('abort', abort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes to the oldest waiter without ever being free, so nobody can overtake it.
      if (next) next.grant();
      else this.active -= 1;
    };
  }
}
