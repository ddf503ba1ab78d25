import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { CACHE_DEFAULTS } from '../../src/cache/cache-config';
import { createCaches, type Caches } from '../../src/cache/create-caches';
import { startTracing, type Tracing } from '../../src/observability/tracing';
import { SEED_CONVERSATION_ID, SIM_ACCESS_KEY, SIM_WORKSPACE } from '../../src/providers/bird/simulator/seed';
import { birdAdapter } from '../../src/providers/bird';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { startHarness, type Harness } from '../support/harness';
import { capturingLogger } from '../support/log-capture';
import { scrape } from '../support/prometheus';

/**
 * Issue 11, item 1 (and the tracing part of 6): a client's traceparent is continued, the operation
 * span is its child, every upstream exchange a span under it that carries traceparent to the
 * upstream; spans land in an in-memory exporter through the same SDK start-up `npm start` uses.
 */

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN = '00f067aa0ba902b7';
const TRACEPARENT = `00-${TRACE}-${CLIENT_SPAN}-01`;
const DEEP = `query BirdDeep($id: ID!) { conversation(id: $id) { ... on CommonConversation {
  id participants { displayName } messages(first: 20) { edges { node { text sender { displayName } } } } } } }`;
const BIRD_ID = `bird:${SEED_CONVERSATION_ID}`;
const CONVERSATION_PATH = /\/conversations\/907798f8[^/]*$/;

const exporter = new InMemorySpanExporter();
let tracing: Tracing | undefined;

beforeAll(() => {
  tracing = startTracing({}, { spanProcessors: [new SimpleSpanProcessor(exporter)] });
});
afterAll(() => tracing?.shutdown());

async function post(h: Harness, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
}

const spansOf = (kind: SpanKind): ReadableSpan[] => exporter.getFinishedSpans().filter((span) => span.kind === kind);

describe('tracing on (in-memory exporter)', () => {
  let h: Harness;
  const capture = capturingLogger();
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [birdAdapter, helpScoutAdapter], logger: capture.logger });
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    h.reset();
    exporter.reset();
    capture.lines.length = 0;
  });

  it('continues the client traceparent: the operation span is its child, each upstream exchange a span under it, and the simulator receives that span as parent', async () => {
    const res = await post(h, DEEP, { id: BIRD_ID }, { traceparent: TRACEPARENT, 'x-request-id': 'trace-test-1' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();

    const [server, ...others] = spansOf(SpanKind.SERVER);
    expect(others).toEqual([]);
    expect(server?.name).toBe('query BirdDeep');
    expect(server?.spanContext().traceId).toBe(TRACE);
    expect(server?.parentSpanContext?.spanId).toBe(CLIENT_SPAN);
    expect(server?.attributes).toMatchObject({
      'graphql.operation.type': 'query', 'graphql.operation.name': 'BirdDeep', 'http.request.method': 'POST', 'http.route': '/graphql',
      'http.response.status_code': 200, 'parley.request_id': 'trace-test-1', 'parley.upstream_requests': 3,
    });

    const received = h.simulator('bird').requests;
    const clients = spansOf(SpanKind.CLIENT);
    expect(received).toHaveLength(3);
    expect(clients).toHaveLength(3);
    // Each upstream request names its own client span as parent, in the client's trace.
    const parents = received.map((request) => new RegExp(`^00-${TRACE}-([0-9a-f]{16})-01$`).exec(String(request.headers['traceparent']))?.[1]);
    expect(new Set(parents)).toEqual(new Set(clients.map((span) => span.spanContext().spanId)));
    expect(received.every((request) => request.headers['tracestate'] === undefined && request.headers['baggage'] === undefined)).toBe(true);

    for (const span of clients) {
      expect(span.spanContext().traceId).toBe(TRACE);
      expect(span.parentSpanContext?.spanId).toBe(server?.spanContext().spanId);
      expect(span.name).toBe(`GET ${String(span.attributes['url.template'])}`);
      expect(span.attributes).toMatchObject({
        'http.request.method': 'GET', 'http.response.status_code': 200, 'parley.provider': 'bird', 'parley.upstream.attempt': 1,
        'server.address': '127.0.0.1', 'url.scheme': 'http', 'http.response.body.size': expect.any(Number),
      });
      expect(span.attributes['http.response.body.size']).toBeGreaterThan(0);
      expect(span.attributes).not.toHaveProperty('http.request.resend_count');
    }
    expect(clients.map((span) => span.attributes['url.template']).sort()).toEqual([
      '/workspaces/{id}/conversations/{id}',
      '/workspaces/{id}/conversations/{id}/messages',
      '/workspaces/{id}/conversations/{id}/participants',
    ]);
    // No id, query string or credential anywhere in the spans.
    const exported = JSON.stringify(exporter.getFinishedSpans().map((span) => [span.name, span.attributes]));
    for (const secret of [SEED_CONVERSATION_ID, SIM_WORKSPACE, SIM_ACCESS_KEY, 'limit=', '?']) expect(exported).not.toContain(secret);
  });

  it('starts a new trace when the client sends none, and still propagates it upstream', async () => {
    await post(h, 'query Plain { conversation(id: "helpscout:123") { ... on CommonConversation { id } } }', {});
    const [server] = spansOf(SpanKind.SERVER);
    expect(server?.parentSpanContext).toBeUndefined();
    const [client] = spansOf(SpanKind.CLIENT);
    expect(client?.attributes['url.template']).toBe('/v2/conversations/{id}');
    expect(h.simulator('helpscout').requests[0]?.headers['traceparent']).toBe(`00-${server?.spanContext().traceId}-${client?.spanContext().spanId}-01`);
  });

  it('marks a retry: a 503 and its retry are two spans, attempt 1 an error, attempt 2 with resend count 1', async () => {
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 1, reply: { status: 503, body: {} } });
    await post(h, 'query Retried($id: ID!) { conversation(id: $id) { ... on CommonConversation { id } } }', { id: BIRD_ID }, { traceparent: TRACEPARENT });
    const clients = spansOf(SpanKind.CLIENT);
    expect(clients.map((span) => [span.attributes['parley.upstream.attempt'], span.attributes['http.response.status_code'], span.attributes['http.request.resend_count']])).toEqual([
      [1, 503, undefined],
      [2, 200, 1],
    ]);
    expect(clients[0]?.status.code).toBe(SpanStatusCode.ERROR);
    expect(clients[0]?.attributes['error.type']).toBe('503');
    expect(clients[1]?.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('marks an exchange that got no response with the error code, not its message', async () => {
    h.simulator('bird').injectFault({ match: CONVERSATION_PATH, times: 1, drop: true });
    await post(h, 'query Dropped($id: ID!) { conversation(id: $id) { ... on CommonConversation { id } } }', { id: BIRD_ID });
    const [dropped] = spansOf(SpanKind.CLIENT);
    expect(dropped?.attributes).toMatchObject({ 'error.type': 'PROVIDER_UNAVAILABLE', 'parley.upstream.attempt': 1 });
    expect(dropped?.attributes).not.toHaveProperty('http.response.status_code');
    expect(dropped?.status).toEqual({ code: SpanStatusCode.ERROR });
  });

  it('names the operation span after a failure too, with its error codes', async () => {
    await post(h, 'query Missing { conversation(id: "helpscout:999999") { ... on CommonConversation { id } } }', {});
    const [server] = spansOf(SpanKind.SERVER);
    expect(server?.name).toBe('query Missing');
    expect(server?.status.code).toBe(SpanStatusCode.ERROR);
    expect(server?.attributes['parley.error_codes']).toEqual(['NOT_FOUND']);
  });

  it('puts trace_id and span_id of the operation span on the request log line', async () => {
    await post(h, 'query Logged { conversation(id: "helpscout:123") { ... on CommonConversation { id } } }', {}, { traceparent: TRACEPARENT });
    const [server] = spansOf(SpanKind.SERVER);
    const line = capture.lines.find((l) => l['msg'] === 'graphql operation');
    expect(line).toMatchObject({ operation: 'Logged', trace_id: TRACE, span_id: server?.spanContext().spanId, trace_flags: '01' });
    // Outside a request there is no active span and no trace fields.
    capture.logger.info('idle');
    expect(capture.lines.at(-1)).not.toHaveProperty('trace_id');
  });
});

describe('tracing with the upstream response cache', () => {
  let h: Harness;
  let caches: Caches;
  beforeAll(async () => {
    caches = createCaches({ ...CACHE_DEFAULTS, upstreamTtlSeconds: 60 });
    h = await startHarness({}, { adapters: [helpScoutAdapter], ...(caches.upstream ? { cache: caches.upstream } : {}) });
  });
  afterAll(async () => {
    await h.stop();
    await caches.close();
  });

  it('shows a cache miss on the exchange span and a hit as a span of its own with no request; /metrics counts both', async () => {
    const query = 'query Cached { conversation(id: "helpscout:123") { ... on CommonConversation { id } } }';
    const before = await scrape(new URL('/metrics', h.url));
    exporter.reset();
    await post(h, query, {});
    await post(h, query, {});
    expect(h.upstream('helpscout')).toEqual(['GET /v2/conversations/123']);
    const clients = spansOf(SpanKind.CLIENT);
    expect(clients.map((span) => [span.name, span.attributes['parley.cache.result'], span.attributes['http.response.status_code']])).toEqual([
      ['GET /v2/conversations/{id}', 'miss', 200],
      ['GET /v2/conversations/{id}', 'hit', undefined],
    ]);
    const after = await scrape(new URL('/metrics', h.url));
    const d = (labels: Record<string, string>): number => after.sum('parley_upstream_requests_total', labels) - before.sum('parley_upstream_requests_total', labels);
    expect(d({ provider: 'helpscout', status_class: '2xx', cache: 'miss' })).toBe(1);
    expect(d({ provider: 'helpscout', status_class: '2xx', cache: 'hit' })).toBe(1);
    expect(after.sum('parley_cache_events_total', { layer: 'upstream', result: 'hit' }) - before.sum('parley_cache_events_total', { layer: 'upstream', result: 'hit' })).toBe(1);
  });
});
