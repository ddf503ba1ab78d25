import http from 'node:http';
import https from 'node:https';
import crossFetch from 'cross-fetch';
import { ErrorCode } from '../errors/error-codes';
import { ParleyError, badResponse, linkRejected } from '../errors/parley-error';
import type { AuthStrategy } from './auth';
import { resolveLink } from './origin';
import { Semaphore } from './semaphore';
import { statusError, type HeaderReader } from './status-error';

/** The subset of fetch Parley relies on; cross-fetch (node-fetch) by default, injectable for tests. */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  redirect: 'manual';
  signal: AbortSignal;
  body?: string;
  /** node-fetch extensions: ignored by other implementations. */
  agent?: (url: URL) => http.Agent;
  size?: number;
}
export interface FetchResponse {
  status: number;
  headers: HeaderReader;
  text(): Promise<string>;
}

export interface UpstreamResponse {
  /** Final URL after same-origin redirects. */
  url: string;
  status: number;
  body: unknown;
  headers: HeaderReader;
  /** URLs that redirected to `url`, first request first (empty when there was no redirect). */
  redirectedFrom: string[];
}

export interface RequestOptions {
  /** GET unless said otherwise; only GETs are ever retried or cached by callers. */
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Request body (already serialised, e.g. a form for an OAuth token request). */
  body?: string;
  signal?: AbortSignal;
}

/** One observed upstream exchange, for logs, metrics and the request-count tests. */
export interface Exchange {
  provider: string;
  method: string;
  url: URL;
  status: number | 'error';
  ms: number;
}

export interface HttpClientOptions {
  provider: string;
  baseUrl: URL;
  allowedOrigins: readonly string[];
  auth?: AuthStrategy;
  defaultHeaders?: Record<string, string>;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  maxConcurrent?: number;
  fetch?: FetchLike;
  onExchange?: (exchange: Exchange) => void;
  /** Reads the provider's error body into a reference safe to show (Help Scout logRef…). */
  errorRef?: (body: unknown) => string | undefined;
}

const keepAliveHttp = new http.Agent({ keepAlive: true, maxSockets: 64 });
const keepAliveHttps = new https.Agent({ keepAlive: true, maxSockets: 64 });
const pickAgent = (url: URL): http.Agent => (url.protocol === 'http:' ? keepAliveHttp : keepAliveHttps);

// application/json, any +json (hal+json, vnd.layer+json) and JSON-LD (ld+json, TextUs's vnd.textus+jsonld).
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:ld)?\b/i;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The single HTTP layer: credentials go only to allowed origins, redirects are followed by hand
 * and only within the same origin, every request has a timeout and a size cap, and statuses are
 * turned into Parley errors here and nowhere else.
 */
export class HttpClient {
  readonly provider: string;
  readonly baseUrl: URL;
  readonly allowedOrigins: readonly string[];
  readonly identity: string;
  private readonly opts: Required<Omit<HttpClientOptions, 'auth' | 'onExchange' | 'errorRef'>> & HttpClientOptions;
  private readonly gate: Semaphore;

  constructor(options: HttpClientOptions) {
    // `??` rather than a spread of defaults: an option passed as undefined must not erase its default.
    this.opts = {
      ...options,
      defaultHeaders: options.defaultHeaders ?? {},
      timeoutMs: options.timeoutMs ?? 5000,
      maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
      maxRedirects: options.maxRedirects ?? 3,
      maxConcurrent: options.maxConcurrent ?? 20,
      fetch: options.fetch ?? crossFetch,
    };
    this.provider = options.provider;
    this.baseUrl = options.baseUrl;
    this.allowedOrigins = options.allowedOrigins;
    this.identity = options.auth?.identity ?? 'anonymous';
    this.gate = new Semaphore(this.opts.maxConcurrent);
  }

  /** Resolves `link` against the base URL and checks its origin (LINK_REJECTED when foreign). */
  resolve(link: string, base: URL = this.baseUrl): URL {
    return resolveLink(this.provider, link, base, this.allowedOrigins);
  }

  /** Sends a request and returns its JSON; the method and body come from `options`. */
  async getJson(target: URL, options: RequestOptions = {}): Promise<UpstreamResponse> {
    return this.gate.run(() => this.follow(this.resolve(target.href), options));
  }

  private async follow(first: URL, options: RequestOptions): Promise<UpstreamResponse> {
    const redirectedFrom: string[] = [];
    let url = first;
    let renewed = false;
    for (;;) {
      const res = await this.exchange(url, options);
      if (REDIRECTS.has(res.status)) {
        // Drain the redirect's body so its keep-alive socket goes back to the pool.
        await res.text().catch(() => '');
        const next = this.redirectTarget(url, res.headers.get('location'));
        if (redirectedFrom.length >= this.opts.maxRedirects) {
          throw badResponse(this.provider, `more than ${this.opts.maxRedirects} redirects`);
        }
        redirectedFrom.push(url.href);
        url = next;
        continue;
      }
      const body = await this.readBody(res);
      if (res.status === 401 && !renewed && this.opts.auth?.renew && (await this.opts.auth.renew())) {
        renewed = true;
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        throw statusError(this.provider, res.status, res.headers, this.opts.errorRef?.(body));
      }
      if (body === undefined) throw badResponse(this.provider, `HTTP ${res.status} with an empty or non-JSON body`);
      return { url: url.href, status: res.status, body, headers: res.headers, redirectedFrom };
    }
  }

  private redirectTarget(from: URL, location: string | null): URL {
    if (!location) throw badResponse(this.provider, 'a redirect without a Location header');
    const next = this.resolve(location, from);
    // Same origin as the hop that redirected: a provider may not bounce us to a sibling origin.
    if (next.origin !== from.origin) throw linkRejected(this.provider, 'a redirect leaves the origin it came from');
    return next;
  }

  private async exchange(url: URL, options: RequestOptions): Promise<FetchResponse> {
    const started = performance.now();
    const signals = [AbortSignal.timeout(this.opts.timeoutMs), ...(options.signal ? [options.signal] : [])];
    const signal = AbortSignal.any(signals);
    const headers = { ...this.opts.defaultHeaders, ...options.headers, ...(await this.opts.auth?.headers()) };
    const method = options.method ?? 'GET';
    try {
      const res = await this.opts.fetch(url.href, {
        method, headers, redirect: 'manual', signal, agent: pickAgent, size: this.opts.maxBytes,
        ...(options.body === undefined ? {} : { body: options.body }),
      });
      this.opts.onExchange?.({ provider: this.provider, method, url, status: res.status, ms: performance.now() - started });
      return res;
    } catch (error) {
      this.opts.onExchange?.({ provider: this.provider, method, url, status: 'error', ms: performance.now() - started });
      throw this.transportError(error, signal.aborted);
    }
  }

  /** JSON body, `undefined` for an empty body, PROVIDER_BAD_RESPONSE for anything unreadable. */
  private async readBody(res: FetchResponse): Promise<unknown> {
    let text: string;
    try {
      text = await res.text();
    } catch (error) {
      throw this.transportError(error);
    }
    if (text.length > this.opts.maxBytes) throw badResponse(this.provider, `body larger than ${this.opts.maxBytes} bytes`);
    if (text.trim() === '') return undefined;
    const type = res.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      if (res.status >= 400) return undefined;
      throw badResponse(this.provider, `content type "${type.slice(0, 60)}" is not JSON`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      if (res.status >= 400) return undefined;
      throw badResponse(this.provider, 'the body is not valid JSON (truncated or corrupt)');
    }
  }

  private transportError(error: unknown, aborted = false): ParleyError {
    if (error instanceof ParleyError) return error;
    const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
    const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
    if (aborted || name === 'TimeoutError' || name === 'AbortError' || type === 'aborted' || type === 'body-timeout') {
      return new ParleyError(ErrorCode.PROVIDER_TIMEOUT, `${this.provider} did not answer within ${this.opts.timeoutMs} ms`, {
        provider: this.provider,
      });
    }
    if (type === 'max-size') return badResponse(this.provider, `body larger than ${this.opts.maxBytes} bytes`);
    return new ParleyError(ErrorCode.PROVIDER_UNAVAILABLE, `${this.provider} could not be reached`, { provider: this.provider });
  }
}
