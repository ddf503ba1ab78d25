import { setMaxListeners } from 'node:events';
import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley-error';

export const DEFAULT_OPERATION_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_UPSTREAM_PER_OPERATION = 200;

export interface OperationOptions {
  /** Everything the operation waits for (queueing, retries, page chains) ends by then. */
  timeoutMs?: number;
  /** Upstream requests one operation may issue; the next one is refused without a call. */
  maxUpstreamRequests?: number;
  /** Aborts when the client goes away before its answer (the server passes it). */
  signal?: AbortSignal;
}

/**
 * One GraphQL operation's budget: a deadline and a cap on upstream requests, and the signal
 * that ends every upstream request of the operation when the deadline passes or the client
 * disconnects.
 *
 * Built on one AbortController held by this object and a plain timer, not on
 * `AbortSignal.any([AbortSignal.timeout(ms)])`: on Node 20 the inner timeout signal can be
 * garbage-collected before it fires (nodejs/node#57736), and the request then never ends.
 * Here the timer holds the controller until it fires or `dispose()` clears it.
 */
export class Operation {
  readonly timeoutMs: number;
  readonly maxUpstreamRequests: number;
  readonly deadlineAt: number;
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly parent: AbortSignal | undefined;
  private readonly onParentAbort = (): void => this.end('disconnected');
  private ended: 'deadline' | 'disconnected' | undefined;
  private issued = 0;

  constructor(options: OperationOptions = {}) {
    // Every attempt in flight listens to this signal (up to the upstream cap), by design.
    setMaxListeners(0, this.controller.signal);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
    this.maxUpstreamRequests = options.maxUpstreamRequests ?? DEFAULT_MAX_UPSTREAM_PER_OPERATION;
    this.deadlineAt = performance.now() + this.timeoutMs;
    this.timer = setTimeout(() => this.end('deadline'), this.timeoutMs);
    // An operation nobody disposes must not keep a stopping process alive for its deadline.
    this.timer.unref();
    this.parent = options.signal;
    if (this.parent?.aborted) this.end('disconnected');
    else this.parent?.addEventListener('abort', this.onParentAbort, { once: true });
  }

  /** Aborts when the deadline passes or the client disconnects. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Why the operation ended early, if it did. */
  get endedBy(): 'deadline' | 'disconnected' | undefined {
    return this.ended;
  }

  remainingMs(): number {
    return Math.max(0, this.deadlineAt - performance.now());
  }

  get upstreamRequests(): number {
    return this.issued;
  }

  /**
   * Counts `count` upstream requests about to be issued. Over the cap, throws and counts
   * nothing: the request is never sent.
   */
  admit(provider: string, count = 1): void {
    if (this.issued + count > this.maxUpstreamRequests) {
      throw new ParleyError(
        ErrorCode.BAD_USER_INPUT,
        `This operation needs more than ${this.maxUpstreamRequests} upstream requests (the limit per operation); ask for fewer ids, aliases or items`,
        { provider },
      );
    }
    this.issued += count;
  }

  /** The error an upstream wait ends with once the operation is over. */
  error(provider: string): ParleyError {
    const message = this.ended === 'disconnected'
      ? `${provider} request cancelled: the client disconnected`
      : `${provider} did not answer within the operation deadline of ${this.timeoutMs} ms`;
    return new ParleyError(ErrorCode.PROVIDER_TIMEOUT, message, { provider });
  }

  /** Clears the timer and the client listener; the operation's requests are over. */
  dispose(): void {
    clearTimeout(this.timer);
    this.parent?.removeEventListener('abort', this.onParentAbort);
  }

  private end(reason: 'deadline' | 'disconnected'): void {
    if (this.ended) return;
    this.ended = reason;
    clearTimeout(this.timer);
    this.parent?.removeEventListener('abort', this.onParentAbort);
    this.controller.abort(this.error('upstream'));
  }
}
