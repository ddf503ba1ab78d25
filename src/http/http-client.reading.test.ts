import http from 'node:http';
import type { AddressInfo } from 'node:net';
import crossFetch from 'cross-fetch';
import { headerAuth, type AuthStrategy } from './auth';
import { HttpClient, type FetchLike } from './http-client';
import { undiciFetch } from './undici-fetch';
import { failure } from '../../test/support/errors';

// The hot-path shortcuts of the HTTP client (blank-body check, content-type check, one URL
// parse, headers merged once, undici body reading) against real servers, on both clients.

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

interface Upstream {
  url: URL;
  seen: { path: string; authorization: string | undefined }[];
}

const IMPLEMENTATIONS: [string, FetchLike][] = [['cross-fetch', crossFetch], ['undici', undiciFetch]];
const BAD = 'acme answered with data Parley cannot read: ';

describe.each(IMPLEMENTATIONS)('HttpClient reading responses on %s', (_name, fetchImpl) => {
  const servers: http.Server[] = [];
  const start = async (handler: Handler): Promise<Upstream> => {
    const seen: Upstream['seen'] = [];
    const server = http.createServer((req, res) => {
      seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
      handler(req, res);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`), seen };
  };
  const client = (base: URL, extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}): HttpClient =>
    new HttpClient({
      provider: 'acme', baseUrl: base, allowedOrigins: [base.origin], auth: headerAuth('authorization', 'Bearer s3cret'),
      timeoutMs: 1000, fetch: fetchImpl, ...extra,
    });
  const answer = (type: string, ...parts: (string | Buffer)[]): Handler => (_req, res) => {
    // No content-length: the body arrives chunked, in these parts.
    res.writeHead(200, { 'content-type': type });
    for (const part of parts) res.write(part);
    res.end();
  };
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it.each([['empty', ''], ['whitespace only', ' \n\t\r\n ']])('answers PROVIDER_BAD_RESPONSE for a 200 whose body is %s', async (_case, body) => {
    const s = await start(answer('application/json', body));
    const error = await failure(client(s.url).getJson(s.url));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toBe(`${BAD}HTTP 200 with an empty or non-JSON body`);
  });

  it('parses JSON that follows leading whitespace', async () => {
    const s = await start(answer('application/json', '\n  {"ok": true}\n'));
    await expect(client(s.url).getJson(s.url)).resolves.toMatchObject({ status: 200, body: { ok: true } });
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'application/json;charset=UTF-8', 'APPLICATION/JSON', 'application/problem+json'])(
    'reads content type %s as JSON',
    async (type) => {
      const s = await start(answer(type, '{"ok": 1}'));
      await expect(client(s.url).getJson(s.url)).resolves.toMatchObject({ body: { ok: 1 } });
    },
  );

  it.each(['application/jsonx', 'application/json5', 'text/json'])('refuses content type %s as not JSON', async (type) => {
    const s = await start(answer(type, '{"ok": 1}'));
    const error = await failure(client(s.url).getJson(s.url));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toBe(`${BAD}content type "${type}" is not JSON`);
  });

  it('refuses a body that starts with a byte-order mark, as node-fetch decodes it', async () => {
    const s = await start(answer('application/json', Buffer.from([0xef, 0xbb, 0xbf]), '{"ok": 1}'));
    const error = await failure(client(s.url).getJson(s.url));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toBe(`${BAD}the body is not valid JSON (truncated or corrupt)`);
  });

  it('decodes a character split across two chunks', async () => {
    const bytes = Buffer.from('{"name": "Zoë 🙂"}');
    const cut = bytes.indexOf(0xc3) + 1;
    const s = await start(answer('application/json', bytes.subarray(0, cut), bytes.subarray(cut)));
    await expect(client(s.url).getJson(s.url)).resolves.toMatchObject({ body: { name: 'Zoë 🙂' } });
  });

  it('answers PROVIDER_BAD_RESPONSE when a chunked body without a length passes the size cap', async () => {
    const s = await start(answer('application/json', `{"a": "${'x'.repeat(600)}`, `${'y'.repeat(600)}"}`));
    const error = await failure(client(s.url, { maxBytes: 1000 }).getJson(s.url));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toBe(`${BAD}body larger than 1000 bytes`);
  });

  it('sends a URL with a fragment without it and leaves the caller\'s URL as it was', async () => {
    const s = await start(answer('application/json', '{}'));
    for (const link of ['/a?b=1#frag', '/c#']) {
      const target = new URL(link, s.url);
      const { url } = await client(s.url).getJson(target);
      expect(url).toBe(new URL(link.split('#')[0] ?? '', s.url).href);
      expect(target.href).toBe(new URL(link, s.url).href);
    }
    expect(s.seen.map((r) => r.path)).toEqual(['/a?b=1', '/c']);
  });

  it('refuses a parsed URL with user credentials with LINK_REJECTED and sends nothing', async () => {
    const s = await start(answer('application/json', '{}'));
    const target = new URL(s.url);
    target.username = 'mallory';
    const error = await failure(client(s.url).getJson(target));
    expect(error.code).toBe('LINK_REJECTED');
    expect(error.message).toBe("A link in acme's response was not followed: it carries user credentials");
    expect(s.seen).toHaveLength(0);
  });

  it('asks a credential that may change for its headers again on every attempt', async () => {
    let issued = 0;
    const rotating: AuthStrategy = { identity: 'rotating', headers: () => Promise.resolve({ authorization: `Bearer t${(issued += 1)}` }) };
    let calls = 0;
    const s = await start((req, res) => {
      calls += 1;
      if (calls === 1) {
        res.writeHead(503).end();
        return;
      }
      answer('application/json', '{"ok": true}')(req, res);
    });
    const http2 = client(s.url, { auth: rotating, retry: { baseDelayMs: 1, maxDelayMs: 1 } });
    await expect(http2.getJson(s.url)).resolves.toMatchObject({ body: { ok: true } });
    expect(s.seen.map((r) => r.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('sends fixed credentials and the caller\'s headers on every redirect hop', async () => {
    const s = await start((req, res) => {
      if (req.url === '/start') {
        res.writeHead(302, { location: '/end' }).end();
        return;
      }
      answer('application/json', '{"ok": true}')(req, res);
    });
    await client(s.url).getJson(new URL('/start', s.url), { headers: { accept: 'application/hal+json' } });
    expect(s.seen).toEqual([{ path: '/start', authorization: 'Bearer s3cret' }, { path: '/end', authorization: 'Bearer s3cret' }]);
  });
});
