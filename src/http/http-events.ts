import type { CacheEvent } from '../cache/cache-event';
import type { Exchange, HttpClientOptions, ResilienceEvent } from './http-types';

/** What an observer of the HTTP layer may listen to (a server's metrics, a test, a log line). */
export interface HttpObserver {
  exchange?(exchange: Exchange): void;
  resilience?(event: ResilienceEvent): void;
  cache?(event: CacheEvent): void;
}

export type HttpHooks = Required<Pick<HttpClientOptions, 'onExchange' | 'onResilience' | 'onCacheEvent'>>;

/**
 * Fans the HTTP layer's events out to observers that come and go. The gateway's clients are built
 * once, before any server exists, and keep these hooks for life; each server subscribes its own
 * metrics registry when it is created and unsubscribes when it stops, so two servers in one
 * process (tests, benchmarks) never count each other's requests. With no observer an event
 * costs a call and an empty loop.
 */
export class HttpEvents {
  // Replaced, never mutated: an observer leaving during a dispatch does not disturb the loop.
  private observers: readonly HttpObserver[] = [];

  readonly hooks: HttpHooks = {
    onExchange: (exchange) => {
      for (const observer of this.observers) observer.exchange?.(exchange);
    },
    onResilience: (event) => {
      for (const observer of this.observers) observer.resilience?.(event);
    },
    onCacheEvent: (event) => {
      for (const observer of this.observers) observer.cache?.(event);
    },
  };

  /** Adds an observer; the returned function removes it. */
  subscribe(observer: HttpObserver): () => void {
    this.observers = [...this.observers, observer];
    return () => {
      this.observers = this.observers.filter((o) => o !== observer);
    };
  }
}
