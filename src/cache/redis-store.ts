import { Redis } from 'ioredis';
import type { Logger } from '../logger';
import type { CacheStore } from './store';

export interface RedisStoreOptions {
  /** PARLEY_REDIS_URL (checked by readCacheConfig). */
  url: string;
  /** Longest wait for one command (PARLEY_REDIS_TIMEOUT_MS). */
  timeoutMs: number;
  logger?: Logger;
  /** After a command timed out, commands fail at once for this long instead of queueing on a stalled server. */
  cooldownMs?: number;
}

/** Reconnection delays: quick at first, then every 2 s for as long as the server stays away. */
const reconnectDelay = (attempt: number): number => Math.min(50 * 2 ** attempt, 2000);

/**
 * The shared store on ioredis. Tuned so that Redis can only ever cost a query a short wait:
 * every command has a timeout, nothing queues while disconnected (a command then fails at
 * once), nothing is resent after a reconnect, and the client reconnects in the background for
 * as long as it takes. After a timeout (a stalled or overloaded server) commands fail fast for
 * a moment rather than pile up behind the stalled ones.
 */
export class RedisStore implements CacheStore {
  readonly kind = 'redis';
  private readonly client: Redis;
  private readonly cooldownMs: number;
  private coolUntil = 0;
  private reported = false;

  constructor(options: RedisStoreOptions) {
    const { logger } = options;
    this.cooldownMs = options.cooldownMs ?? 1000;
    this.client = new Redis(options.url, {
      commandTimeout: options.timeoutMs,
      connectTimeout: Math.max(1000, options.timeoutMs * 10),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      retryStrategy: reconnectDelay,
      connectionName: 'parley',
      // CLIENT SETINFO needs Redis 7.2; older servers answer it with an error on every connect.
      disableClientInfo: true,
    });
    // Without a listener an 'error' event would end the process; one line per outage is enough.
    this.client.on('error', (error: Error) => {
      if (this.reported) return;
      this.reported = true;
      logger?.warn({ reason: error.message }, 'Redis unavailable: cache lookups are misses until it is back');
    });
    this.client.on('ready', () => {
      if (this.reported) logger?.info('Redis reachable again: shared cache back in use');
      this.reported = false;
    });
  }

  /** ioredis's connection state ('ready' when commands can be sent). */
  get status(): string {
    return this.client.status;
  }

  async get(key: string): Promise<string | undefined> {
    const value = await this.run(() => this.client.get(key));
    return value ?? undefined;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.run(() => this.client.set(key, value, 'EX', Math.max(1, Math.ceil(ttlSeconds))));
  }

  async delete(key: string): Promise<void> {
    await this.run(() => this.client.del(key));
  }

  ready(timeoutMs: number): Promise<boolean> {
    if (this.client.status === 'ready') return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean): void => {
        clearTimeout(timer);
        this.client.off('ready', onReady);
        resolve(ok);
      };
      const onReady = (): void => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.client.on('ready', onReady);
    });
  }

  close(): Promise<void> {
    // disconnect(), not quit(): quit waits for replies a stalled server may never send.
    this.client.disconnect();
    return Promise.resolve();
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    if (performance.now() < this.coolUntil) throw new Error('Redis timed out moments ago: not waiting on it again yet');
    try {
      return await command();
    } catch (error) {
      if (error instanceof Error && /timed out/i.test(error.message)) this.coolUntil = performance.now() + this.cooldownMs;
      throw error;
    }
  }
}
