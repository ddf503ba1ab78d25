import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { startWebServer, type WebServer } from '../support/web-server';
import { launchChromium, type Chromium } from './chromium';

// A real browser loading 4 MB of GraphiQL on a shared 2-core machine: generous, never asserted on.
jest.setTimeout(120_000);

/** `docs/ide.png` is rewritten only on request, so running the tests never dirties the tree. */
const SCREENSHOT = process.env['PARLEY_WRITE_SCREENSHOT'] === '1' ? join(__dirname, '..', '..', 'docs', 'ide.png') : undefined;

/** Text of GraphiQL's result pane (CodeMirror renders the answer as lines of spans). */
function resultText(page: Page): Promise<string> {
  return page.locator('.graphiql-response').innerText();
}

describe('offline IDE (GraphiQL served by Parley) in headless Chromium', () => {
  let web: WebServer;
  let chromium: Chromium;
  beforeAll(async () => {
    web = await startWebServer();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await web?.stop();
  });

  it('loads with every non-Parley request blocked, runs the preloaded example and shows helpscout:123 from the simulator', async () => {
    const { context } = chromium;
    const parley = web.url.origin;
    // The network as offline as it gets: anything not addressed to Parley is aborted and recorded.
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      if (new URL(route.request().url()).origin === parley) return route.continue();
      foreign.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    // Init scripts run outside the page's CSP; a violation would mean a blocked script, style or font.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    const graphqlPosts: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') graphqlPosts.push(request);
    });

    const response = await page.goto(web.url.href);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    // The first tab is the first example of schema/operations, with helpscout:123 as its variable.
    await page.locator('.graphiql-query-editor').getByText('query ConversationCommon').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('"subject": "Help"'));
    const result = await resultText(page);
    expect(result).toContain('"id": "helpscout:123"');
    expect(result).toContain('"subject": "Help"');
    expect(result).not.toContain('"errors"');

    // GraphiQL's requests pass CSRF prevention because they are JSON POSTs.
    const run = graphqlPosts.find((request) => request.postData()?.includes('ConversationCommon'));
    expect(run?.headers()['content-type']).toBe('application/json');

    // The explorer plugin is there and read the schema through introspection.
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    await page.locator('.graphiql-explorer-root').getByText('conversations', { exact: true }).waitFor();

    if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT });
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
