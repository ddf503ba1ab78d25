import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Kind, parse } from 'graphql';
import { startWebServer, type WebServer } from '../support/web-server';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const OPERATIONS = join(__dirname, '..', '..', 'schema', 'operations');

function openInBrowser(web: WebServer): Promise<Response> {
  return fetch(web.url, { headers: { accept: BROWSER_ACCEPT } });
}

/** The page's preloaded tabs, read back from its JSON data block. */
function tabsOf(html: string): { query: string; variables?: string }[] {
  const json = /<script type="application\/json" id="parley-ide-config">([^<]*)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('no IDE config block in the page');
  return (JSON.parse(json) as { tabs: { query: string; variables?: string }[] }).tabs;
}

/** The bytes as sent (fetch would decode the gzip itself). */
function rawGet(url: URL, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    });
  });
}

describe('GET /graphql in a browser: GraphiQL from Parley itself (PARLEY_IDE=graphiql, the development default)', () => {
  let web: WebServer;
  let html: string;
  beforeAll(async () => {
    web = await startWebServer();
    html = await (await openInBrowser(web)).text();
  });
  afterAll(() => web.stop());

  it("answers with Parley's GraphiQL page, a strict CSP and no URL of any other origin (Apollo's landing page loaded from its CDN)", async () => {
    const res = await openInBrowser(web);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('vary')).toBe('Origin, Accept');
    expect(html).toContain('<title>Parley · GraphiQL</title>');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toContain('apollographql');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.filter((url) => url !== 'data:,').every((url) => url?.startsWith('ide/'))).toBe(true);
  });

  it('serves each asset with its content type, a one-year immutable cache and gzip, byte for byte the installed file', async () => {
    const graphiqlJs = /src="(ide\/graphiql\.[0-9a-f]{12}\.js)"/.exec(html)?.[1];
    const graphiqlCss = /href="(ide\/graphiql\.[0-9a-f]{12}\.css)"/.exec(html)?.[1];
    for (const [path, type, file] of [
      [graphiqlJs, 'text/javascript; charset=utf-8', require.resolve('graphiql/graphiql.min.js')],
      [graphiqlCss, 'text/css; charset=utf-8', require.resolve('graphiql/graphiql.min.css')],
    ] as const) {
      const url = new URL(`/${path}`, web.url);
      const zipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      expect(zipped.status).toBe(200);
      expect(zipped.headers.get('content-type')).toBe(type);
      expect(zipped.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(zipped.headers.get('x-content-type-options')).toBe('nosniff');
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(Buffer.from(await zipped.arrayBuffer()).equals(readFileSync(file))).toBe(true);
      const raw = await rawGet(url, { 'accept-encoding': 'gzip' });
      expect(gunzipSync(raw).equals(readFileSync(file))).toBe(true);
    }
  });

  it('answers an unknown asset with the JSON 404', async () => {
    const res = await fetch(new URL('/ide/graphiql.000000000000.js', web.url));
    expect(res.status).toBe(404);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('leaves GraphQL GETs of API clients to Apollo', async () => {
    const res = await fetch(`${web.url.href}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('preloads one tab per example operation of schema/operations, whose demo variables run without errors', async () => {
    const names = readdirSync(OPERATIONS)
      .filter((file) => file.endsWith('.graphql'))
      .sort()
      .flatMap((file) => parse(readFileSync(join(OPERATIONS, file), 'utf8')).definitions)
      .flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : []));
    const tabs = tabsOf(html);
    expect(tabs.map((tab) => /(?:query|mutation) (\w+)/.exec(tab.query)?.[1])).toEqual(names);
    expect(JSON.parse(tabs[0]?.variables ?? '{}')).toEqual({ id: 'helpscout:123' });
    for (const tab of tabs) {
      const res = await fetch(web.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: tab.query, variables: JSON.parse(tab.variables ?? '{}') as unknown }) });
      const body = (await res.json()) as { errors?: unknown };
      expect({ tab: tab.query.split('\n')[1], errors: body.errors }).toEqual({ tab: tab.query.split('\n')[1], errors: undefined });
    }
  });
});

describe('PARLEY_IDE settings', () => {
  it("sandbox: a browser gets Apollo's landing page (Apollo Sandbox, loaded from Apollo's CDN)", async () => {
    const web = await startWebServer({ env: { PARLEY_IDE: 'sandbox' } });
    try {
      const res = await openInBrowser(web);
      expect(res.status).toBe(200);
      const page = await res.text();
      expect(page).toContain('embeddable-sandbox.cdn.apollographql.com');
      expect(page).not.toContain('parley-ide-config');
    } finally {
      await web.stop();
    }
  });

  it('off: a browser gets no page at all, and no IDE asset is served', async () => {
    const web = await startWebServer({ env: { PARLEY_IDE: 'off' } });
    try {
      const res = await openInBrowser(web);
      expect(res.headers.get('content-type')).not.toContain('text/html');
      expect(await res.text()).not.toContain('<html');
      expect((await fetch(new URL('/ide/', web.url))).status).toBe(404);
    } finally {
      await web.stop();
    }
  });

  it('is off by default in production, where introspection is off', async () => {
    const web = await startWebServer({ production: true });
    try {
      const res = await openInBrowser(web);
      expect(await res.text()).not.toContain('<html');
    } finally {
      await web.stop();
    }
  });

  it.each([
    [{ PARLEY_IDE: 'playground' }, false, 'PARLEY_IDE: must be one of graphiql, sandbox, off'],
    [{ PARLEY_IDE: 'graphiql' }, true, 'PARLEY_IDE: must be off in production: introspection is off there, so an IDE could not load the schema'],
  ])('stops start-up on %j (production %s) with a message naming the variable', async (env, production, message) => {
    await expect(startWebServer({ env, production })).rejects.toThrow(message);
  });
});
