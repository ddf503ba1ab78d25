import { startWebServer, type WebServer } from '../support/web-server';

const FRONT_END = 'https://app.example.com';
const QUERY = JSON.stringify({ query: '{ conversation(id: "helpscout:123") { ... on CommonConversation { subject } } }' });

function preflight(url: URL, origin: string, headers = 'content-type'): Promise<Response> {
  return fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers } });
}

function post(url: URL, origin: string): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: QUERY });
}

describe('CORS with PARLEY_CORS_ORIGINS set', () => {
  let web: WebServer;
  beforeAll(async () => {
    web = await startWebServer({ env: { PARLEY_CORS_ORIGINS: `${FRONT_END}, http://localhost:5173` } });
  });
  afterAll(() => web.stop());

  it('answers the preflight of a listed origin with 204 and the allowed methods, headers and max age (it was 400 with the CSRF message)', async () => {
    const res = await preflight(web.url, FRONT_END, 'content-type,apollo-require-preflight');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type, apollo-require-preflight, x-apollo-operation-name, apollographql-client-name, apollographql-client-version');
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toBe('Origin');
    expect(await res.text()).toBe('');
  });

  it('refuses the preflight of an unlisted origin with 403 FORBIDDEN naming the setting, and no CORS headers', async () => {
    const res = await preflight(web.url, 'https://evil.example.com');
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toBe('Origin');
    expect(await res.json()).toEqual({
      errors: [
        {
          message: "Cross-origin requests from this origin are not allowed; the server's PARLEY_CORS_ORIGINS setting lists the origins that are",
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
  });

  it('matches origins exactly: another port, scheme or a suffix of a listed host is not listed', async () => {
    for (const origin of ['http://app.example.com', 'https://app.example.com:8443', 'https://app.example.com.evil.io', 'http://localhost:5174', 'null']) {
      const res = await preflight(web.url, origin);
      expect({ origin, status: res.status, allow: res.headers.get('access-control-allow-origin') }).toEqual({ origin, status: 403, allow: null });
    }
  });

  it('marks a listed origin allowed on the actual POST and answers it', async () => {
    const res = await post(web.url, FRONT_END);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    expect(res.headers.get('vary')).toBe('Origin');
    expect(await res.json()).toEqual({ data: { conversation: { subject: 'Help' } } });
  });

  it('lets a listed origin read the x-request-id of its answer, so a front-end can quote it in a bug report', async () => {
    const res = await post(web.url, FRONT_END);
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends no Access-Control-Allow-Origin to an unlisted origin, so a browser hands the answer to no page', async () => {
    const res = await post(web.url, 'https://evil.example.com');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toBe('Origin');
  });

  it('keeps CSRF prevention on: a simple GET from a listed origin without a preflight header is refused', async () => {
    const res = await fetch(`${web.url.href}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: FRONT_END } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toMatch(/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/);
  });

  it('lets the same GET through with apollo-require-preflight, the header urql clients are told to send', async () => {
    const res = await fetch(`${web.url.href}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: FRONT_END, 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('CORS defaults', () => {
  it('in development allows loopback origins on any port, and nothing that only looks like loopback', async () => {
    const web = await startWebServer();
    try {
      for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080', 'https://localhost']) {
        expect({ origin, allow: (await preflight(web.url, origin)).headers.get('access-control-allow-origin') }).toEqual({ origin, allow: origin });
      }
      for (const origin of ['http://localhost.evil.io', 'http://127.0.0.1.nip.io:3000', 'https://app.example.com', 'http://LOCALHOST:5173']) {
        expect({ origin, status: (await preflight(web.url, origin)).status }).toEqual({ origin, status: 403 });
      }
    } finally {
      await web.stop();
    }
  });

  it('in production allows no cross-origin access, not even from localhost', async () => {
    const web = await startWebServer({ production: true });
    try {
      const res = await preflight(web.url, 'http://localhost:5173');
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await web.stop();
    }
  });

  it('with PARLEY_IDE=sandbox also allows the origins Apollo Sandbox queries from', async () => {
    const web = await startWebServer({ env: { PARLEY_IDE: 'sandbox', PARLEY_CORS_ORIGINS: 'none' } });
    try {
      for (const origin of ['https://sandbox.embed.apollographql.com', 'https://studio.apollographql.com']) {
        expect((await preflight(web.url, origin)).headers.get('access-control-allow-origin')).toBe(origin);
      }
      expect((await preflight(web.url, 'http://localhost:5173')).status).toBe(403);
    } finally {
      await web.stop();
    }
  });

  it('stops start-up on an invalid PARLEY_CORS_ORIGINS with a message naming the variable', async () => {
    await expect(startWebServer({ env: { PARLEY_CORS_ORIGINS: '*' } })).rejects.toThrow(
      'PARLEY_CORS_ORIGINS: has no wildcard: list each origin (e.g. https://app.example.com), or set it to none',
    );
  });
});
