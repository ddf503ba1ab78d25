import type { Page } from 'playwright-core';
import { startLoopbackServer, startWebServer, type LoopbackServer, type WebServer } from '../support/web-server';
import { launchChromium, type Chromium } from './chromium';

jest.setTimeout(120_000);

/** What the front-end page saw: the JSON answer, or the error `fetch` rejected with. */
type Outcome = { data: unknown } | { error: string };

/**
 * The page a separately hosted front-end would be: served by its own loopback server, so its
 * origin differs from Parley's by port. It calls Parley the way Apollo Client does (a JSON POST,
 * which makes the browser send a preflight first).
 */
async function queryFrom(page: Page, frontEnd: string, graphql: URL, id: string): Promise<Outcome> {
  await page.goto(`${frontEnd}/`);
  return page.evaluate(
    async ({ url, id }) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'query One($id: ID!) { conversation(id: $id) { ... on CommonConversation { id subject } } }', variables: { id } }),
        });
        return { data: ((await response.json()) as { data: unknown }).data };
      } catch (error) {
        return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
      }
    },
    { url: graphql.href, id },
  );
}

const frontEndPage = (): Promise<LoopbackServer> =>
  startLoopbackServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>A front-end on another origin</title><p>front-end</p>');
  });

describe('CORS from a page on a second origin, in headless Chromium', () => {
  let chromium: Chromium;
  let allowed: LoopbackServer;
  let other: LoopbackServer;
  let web: WebServer;
  beforeAll(async () => {
    chromium = await launchChromium();
    [allowed, other] = await Promise.all([frontEndPage(), frontEndPage()]);
    web = await startWebServer({ env: { PARLEY_CORS_ORIGINS: allowed.origin } });
  });
  afterAll(async () => {
    await chromium?.close();
    await Promise.all([web?.stop(), allowed?.stop(), other?.stop()]);
  });

  it('gives the data to a page whose origin PARLEY_CORS_ORIGINS lists', async () => {
    const page = await chromium.context.newPage();
    const outcome = await queryFrom(page, allowed.origin, web.url, 'helpscout:123');
    expect(outcome).toEqual({ data: { conversation: { id: 'helpscout:123', subject: 'Help' } } });
    await page.close();
  });

  it('blocks a page whose origin is not listed: fetch rejects with a TypeError and the query never runs', async () => {
    const page = await chromium.context.newPage();
    const outcome = await queryFrom(page, other.origin, web.url, 'textus:kY1QwY');
    expect(outcome).toEqual({ error: 'TypeError: Failed to fetch' });
    // The preflight was refused, so the browser never sent the POST: no upstream request either.
    expect(web.simulator('textus').requests).toEqual([]);
    await page.close();
  });

  it('in development without PARLEY_CORS_ORIGINS, lets a page on another localhost port query', async () => {
    const devServer = await startWebServer();
    const page = await chromium.context.newPage();
    try {
      const outcome = await queryFrom(page, allowed.origin.replace('127.0.0.1', 'localhost'), devServer.url, 'helpscout:123');
      expect(outcome).toEqual({ data: { conversation: { id: 'helpscout:123', subject: 'Help' } } });
    } finally {
      await page.close();
      await devServer.stop();
    }
  });
});
