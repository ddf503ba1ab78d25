import http from 'node:http';
import type { AddressInfo } from 'node:net';
import crossFetch from 'cross-fetch';
import type { FetchLike } from '../../src/http/http-client';
import { birdAdapter } from '../../src/providers/bird';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { layerAdapter } from '../../src/providers/layer';
import { SEED_USER_ID, SIM_APP_ID } from '../../src/providers/layer/simulator/seed';
import { SIM_TOKEN as HELPSCOUT_TOKEN } from '../../src/providers/helpscout/simulator/seed';
import { textUsAdapter } from '../../src/providers/textus';
import { SimulatedProvider } from '../../src/simulator/sim-server';
import { startHarness, type Harness } from '../support/harness';

interface Proxy {
  url: URL;
  /** Every request the proxy received: path as sent and the credential headers it carried. */
  seen: { path: string; authorization: string | undefined }[];
  stop(): Promise<void>;
}

/** One origin in front of several upstreams, each under its own path prefix (stripped on the way). */
async function startProxy(routes: Record<string, URL>): Promise<Proxy> {
  const seen: Proxy['seen'] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, authorization: req.headers.authorization });
    const prefix = Object.keys(routes).find((name) => path.startsWith(`/${name}/`));
    const upstream = prefix === undefined ? undefined : routes[prefix];
    if (prefix === undefined || upstream === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"no route"}');
      return;
    }
    const target = new URL(path.slice(prefix.length + 2), upstream);
    const forward = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return {
    url,
    seen,
    stop: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const REJECTED = (origin: string): string => `A link in helpscout's response was not followed: ${origin} with that path is outside the provider's base URL`;
const MAILBOX_QUERY = '{ conversation(id: "helpscout:123") { ... on HelpScoutConversation { subject mailbox { name } } } }';
const withMailboxHref = (href: string) => (body: unknown): unknown => {
  const conversation = body as { _links: Record<string, { href: string }> };
  conversation._links['mailbox'] = { href };
  return conversation;
};

describe('credential scope: two providers behind one origin under different paths (LIVE)', () => {
  const sims = { helpscout: new SimulatedProvider(helpScoutAdapter.simulator.create()), bird: new SimulatedProvider(birdAdapter.simulator.create()), textus: new SimulatedProvider(textUsAdapter.simulator.create()) };
  let proxy: Proxy;
  let h: Harness;

  beforeAll(async () => {
    const [helpscout, bird, textus] = await Promise.all([sims.helpscout.start(), sims.bird.start(), sims.textus.start()]);
    proxy = await startProxy({ helpscout, bird, textus });
    const env = {
      ...sims.helpscout.env(), HELPSCOUT_BASE_URL: new URL('helpscout/', proxy.url).href,
      ...sims.bird.env(), BIRD_BASE_URL: new URL('bird/', proxy.url).href,
      ...sims.textus.env(), TEXTUS_BASE_URL: new URL('textus/', proxy.url).href,
    };
    // Credentials in the environment: every provider connects LIVE, through the proxy.
    h = await startHarness(env, { simulateAll: false, adapters: [helpScoutAdapter, birdAdapter, textUsAdapter] });
  });
  afterAll(async () => {
    await h.stop();
    await proxy.stop();
    await Promise.all(Object.values(sims).map((sim) => sim.stop()));
  });
  beforeEach(() => {
    proxy.seen.length = 0;
    for (const sim of Object.values(sims)) sim.reset();
  });

  it.each([
    ['an absolute link to Bird\'s path', (proxyUrl: URL) => new URL('bird/workspaces/x/channels/y', proxyUrl).href],
    ['a host-relative link to Bird\'s path', () => '/bird/workspaces/x/channels/y'],
    ['a link that climbs out of the prefix with an encoded slash', () => '/helpscout/..%2fbird/workspaces/x'],
    ['a link that climbs out of the prefix with encoded dots', () => '/helpscout/%2e%2e/bird/workspaces/x'],
  ])('refuses %s with LINK_REJECTED and never sends the Help Scout token there', async (_, href) => {
    sims.helpscout.injectFault({ match: /^\/v2\/conversations\/123$/, rewrite: withMailboxHref(href(proxy.url)) });
    const result = await h.query(MAILBOX_QUERY);
    expect(result.data?.['conversation']).toEqual({ subject: 'Help', mailbox: null });
    expect(result.errors?.map((e) => [e.path, e.extensions?.['code'], e.message])).toEqual([
      [['conversation', 'mailbox'], 'LINK_REJECTED', REJECTED(proxy.url.origin)],
    ]);
    expect(proxy.seen).toEqual([{ path: '/helpscout/v2/conversations/123', authorization: `Bearer ${HELPSCOUT_TOKEN}` }]);
    expect(sims.bird.requests).toHaveLength(0);
  });

  it('refuses TextUs host-relative links that leave its base path, before any request outside it', async () => {
    const result = await h.query('{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { id messages(first: 2) { edges { node { sender { id } } } } } } }');
    expect(result.data?.['conversation']).toEqual({ id: 'textus:kY1QwY', messages: null });
    expect(result.errors?.map((e) => [e.path, e.extensions?.['code'], e.message])).toEqual([[
      ['conversation', 'messages'], 'LINK_REJECTED',
      `A link in textus's response was not followed: ${proxy.url.origin} with that path is outside the provider's base URL`,
    ]]);
    expect(proxy.seen.map((r) => r.path)).toEqual(['/textus/conversations/kY1QwY']);
  });
});

describe('credential scope in simulated mode', () => {
  let h: Harness;
  const fetched: string[] = [];
  // Records every URL Parley fetches; nothing leaves loopback, whatever the links say.
  const fetch: FetchLike = (url, init) => {
    fetched.push(url);
    return new URL(url).hostname === '127.0.0.1' ? crossFetch(url, init) : Promise.reject(new Error('network disabled in tests'));
  };
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [helpScoutAdapter, layerAdapter], fetch });
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    h.reset();
    fetched.length = 0;
  });

  it('refuses a link to the real Help Scout API host with LINK_REJECTED and makes no request there', async () => {
    h.simulator('helpscout').injectFault({ match: /^\/v2\/conversations\/123$/, rewrite: withMailboxHref('https://api.helpscout.net/v2/mailboxes/13') });
    const result = await h.query(MAILBOX_QUERY);
    expect(result.data?.['conversation']).toEqual({ subject: 'Help', mailbox: null });
    expect(result.errors?.map((e) => [e.path, e.extensions?.['code'], e.message])).toEqual([
      [['conversation', 'mailbox'], 'LINK_REJECTED', REJECTED('https://api.helpscout.net')],
    ]);
    expect(fetched).toEqual([new URL('v2/conversations/123', h.simulator('helpscout').baseUrl).href]);
  });

  it('refuses a Layer messages_url on the documented api.layer.com with LINK_REJECTED and makes no request there', async () => {
    const real = `https://api.layer.com/apps/${SIM_APP_ID}/conversations/${SEED_USER_ID}/messages`;
    h.simulator('layer').injectFault({ match: /\/conversations\/[^/]+$/, rewrite: (body) => ({ ...(body as object), messages_url: real }) });
    const result = await h.query(`{ conversation(id: "layer:${SEED_USER_ID}") { ... on CommonConversation { id messages(first: 5) { edges { node { id } } } } } }`);
    expect(result.data?.['conversation']).toEqual({ id: `layer:${SEED_USER_ID}`, messages: null });
    expect(result.errors?.map((e) => [e.path, e.extensions?.['code'], e.message])).toEqual([[
      ['conversation', 'messages'], 'LINK_REJECTED',
      "A link in layer's response was not followed: https://api.layer.com with that path is outside the provider's base URL",
    ]]);
    expect(fetched.every((url) => new URL(url).hostname === '127.0.0.1')).toBe(true);
  });
});
