import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { headerAuth } from './auth';
import crossFetch from 'cross-fetch';
import { HttpClient, type Exchange, type FetchLike } from './http-client';
import { undiciFetch } from './undici-fetch';
import { failure } from '../../test/support/errors';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

interface TestServer {
  url: URL;
  seen: { path: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

async function serve(handler: Handler): Promise<TestServer> {
  const seen: TestServer['seen'] = [];
  const server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return {
    url,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function json(res: http.ServerResponse, status: number, body: unknown, type = 'application/json', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(JSON.stringify(body));
}

const IMPLEMENTATIONS: [string, FetchLike][] = [['cross-fetch', crossFetch], ['undici', undiciFetch]];

describe.each(IMPLEMENTATIONS)('HttpClient on %s', (_name, fetchImpl) => {
  const client = (base: URL, extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}): HttpClient =>
    new HttpClient({
      provider: 'acme', baseUrl: base, allowedOrigins: [base.origin], auth: headerAuth('authorization', 'Bearer s3cret'),
      timeoutMs: 500, fetch: fetchImpl, ...extra,
    });
  let servers: TestServer[] = [];
  const start = async (handler: Handler): Promise<TestServer> => {
    const s = await serve(handler);
    servers.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  describe('bodies', () => {
    it('parses +json and JSON-LD content types as JSON', async () => {
      const types = ['application/hal+json', 'application/vnd.textus+jsonld', 'application/vnd.layer+json; version=1.0'];
      const s = await start((req, res) => json(res, 200, { ok: req.url }, types[Number(req.url?.slice(1))]));
      for (const [i] of types.entries()) {
        await expect(client(s.url).getJson(new URL(`/${i}`, s.url))).resolves.toMatchObject({ body: { ok: `/${i}` } });
      }
    });

    it('answers PROVIDER_BAD_RESPONSE when a 200 body is truncated JSON', async () => {
      const s = await start((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id": 1');
      });
      expect((await failure(client(s.url).getJson(s.url))).code).toBe('PROVIDER_BAD_RESPONSE');
    });

    it('answers PROVIDER_BAD_RESPONSE when a 200 body is HTML', async () => {
      const s = await start((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>captive portal</html>');
      });
      expect((await failure(client(s.url).getJson(s.url))).code).toBe('PROVIDER_BAD_RESPONSE');
    });

    it('answers PROVIDER_BAD_RESPONSE when the body exceeds the size cap', async () => {
      const s = await start((_req, res) => json(res, 200, { big: 'x'.repeat(5000) }));
      expect((await failure(client(s.url, { maxBytes: 1000 }).getJson(s.url))).code).toBe('PROVIDER_BAD_RESPONSE');
    });
  });

  describe('statuses', () => {
    it.each([
      [401, 'UNAUTHENTICATED'], [403, 'FORBIDDEN'], [404, 'NOT_FOUND'], [410, 'GONE'], [429, 'RATE_LIMITED'],
      [500, 'PROVIDER_UNAVAILABLE'], [503, 'PROVIDER_UNAVAILABLE'], [504, 'PROVIDER_TIMEOUT'], [409, 'PROVIDER_UNAVAILABLE'],
    ])('maps HTTP %i to %s with the provider slug', async (status, code) => {
      const s = await start((_req, res) => json(res, status, { message: 'nope' }));
      expect((await failure(client(s.url).getJson(s.url))).extensions).toMatchObject({ code, provider: 'acme', httpStatus: status });
    });

    it('reports Retry-After seconds on RATE_LIMITED', async () => {
      const s = await start((_req, res) => json(res, 429, {}, 'application/json', { 'retry-after': '7' }));
      expect((await failure(client(s.url).getJson(s.url))).extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 7 });
    });

    it('answers PROVIDER_TIMEOUT when the upstream does not answer in time', async () => {
      const s = await start(() => undefined);
      expect((await failure(client(s.url, { timeoutMs: 100 }).getJson(s.url))).code).toBe('PROVIDER_TIMEOUT');
    });

    it('answers PROVIDER_UNAVAILABLE when the connection is refused', async () => {
      const s = await start((_req, res) => json(res, 200, {}));
      await s.close();
      servers = [];
      expect((await failure(client(s.url).getJson(s.url))).code).toBe('PROVIDER_UNAVAILABLE');
    });

    it('keeps credentials and URLs out of error messages', async () => {
      const s = await start((_req, res) => json(res, 500, { message: 'Bearer s3cret leaked?' }));
      const error = await failure(client(s.url).getJson(new URL('/x?api_key=s3cret', s.url)));
      expect(JSON.stringify({ message: error.message, extensions: error.extensions })).not.toMatch(/s3cret|127\.0\.0\.1/);
    });
  });

  describe('origins and redirects', () => {
    it('sends credentials to the provider origin', async () => {
      const s = await start((_req, res) => json(res, 200, {}));
      await client(s.url).getJson(s.url);
      expect(s.seen[0]?.headers.authorization).toBe('Bearer s3cret');
    });

    it('refuses a foreign origin with LINK_REJECTED and makes no request', async () => {
      const own = await start((_req, res) => json(res, 200, {}));
      const foreign = await start((_req, res) => json(res, 200, {}));
      const error = await failure(client(own.url).getJson(foreign.url));
      expect(error.code).toBe('LINK_REJECTED');
      expect(foreign.seen).toHaveLength(0);
    });

    it.each(['http://user:pw@{host}/x', 'ftp://{host}/x', 'https://{host}/x', 'http://{host}.evil.example/x'])(
      'treats %s as foreign',
      async (pattern) => {
        const s = await start((_req, res) => json(res, 200, {}));
        const c = client(s.url);
        expect(() => c.resolve(pattern.replace('{host}', s.url.host))).toThrow(expect.objectContaining({ code: 'LINK_REJECTED' }));
      },
    );

    it('follows a same-origin redirect and says which URL it came from', async () => {
      const s = await start((req, res) => {
        if (req.url === '/old') {
          res.writeHead(301, { location: '/new' });
          res.end();
        } else json(res, 200, { at: req.url });
      });
      const result = await client(s.url).getJson(new URL('/old', s.url));
      expect(result).toMatchObject({ body: { at: '/new' }, redirectedFrom: [new URL('/old', s.url).href] });
      expect(s.seen.map((r) => r.headers.authorization)).toEqual(['Bearer s3cret', 'Bearer s3cret']);
    });

    it('does not follow a redirect to another origin, so credentials never leave', async () => {
      const foreign = await start((_req, res) => json(res, 200, {}));
      const own = await start((_req, res) => {
        res.writeHead(302, { location: new URL('/steal', foreign.url).href });
        res.end();
      });
      expect((await failure(client(own.url).getJson(own.url))).code).toBe('LINK_REJECTED');
      expect(foreign.seen).toHaveLength(0);
    });

    it('stops a redirect loop after the hop limit', async () => {
      const s = await start((req, res) => {
        res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' });
        res.end();
      });
      expect((await failure(client(s.url).getJson(new URL('/a', s.url)))).code).toBe('PROVIDER_BAD_RESPONSE');
      expect(s.seen).toHaveLength(4);
    });
  });

  describe('auth renewal and observation', () => {
    it('retries once after a 401 when the auth strategy renews', async () => {
      let token = 'old';
      const s = await start((req, res) => json(res, req.headers.authorization === 'Bearer new' ? 200 : 401, {}));
      const c = client(s.url, {
        auth: { identity: 'x', headers: () => Promise.resolve({ authorization: `Bearer ${token}` }), renew: () => Promise.resolve(((token = 'new'), true)) },
      });
      await expect(c.getJson(s.url)).resolves.toMatchObject({ status: 200 });
      expect(s.seen).toHaveLength(2);
    });

    it('reports each exchange with its status and duration', async () => {
      const seen: Exchange[] = [];
      const s = await start((_req, res) => json(res, 200, {}));
      await client(s.url, { onExchange: (e) => seen.push(e) }).getJson(s.url);
      expect(seen).toEqual([expect.objectContaining({ provider: 'acme', method: 'GET', status: 200 })]);
    });
  });
});
