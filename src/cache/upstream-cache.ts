import { z } from 'zod';
import type { CacheRequest, ResponseCache, ResponseHeaders, SendUpstream, UpstreamResponse } from '../http/http-types';
import type { CacheEvent, CacheEventListener } from './cache-event';
import { upstreamKey } from './cache-key';
import { freshSeconds, readCacheControl } from './cache-policy';
import type { CacheStore } from './store';

export interface UpstreamCacheOptions {
  store: CacheStore;
  /** PARLEY_UPSTREAM_CACHE_TTL_S: freshness of an answer without max-age (at least 1: 0 means no cache at all). */
  defaultTtlSeconds: number;
  /** PARLEY_UPSTREAM_CACHE_STALE_S: how long past freshness an entry with a validator is kept to revalidate. */
  staleSeconds: number;
  /** Larger entries are not stored (default 1 MiB of JSON). */
  maxEntryBytes?: number;
  /** Wall clock shared by the replicas (tests move it). */
  now?: () => number;
}

// Headers that describe one exchange rather than the resource; a replayed answer never carries them.
const EXCHANGE_ONLY = /^(set-cookie2?|connection|keep-alive|transfer-encoding|content-length|content-encoding|date|age|retry-after|www-authenticate|proxy-.*|(x-)?rate-?limit.*)$/i;

const Entry = z.object({
  v: z.literal(1),
  url: z.string(),
  status: z.number().int(),
  body: z.unknown(),
  headers: z.record(z.string(), z.string()),
  redirectedFrom: z.array(z.string()),
  /** Epoch ms until which the entry is served without asking the upstream. */
  freshUntil: z.number(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
});
type Entry = z.infer<typeof Entry>;

function headerRecord(headers: ResponseHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  if (headers.forEach) {
    headers.forEach((value, name) => {
      if (!EXCHANGE_ONLY.test(name)) kept[name.toLowerCase()] = value;
    });
    return kept;
  }
  // A fetch that cannot list its headers (a test double): the ones the cache itself reads.
  for (const name of ['content-type', 'cache-control', 'etag', 'last-modified']) {
    const value = headers.get(name);
    if (value !== null) kept[name] = value;
  }
  return kept;
}

const readerOf = (record: Readonly<Record<string, string>>): ResponseHeaders => ({
  get: (name) => record[name.toLowerCase()] ?? null,
  forEach: (callback) => Object.entries(record).forEach(([name, value]) => callback(value, name)),
});

const answerOf = (entry: Entry): UpstreamResponse => ({
  url: entry.url,
  status: entry.status,
  body: entry.body,
  headers: readerOf(entry.headers),
  redirectedFrom: [...entry.redirectedFrom],
});

/**
 * The upstream response cache (issue 11): GET answers of status 200 by canonical URL and
 * credential fingerprint, fresh for the upstream's max-age or the configured TTL, kept past
 * that for revalidation when they carry an ETag or Last-Modified. The store failing is a miss
 * and an 'error' event, never a failed request.
 */
export class UpstreamCache implements ResponseCache {
  private readonly store: CacheStore;
  private readonly defaultTtl: number;
  private readonly stale: number;
  private readonly maxEntryBytes: number;
  private readonly now: () => number;

  constructor(options: UpstreamCacheOptions) {
    this.store = options.store;
    this.defaultTtl = options.defaultTtlSeconds;
    this.stale = options.staleSeconds;
    this.maxEntryBytes = options.maxEntryBytes ?? 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  async through(request: CacheRequest, send: SendUpstream, emit?: CacheEventListener): Promise<UpstreamResponse> {
    const report = (result: CacheEvent['result']): void => emit?.({ layer: 'upstream', provider: request.provider, result });
    const key = upstreamKey(request.provider, request.identity, request.url);
    const found = await this.read(key, report);
    const entry = found === 'error' ? undefined : found;
    if (entry && entry.freshUntil > this.now()) {
      report('hit');
      return answerOf(entry);
    }
    const validators: Record<string, string> = {};
    if (entry?.etag !== undefined) validators['if-none-match'] = entry.etag;
    else if (entry?.lastModified !== undefined) validators['if-modified-since'] = entry.lastModified;
    if (Object.keys(validators).length === 0) {
      // A store failure was reported as an error, which already counts as a miss.
      if (found !== 'error') report('miss');
      return this.keep(key, await send({}), report);
    }
    const answer = await send(validators);
    // A 304 from another resource (a merge redirect that now points elsewhere) says nothing about this entry.
    if (answer.status === 304 && entry && answer.url === entry.url) {
      report('revalidated');
      const refreshed = this.refresh(entry, answer.headers);
      await this.write(key, refreshed, report);
      return answerOf(refreshed);
    }
    report('miss');
    return this.keep(key, answer.status === 304 ? await send({}) : answer, report);
  }

  /** The entry under `key`, 'error' when the store failed, undefined when absent or unreadable. */
  private async read(key: string, report: (result: CacheEvent['result']) => void): Promise<Entry | 'error' | undefined> {
    let raw: string | undefined;
    try {
      raw = await this.store.get(key);
    } catch {
      report('error');
      return 'error';
    }
    if (raw === undefined) return undefined;
    try {
      const parsed = Entry.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a fresh answer when its status and Cache-Control allow; returns it either way. */
  private async keep(key: string, answer: UpstreamResponse, report: (result: CacheEvent['result']) => void): Promise<UpstreamResponse> {
    if (answer.status !== 200) return answer;
    const policy = readCacheControl(answer.headers.get('cache-control'));
    if (policy.noStore) return answer;
    const headers = headerRecord(answer.headers);
    const entry: Entry = {
      v: 1,
      url: answer.url,
      status: answer.status,
      body: answer.body,
      headers,
      redirectedFrom: answer.redirectedFrom,
      freshUntil: this.now() + freshSeconds(answer.headers, policy, this.defaultTtl) * 1000,
      ...(headers['etag'] === undefined ? {} : { etag: headers['etag'] }),
      ...(headers['last-modified'] === undefined ? {} : { lastModified: headers['last-modified'] }),
    };
    await this.write(key, entry, report);
    return answer;
  }

  /** A 304 confirms the body: new freshness and validators from its headers, the rest kept. */
  private refresh(entry: Entry, headers: ResponseHeaders): Entry {
    const policy = readCacheControl(headers.get('cache-control') ?? entry.headers['cache-control'] ?? null);
    const etag = headers.get('etag') ?? entry.etag;
    const lastModified = headers.get('last-modified') ?? entry.lastModified;
    return {
      ...entry,
      freshUntil: this.now() + freshSeconds(headers, policy, this.defaultTtl) * 1000,
      ...(etag === undefined ? {} : { etag }),
      ...(lastModified === undefined ? {} : { lastModified }),
    };
  }

  private async write(key: string, entry: Entry, report: (result: CacheEvent['result']) => void): Promise<void> {
    const fresh = Math.max(0, entry.freshUntil - this.now()) / 1000;
    const revalidatable = entry.etag !== undefined || entry.lastModified !== undefined;
    const ttl = Math.ceil(fresh + (revalidatable ? this.stale : 0));
    // Nothing to serve (no freshness) and nothing to revalidate with: storing it would only cost.
    if (ttl <= 0 || (fresh === 0 && !revalidatable)) return;
    const value = JSON.stringify(entry);
    if (value.length > this.maxEntryBytes) return;
    try {
      await this.store.set(key, value, ttl);
      report('store');
    } catch {
      report('error');
    }
  }
}
