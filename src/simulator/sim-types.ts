import type { IncomingHttpHeaders } from 'node:http';

export interface SimRequest {
  method: string;
  url: URL;
  /** Decoded path parameters of the matched route (`:id` → params.id). */
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Request body as text (empty for GET); capped at 64 KiB. */
  body: string;
}

export interface SimReply {
  status: number;
  /** Serialised as JSON with `contentType` (default application/json). */
  body?: unknown;
  /** Sent verbatim instead of `body` (malformed payload tests). */
  rawBody?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface SimRoute {
  method: 'GET' | 'POST';
  /** Path with `:name` segments, e.g. `/v2/conversations/:id/threads`. */
  path: string;
  handle(req: SimRequest): SimReply | Promise<SimReply>;
}

/** Rate-limit state the server keeps per simulator, handed to `rateLimitHeaders`. */
export interface RateWindow {
  limit: number;
  remaining: number;
  /** Unix epoch seconds when the window resets. */
  resetAt: number;
  /** Seconds until then. */
  resetIn: number;
}

/**
 * A provider's simulated upstream: its routes and data, how it checks credentials and
 * headers, and how it reports rate limits. The shared server does the HTTP.
 */
export interface SimulatorSpec {
  readonly slug: string;
  readonly routes: readonly SimRoute[];
  /** Requests allowed per window before 429 (per the provider's documented budget). */
  readonly rateLimit: { limit: number; windowSeconds: number };
  /** Credential and header checks; returns the provider's error reply, or null to go on. */
  guard(req: SimRequest): SimReply | null;
  /** The provider's 404 for unknown paths. */
  notFound(req: SimRequest): SimReply;
  /** The provider's 429 reply. */
  rateLimited(window: RateWindow): SimReply;
  /** Headers the provider sends on every reply (documented rate-limit headers). */
  rateLimitHeaders(window: RateWindow): Record<string, string>;
  /** Environment that points the provider's adapter at this simulator. */
  env(baseUrl: URL): Record<string, string>;
}
