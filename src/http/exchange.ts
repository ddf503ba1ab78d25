import http from 'node:http';
import https from 'node:https';
import type { AuthStrategy } from './auth';
import type { Exchange, FetchInit, FetchLike, FetchResponse, RequestOptions } from './http-types';
import { transportError, type TransportLimits } from './transport-error';
import { failUpstreamSpan, startUpstreamSpan, traceResponse } from './upstream-span';

// Keep-alive pools for node-fetch (cross-fetch); the undici client keeps its own (undici-fetch.ts).
const keepAliveHttp = new http.Agent({ keepAlive: true, maxSockets: 64 });
const keepAliveHttps = new https.Agent({ keepAlive: true, maxSockets: 64 });
const pickAgent = (url: URL): http.Agent => (url.protocol === 'http:' ? keepAliveHttp : keepAliveHttps);

/** What one HTTP client gives every exchange it makes. */
export interface ExchangeSettings {
  readonly limits: TransportLimits;
  readonly fetch: FetchLike;
  readonly onExchange: ((exchange: Exchange) => void) | undefined;
}

/**
 * The request headers of one hop: `base` (default, caller and conditional headers, merged once
 * per request) with the credentials last. A fresh object every time: the span writes
 * `traceparent` into it and a 401 renewal is told what was sent. Credentials that may change are
 * asked for on every hop; fixed ones need no turn of the event loop.
 */
export function withCredentials(auth: AuthStrategy | undefined, base: Readonly<Record<string, string>>): Record<string, string> | Promise<Record<string, string>> {
  if (!auth) return { ...base };
  if (auth.fixedHeaders) return { ...base, ...auth.fixedHeaders };
  return auth.headers().then((credentials) => ({ ...base, ...credentials }));
}

/**
 * One request and its response headers, with its client span and its report to `onExchange`
 * (metrics, logs, request-count tests); a failure to get a response becomes a Parley error here.
 */
export async function exchange(
  settings: ExchangeSettings, url: URL, options: RequestOptions, headers: Record<string, string>, signal: AbortSignal, attempt: number,
): Promise<FetchResponse> {
  const { provider } = settings.limits;
  const started = performance.now();
  const method = options.method ?? 'GET';
  const span = startUpstreamSpan({ provider, method, url, attempt }, headers);
  try {
    const init: FetchInit = { method, headers, redirect: 'manual', signal, agent: pickAgent, size: settings.limits.maxBytes };
    if (options.body !== undefined) init.body = options.body;
    const res = await settings.fetch(url.href, init);
    // Requests the response cache sends carry validators (empty for a plain miss).
    const cache = options.validators === undefined ? undefined : res.status === 304 ? 'revalidated' : 'miss';
    settings.onExchange?.({ provider, method, url, status: res.status, ms: performance.now() - started, attempt, cache });
    return traceResponse(span, res, cache);
  } catch (error) {
    const failure = transportError(settings.limits, error);
    failUpstreamSpan(span, failure.code);
    settings.onExchange?.({ provider, method, url, status: 'error', ms: performance.now() - started, attempt });
    throw failure;
  }
}
