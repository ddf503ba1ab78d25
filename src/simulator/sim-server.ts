import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { withCaching, type SimCaching } from './conditional';
import type { RateWindow, SimReply, SimRequest, SimRoute, SimulatorSpec } from './sim-types';

export interface RecordedRequest {
  method: string;
  /** Path and query as received, e.g. `/v2/conversations/123?embed=threads`. */
  path: string;
  headers: http.IncomingHttpHeaders;
}

/** A fault to inject: the next `times` matching requests get `reply`, a delay, or a dropped socket. */
export interface Fault {
  match?: RegExp;
  /** Paths the fault leaves alone (e.g. everything but the conversation itself fails). */
  unless?: RegExp;
  times?: number;
  reply?: SimReply;
  delayMs?: number;
  /** Destroy the socket without answering (connection reset). */
  drop?: boolean;
  /** Rewrites the JSON body the simulator would have answered (a shape the real API sends, a broken item). */
  rewrite?: (body: unknown) => unknown;
}

const MAX_BODY = 64 * 1024;
/** Requests a simulator remembers: far more than any test counts, bounded under load (oldest go first). */
export const MAX_RECORDED = 10_000;
// Distinct GET paths whose replies are kept; query strings make paths unbounded, so this is too.
const MAX_CACHED_REPLIES = 2_000;

function serialise(reply: SimReply): string {
  if (reply.rawBody !== undefined) return reply.rawBody;
  return reply.body === undefined ? '' : JSON.stringify(reply.body);
}

function contentTypeOf(reply: SimReply): string {
  return reply.contentType ?? 'application/json';
}

/** The request body as text, or undefined past MAX_BODY (the simulators only take small forms). */
async function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function rewritten(reply: SimReply, rewrite: (body: unknown) => unknown): SimReply {
  const body: unknown = reply.rawBody !== undefined ? JSON.parse(reply.rawBody) : reply.body;
  return { status: reply.status, headers: reply.headers, contentType: reply.contentType ?? reply.headers?.['content-type'], body: rewrite(structuredClone(body)) };
}

interface CompiledRoute {
  route: SimRoute;
  pattern: RegExp;
  names: string[];
}

function compile(route: SimRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/**
 * Serves one simulated provider on 127.0.0.1. Shared by `npm start` (no credentials), the
 * tests and the benchmarks; records the last MAX_RECORDED requests so tests can count upstream
 * calls exactly while a long run keeps its memory flat (`recorded` counts them all).
 */
export class SimulatedProvider {
  /** The most recent requests, oldest first, at most `maxRecorded` of them. */
  readonly requests: RecordedRequest[] = [];
  /** Requests recorded since the last reset, including those the bounded log has let go. */
  recorded = 0;
  maxRecorded = MAX_RECORDED;
  latencyMs = 0;
  /** Record requests (tests count them); benchmarks turn it off under load to keep memory flat. */
  record = true;
  /** Answer 429 past the provider's budget; benchmarks turn it off (headers are still sent). */
  enforceRateLimit = true;
  /** Cache-Control, validators and 304s on GET replies (upstream cache tests); off by default and after `reset()`. */
  caching: SimCaching | undefined;
  private readonly compiled: CompiledRoute[];
  private faults: (Fault & { left: number })[] = [];
  /** GET replies by path: the simulated data never changes, so each body is built and serialised once. */
  private readonly replies = new Map<string, { status: number; headers: Record<string, string>; payload: string }>();
  private window = { start: Date.now(), count: 0 };
  private server: http.Server | undefined;
  private base: URL | undefined;

  constructor(readonly spec: SimulatorSpec) {
    this.compiled = spec.routes.map(compile);
  }

  get baseUrl(): URL {
    if (!this.base) throw new Error(`Simulator ${this.spec.slug} is not started`);
    return this.base;
  }

  async start(port = 0): Promise<URL> {
    const server = http.createServer((req, res) => void this.serve(req, res));
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.server = server;
    this.base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return this.base;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  env(): Record<string, string> {
    return this.spec.env(this.baseUrl);
  }

  injectFault(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  reset(): void {
    this.requests.length = 0;
    this.recorded = 0;
    this.faults = [];
    this.latencyMs = 0;
    this.caching = undefined;
    this.window = { start: Date.now(), count: 0 };
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = req.url ?? '/';
    if (this.record) this.remember({ method: req.method ?? 'GET', path, headers: req.headers });
    const fault = this.takeFault(path);
    const delay = (fault?.delayMs ?? 0) + this.latencyMs;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (fault?.drop) {
      req.socket.destroy();
      return;
    }
    if (fault?.reply) {
      this.send(res, fault.reply);
      return;
    }
    let reply: SimReply;
    try {
      reply = await this.route(req, path);
    } catch (error) {
      reply = { status: 500, body: { message: error instanceof Error ? error.message : 'simulator failure' } };
    }
    const final = fault?.rewrite ? rewritten(reply, fault.rewrite) : reply;
    const caching = req.method === 'GET' && (!this.caching?.match || this.caching.match.test(path)) ? this.caching : undefined;
    this.send(res, caching ? withCaching(final, serialise(final), req.headers, caching) : final);
  }

  private remember(request: RecordedRequest): void {
    this.recorded += 1;
    this.requests.push(request);
    // V8 shifts a large array by moving its start, not by copying it: O(1) per request.
    while (this.requests.length > Math.max(0, this.maxRecorded)) this.requests.shift();
  }

  private async route(req: http.IncomingMessage, path: string): Promise<SimReply> {
    const url = new URL(path, this.baseUrl);
    const body = await readBody(req);
    if (body === undefined) return { status: 413, body: { message: 'request body too large' } };
    const base: SimRequest = { method: req.method ?? 'GET', url, params: {}, headers: req.headers, body };
    const window = this.tick();
    const guarded = this.spec.guard(base);
    if (guarded) return this.withRateHeaders(guarded, window);
    if (this.enforceRateLimit && window.remaining < 0) return this.withRateHeaders(this.spec.rateLimited({ ...window, remaining: 0 }), window);
    const cached = base.method === 'GET' ? this.replies.get(path) : undefined;
    if (cached) return this.withRateHeaders({ status: cached.status, rawBody: cached.payload, headers: cached.headers }, window);
    const reply = await this.dispatch(base, url);
    if (base.method === 'GET' && reply.status < 500) {
      if (this.replies.size >= MAX_CACHED_REPLIES) this.replies.delete(this.replies.keys().next().value ?? '');
      this.replies.set(path, { status: reply.status, headers: { 'content-type': contentTypeOf(reply), ...reply.headers }, payload: serialise(reply) });
    }
    return this.withRateHeaders(reply, window);
  }

  private async dispatch(base: SimRequest, url: URL): Promise<SimReply> {
    for (const { route, pattern, names } of this.compiled) {
      const match = route.method === base.method ? pattern.exec(url.pathname) : null;
      if (!match) continue;
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
      return route.handle({ ...base, params });
    }
    return this.spec.notFound(base);
  }

  private tick(): RateWindow {
    const { limit, windowSeconds } = this.spec.rateLimit;
    const now = Date.now();
    if (now - this.window.start >= windowSeconds * 1000) this.window = { start: now, count: 0 };
    this.window.count += 1;
    const resetAt = Math.ceil((this.window.start + windowSeconds * 1000) / 1000);
    return { limit, remaining: limit - this.window.count, resetAt, resetIn: Math.max(0, resetAt - Math.ceil(now / 1000)) };
  }

  private withRateHeaders(reply: SimReply, window: RateWindow): SimReply {
    // A simulator that does not enforce its budget (benchmarks) does not announce one either:
    // the gateway paces itself by these headers and would slow the load test down.
    if (!this.enforceRateLimit) return reply;
    const clamped = { ...window, remaining: Math.max(0, window.remaining) };
    return { ...reply, headers: { ...this.spec.rateLimitHeaders(clamped), ...reply.headers } };
  }

  private takeFault(path: string): Fault | undefined {
    const fault = this.faults.find((f) => f.left > 0 && (!f.match || f.match.test(path)) && !f.unless?.test(path));
    if (fault) fault.left -= 1;
    return fault;
  }

  private send(res: http.ServerResponse, reply: SimReply): void {
    const headers: Record<string, string> = { ...reply.headers };
    const payload = serialise(reply);
    if (payload !== '') headers['content-type'] ??= contentTypeOf(reply);
    res.writeHead(reply.status, headers);
    res.end(payload);
  }
}
