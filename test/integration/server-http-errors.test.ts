import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { silentLogger } from '../../src/logger';
import { createServer, type ParleyServer } from '../../src/server';
import { startHarness, type Harness } from '../support/harness';

/**
 * Finding 4: failures before GraphQL runs (body parsing, routing) used to get express's HTML
 * error page, with the stack and absolute install paths whenever NODE_ENV was not
 * `production` (the README's default leaves it unset), and the stack on stderr. Now each is a
 * JSON GraphQL-style error with a status and a code, whatever NODE_ENV says.
 */

const query = JSON.stringify({ query: '{ conversation(id: "helpscout:123") { __typename } }' });

const CASES = [
  { what: 'malformed JSON', headers: {}, body: '{"query": ', status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' },
  {
    what: 'a body over the 100 kB limit',
    headers: {},
    body: JSON.stringify({ query: `#${'x'.repeat(110_000)}\n{ providers { slug } }` }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: 'The request body is larger than the 100 kB limit',
  },
  { what: 'a UTF-16 body labelled as plain JSON', headers: {}, body: Buffer.from(query, 'utf16le'), status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' },
  {
    what: 'a non-UTF charset',
    headers: { 'content-type': 'application/json; charset=iso-8859-1' },
    body: query,
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Unsupported charset: send the JSON body as UTF-8',
  },
  {
    what: 'a body that is not the gzip it claims to be',
    headers: { 'content-encoding': 'gzip' },
    body: Buffer.from(query),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'The request could not be read (bad encoding, bad length or an interrupted upload)',
  },
  {
    what: 'an unsupported content encoding',
    headers: { 'content-encoding': 'compress' },
    body: query,
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Unsupported Content-Encoding: send the body as identity, gzip, deflate or br',
  },
] as const;

const ROOT = resolve(__dirname, '..', '..');

function expectNoLeak(text: string): void {
  expect(text).not.toContain('<');
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toContain(ROOT);
  expect(text).not.toContain('node_modules');
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

describe.each([undefined, 'development', 'test', 'production'])('HTTP failures outside GraphQL with NODE_ENV=%s', (nodeEnv) => {
  let server: ParleyServer;
  let url: URL;
  const stderr = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  beforeAll(async () => {
    const saved = process.env['NODE_ENV'];
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
    try {
      // express reads NODE_ENV when the app is built: that is the moment that matters.
      server = await createServer({ gateway: h.gateway, logger: silentLogger });
    } finally {
      if (saved === undefined) delete process.env['NODE_ENV'];
      else process.env['NODE_ENV'] = saved;
    }
    url = await server.listen(0, '127.0.0.1');
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    h.reset();
    stderr.mockClear();
  });

  it.each(CASES)('answers $what with $status, code $code, as JSON without a stack or a path', async ({ headers, body, status, code, message }) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(text)).toEqual({ errors: [{ message, extensions: { code } }] });
    expectNoLeak(text);
    expect(stderr).not.toHaveBeenCalled();
    expect(h.upstream()).toEqual([]);
  });

  it('answers an unknown path with 404 JSON that does not echo the path', async () => {
    const res = await fetch(new URL('/graphq1/<script>', url));
    const text = await res.text();
    expect(res.status).toBe(404);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'Not found: GraphQL is served at /graphql, liveness at /health, readiness at /ready', extensions: { code: 'NOT_FOUND' } }],
    });
    expectNoLeak(text);
  });

  it('still answers a gzip-compressed query', async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(query) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { conversation: { __typename: 'HelpScoutConversation' } } });
  });
});
