import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { SimReply } from './sim-types';

/**
 * HTTP caching a simulator can play, for the upstream cache's tests: off unless a test turns it
 * on (`SimulatedProvider.caching`), so the replies and request counts of every other test stay as
 * they were.
 */
export interface SimCaching {
  /** Paths it applies to (default: every GET). */
  match?: RegExp;
  /** Sent as `Cache-Control` on 200 and 304 replies (`max-age=60`, `no-store`, `private, max-age=0`). */
  cacheControl?: string;
  /** Send a strong ETag derived from the body, and answer a matching `If-None-Match` with 304. */
  etag?: boolean;
  /** Send this `Last-Modified` (an HTTP date), and answer `If-Modified-Since` at or after it with 304. */
  lastModified?: string;
}

const etagOf = (payload: string): string => `"${createHash('sha256').update(payload).digest('hex').slice(0, 20)}"`;

// Weak and strong tags compare alike for GET (RFC 9110 §13.1.2: weak comparison).
const bare = (tag: string): string => tag.trim().replace(/^W\//, '');

function notModified(headers: IncomingHttpHeaders, etag: string | undefined, lastModified: string | undefined): boolean {
  const noneMatch = headers['if-none-match'];
  // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2).
  if (noneMatch !== undefined) {
    return etag !== undefined && noneMatch.split(',').some((tag) => bare(tag) === '*' || bare(tag) === etag);
  }
  const since = headers['if-modified-since'];
  if (since === undefined || lastModified === undefined) return false;
  const [sinceMs, modifiedMs] = [Date.parse(since), Date.parse(lastModified)];
  return !Number.isNaN(sinceMs) && !Number.isNaN(modifiedMs) && modifiedMs <= sinceMs;
}

/**
 * A 200 reply with the configured `Cache-Control` and validators, or a bodiless 304 when the
 * request's conditional headers match them. Other statuses are never cacheable and pass as they are.
 */
export function withCaching(reply: SimReply, payload: string, request: IncomingHttpHeaders, caching: SimCaching): SimReply {
  if (reply.status !== 200) return reply;
  const etag = caching.etag ? etagOf(payload) : undefined;
  const added: Record<string, string> = {
    ...(caching.cacheControl === undefined ? {} : { 'cache-control': caching.cacheControl }),
    ...(etag === undefined ? {} : { etag }),
    ...(caching.lastModified === undefined ? {} : { 'last-modified': caching.lastModified }),
  };
  if (!notModified(request, etag, caching.lastModified)) return { ...reply, headers: { ...reply.headers, ...added } };
  const kept = Object.entries(reply.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-type');
  return { status: 304, headers: { ...Object.fromEntries(kept), ...added } };
}
