import type { CacheStore } from './store';

/** Default bound of the in-memory store: the APQ documents and upstream answers of one process. */
export const DEFAULT_MEMORY_BYTES = 64 * 1024 * 1024;

interface Slot {
  value: string;
  expiresAt: number;
  bytes: number;
}

/**
 * The store without PARLEY_REDIS_URL: per process, least recently used entries leave first once
 * `maxBytes` is reached, and each entry expires like a Redis key with the same TTL. Strings, as
 * in Redis, so every reader parses its own copy and no request can change another's data.
 */
export class MemoryStore implements CacheStore {
  readonly kind = 'memory';
  private readonly slots = new Map<string, Slot>();
  private bytes = 0;

  constructor(
    private readonly maxBytes = DEFAULT_MEMORY_BYTES,
    private readonly now: () => number = Date.now,
  ) {}

  /** Bytes held (UTF-16 code units × 2, keys included). */
  get size(): number {
    return this.bytes;
  }

  get(key: string): Promise<string | undefined> {
    const slot = this.slots.get(key);
    if (!slot) return Promise.resolve(undefined);
    this.slots.delete(key);
    if (slot.expiresAt <= this.now()) {
      this.bytes -= slot.bytes;
      return Promise.resolve(undefined);
    }
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
    this.slots.set(key, slot);
    return Promise.resolve(slot.value);
  }

  set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.remove(key);
    const bytes = (key.length + value.length) * 2;
    if (bytes > this.maxBytes) return Promise.resolve();
    this.slots.set(key, { value, bytes, expiresAt: this.now() + ttlSeconds * 1000 });
    this.bytes += bytes;
    for (const [oldest] of this.slots) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.remove(key);
    return Promise.resolve();
  }

  ready(): Promise<boolean> {
    return Promise.resolve(true);
  }

  close(): Promise<void> {
    this.slots.clear();
    this.bytes = 0;
    return Promise.resolve();
  }

  private remove(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    this.slots.delete(key);
    this.bytes -= slot.bytes;
  }
}
