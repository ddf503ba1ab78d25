import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { startHarness, type Harness } from '../support/harness';
import { capturingLogger } from '../support/log-capture';

/**
 * Issue 12: Parley's HTTP front moved from express to plain `node:http`. What express and its
 * JSON body parser did must still happen: the byte cap however the body arrives, strict JSON,
 * the routes' methods and path matching, Apollo's own answers and headers passed through, and a
 * JSON 500 for a route that fails.
 */

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** A raw request, so the body can be chunked (no Content-Length) or its length declared. */
function send(url: URL, method: string, path: string, headers: http.OutgoingHttpHeaders = {}, chunks: (string | Buffer)[] = []): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(parts).toString('utf8') }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };
const PROVIDERS = '{ providers { slug } }';
const LIMIT = 100 * 1024;
const TOO_LARGE = { errors: [{ message: 'The request body is larger than the 100 kB limit', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] };
const NOT_JSON = { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] };
const NOT_FOUND = { errors: [{ message: 'Not found: GraphQL is served at /graphql, liveness at /health, readiness at /ready', extensions: { code: 'NOT_FOUND' } }] };

/** A `{ query }` body of exactly `bytes` bytes: the query padded with a comment. */
function bodyOfSize(bytes: number): string {
  const empty = JSON.stringify({ query: `#\n${PROVIDERS}` });
  return JSON.stringify({ query: `#${'x'.repeat(bytes - empty.length)}\n${PROVIDERS}` });
}

let h: Harness;
const capture = capturingLogger();
beforeAll(async () => {
  h = await startHarness({}, { adapters: [helpScoutAdapter], logger: capture.logger });
});
afterAll(() => h.stop());
beforeEach(() => {
  h.reset();
  capture.lines.length = 0;
});

describe('the 100 kB body limit', () => {
  it('accepts a body of exactly 100 kB', async () => {
    const body = bodyOfSize(LIMIT);
    expect(Buffer.byteLength(body)).toBe(LIMIT);
    const res = await send(h.url, 'POST', '/graphql', JSON_TYPE, [body]);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { providers: [{ slug: 'helpscout' }] } });
  });

  it('answers 413 JSON to a chunked body that passes the limit while it streams (no Content-Length)', async () => {
    const body = bodyOfSize(LIMIT + 1);
    const res = await send(h.url, 'POST', '/graphql', JSON_TYPE, [body.slice(0, 60_000), body.slice(60_000)]);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
    expect(JSON.parse(res.text)).toEqual(TOO_LARGE);
  });

  it('answers 413 JSON to a declared Content-Length over the limit', async () => {
    const body = bodyOfSize(LIMIT + 1);
    const res = await send(h.url, 'POST', '/graphql', { ...JSON_TYPE, 'content-length': Buffer.byteLength(body) }, [body]);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toEqual(TOO_LARGE);
  });

  it('counts the decompressed bytes: a small gzip body that inflates past the limit gets 413', async () => {
    const compressed = gzipSync(bodyOfSize(4 * LIMIT));
    expect(compressed.length).toBeLessThan(LIMIT / 10);
    const res = await send(h.url, 'POST', '/graphql', { ...JSON_TYPE, 'content-encoding': 'gzip' }, [compressed]);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toEqual(TOO_LARGE);
  });
});

describe('an upload cut off mid-way', () => {
  it.each([
    ['plain', {}, Buffer.from('{"query": "{ prov')],
    ['gzip', { 'content-encoding': 'gzip' }, gzipSync(bodyOfSize(50_000)).subarray(0, 100)],
  ])('(%s) logs no error and leaves the server answering', async (_what, headers, part) => {
    await new Promise<void>((resolve) => {
      const req = http.request({ host: h.url.hostname, port: h.url.port, method: 'POST', path: '/graphql', headers: { ...JSON_TYPE, ...headers, 'content-length': 60_000 } });
      req.on('error', () => resolve());
      req.write(part, () => setTimeout(() => req.destroy(), 50));
    });
    const res = await send(h.url, 'POST', '/graphql', JSON_TYPE, [JSON.stringify({ query: PROVIDERS })]);
    expect(res.status).toBe(200);
    expect(capture.lines.filter((line) => Number(line['level']) >= 50)).toEqual([]);
  });
});

describe('JSON bodies', () => {
  it.each([
    ['a JSON string', '"{ providers { slug } }"'],
    ['a JSON number', '42'],
    ['a truncated object', '{"query": "{ providers'],
  ])('refuses %s with 400 BAD_REQUEST: a body is an object or an array', async (_what, body) => {
    const res = await send(h.url, 'POST', '/graphql', JSON_TYPE, [body]);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual(NOT_JSON);
    expect(h.upstream()).toEqual([]);
  });

  it('reads a body that starts with a UTF-8 byte-order mark', async () => {
    const res = await send(h.url, 'POST', '/graphql', JSON_TYPE, [`\uFEFF${JSON.stringify({ query: PROVIDERS })}`]);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { providers: [{ slug: 'helpscout' }] } });
  });

  it('hands an empty JSON body to Apollo as {}, which answers that the body is missing', async () => {
    const res = await send(h.url, 'POST', '/graphql', { ...JSON_TYPE, 'content-length': 0 });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({ errors: [{ message: 'POST body missing, invalid Content-Type, or JSON object has no keys.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('does not parse a text/plain body: Apollo blocks it as a possible CSRF', async () => {
    const res = await send(h.url, 'POST', '/graphql', { 'content-type': 'text/plain' }, [JSON.stringify({ query: PROVIDERS })]);
    expect(res.status).toBe(400);
    const answer = JSON.parse(res.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(answer.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(answer.errors[0]?.message).toMatch(/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/);
    expect(h.upstream()).toEqual([]);
  });
});

describe('routes', () => {
  it('answers HEAD /health with the headers of GET and no body', async () => {
    const [get, head] = [await send(h.url, 'GET', '/health'), await send(h.url, 'HEAD', '/health')];
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(get.text)));
    expect(JSON.parse(get.text)).toEqual({ status: 'ok', providers: [{ name: 'HELP_SCOUT', mode: 'SIMULATED' }] });
  });

  it('matches /health and /ready case-insensitively, with or without a trailing slash', async () => {
    expect((await send(h.url, 'GET', '/Health/')).status).toBe(200);
    expect((await send(h.url, 'GET', '/READY')).status).toBe(200);
  });

  it.each([
    ['POST', '/health'],
    ['OPTIONS', '/health'],
    ['DELETE', '/ready'],
    ['GET', '/graphqlx'],
    ['GET', '/'],
  ])('answers %s %s with the JSON 404', async (method, path) => {
    const res = await send(h.url, method, path);
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text)).toEqual(NOT_FOUND);
  });

  it('answers HEAD of an unknown path with 404 and no body', async () => {
    const res = await send(h.url, 'HEAD', '/nowhere');
    expect(res.status).toBe(404);
    expect(res.text).toBe('');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it("passes Apollo's own status and headers through: PUT /graphql is 405 with Allow", async () => {
    const res = await send(h.url, 'PUT', '/graphql', JSON_TYPE, [JSON.stringify({ query: PROVIDERS })]);
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, POST');
    expect(JSON.parse(res.text)).toEqual({ errors: [{ message: 'Apollo Server supports only GET/POST requests.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('sends an answer with its length, charset and cache policy, without x-powered-by or an ETag', async () => {
    const res = await send(h.url, 'POST', '/graphql', JSON_TYPE, [JSON.stringify({ query: PROVIDERS })]);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(res.text)));
    expect(res.headers['cache-control']).toBe('max-age=300, public');
    expect(res.headers['vary']).toBe('Origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['etag']).toBeUndefined();
  });

  it('answers a route that fails with a JSON 500 that names neither the error nor a path, and logs it', async () => {
    const text = jest.spyOn(h.server.metrics, 'text').mockRejectedValueOnce(new Error('registry broke at /srv/parley/secret.ts'));
    const res = await send(h.url, 'GET', '/metrics');
    text.mockRestore();
    expect(res.status).toBe(500);
    expect(JSON.parse(res.text)).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(res.text).not.toContain('secret');
    expect(capture.lines).toContainEqual(expect.objectContaining({ msg: 'request failed outside GraphQL', path: '/metrics' }));
  });
});
