import type { ConfigError } from '../../../config-error';
import { configErrorOf } from '../../../../test/support/errors';
import { HttpClient } from '../../../http/http-client';
import { SimulatedProvider } from '../../../simulator/sim-server';
import { connectSimulated, type SimulatedClient } from '../../../../test/support/provider-fixture';
import { helpScoutAdapter } from '../index';
import { helpScoutSimulator } from '../simulator';
import { SIM_APP, SIM_TOKEN, TOKEN_LIFETIME_SECONDS } from '../simulator/seed';
import { clientCredentialsAuth, MIN_LIFETIME_SECONDS, RENEW_BURST_MS } from './auth';
import { connect, hasCredentials } from './config';

const connectHttp = (env: Record<string, string>): HttpClient => connect(env, {}).http;

const SECRET = 'sup3r-s3cret-value';

const configError = (env: Record<string, string>): ConfigError => configErrorOf(() => connectHttp(env));

describe('Help Scout configuration', () => {
  it('uses the documented base URL and scopes credentials to it', () => {
    const http = connectHttp({ HELPSCOUT_TOKEN: 'abc' });
    expect(http.baseUrl.href).toBe('https://api.helpscout.net/');
    expect(http.allowedOrigins).toEqual(['https://api.helpscout.net']);
  });

  it('scopes credentials to a proxy base URL with its path, adding the documented API root only when LIVE', () => {
    const env = { HELPSCOUT_TOKEN: 'abc', HELPSCOUT_BASE_URL: 'http://127.0.0.1:9/hs' };
    expect(connectHttp(env).allowedOrigins).toEqual(['http://127.0.0.1:9/hs/']);
    expect(connect(env, { live: true }).http.allowedOrigins).toEqual(['http://127.0.0.1:9/hs/', 'https://api.helpscout.net']);
    expect(() => connectHttp(env).resolve('http://127.0.0.1:9/bird/x')).toThrow(expect.objectContaining({ code: 'LINK_REJECTED' }));
    expect(() => connectHttp(env).resolve('https://api.helpscout.net/v2/users/1')).toThrow(expect.objectContaining({ code: 'LINK_REJECTED' }));
    expect(connect(env, { live: true }).http.resolve('https://api.helpscout.net/v2/users/1').href).toBe('https://api.helpscout.net/v2/users/1');
  });

  it.each([
    [{ HELPSCOUT_APP_ID: SECRET }, 'HELPSCOUT_APP_SECRET: must be set together with HELPSCOUT_APP_ID'],
    [{ HELPSCOUT_APP_SECRET: SECRET }, 'HELPSCOUT_APP_ID: must be set together with HELPSCOUT_APP_SECRET'],
    [{ HELPSCOUT_TOKEN: SECRET, HELPSCOUT_APP_ID: 'a', HELPSCOUT_APP_SECRET: 'b' }, 'HELPSCOUT_TOKEN: set either'],
    [{ HELPSCOUT_TOKEN: `${SECRET}\nX-Evil: 1` }, 'HELPSCOUT_TOKEN: is not a single value'],
    [{ HELPSCOUT_APP_ID: 'app', HELPSCOUT_APP_SECRET: `${SECRET} x` }, 'HELPSCOUT_APP_SECRET: is not a single value'],
    [{}, 'HELPSCOUT_TOKEN: is not set'],
    [{ HELPSCOUT_TOKEN: 'abc', HELPSCOUT_BASE_URL: `https://user:${SECRET}@api.example` }, 'HELPSCOUT_BASE_URL: must not contain user credentials'],
  ])('refuses %j naming the variable, never its value', (env, message) => {
    const error = configError(env);
    expect(error.message.startsWith(message)).toBe(true);
    expect(error.message).not.toContain(SECRET);
  });

  it('counts any credential variable as LIVE so a half-set pair reaches connect and fails', () => {
    expect(hasCredentials({})).toBe(false);
    expect(hasCredentials({ HELPSCOUT_TOKEN: ' ' })).toBe(false);
    expect(hasCredentials({ HELPSCOUT_TOKEN: 't' })).toBe(true);
    expect(hasCredentials({ HELPSCOUT_APP_SECRET: 's' })).toBe(true);
  });
});

describe('Help Scout authentication against the simulator', () => {
  let sim: SimulatedClient;
  afterEach(() => sim.stop());

  it('sends the static token as a bearer with a HAL Accept header', async () => {
    sim = await connectSimulated(helpScoutAdapter);
    await sim.client.fetchConversation('123', sim.io());
    expect(sim.simulator.requests[0]?.headers).toMatchObject({ authorization: `Bearer ${SIM_TOKEN}`, accept: 'application/hal+json, application/json' });
  });

  it('gets a token with client credentials once, then renews it once after a 401', async () => {
    sim = await connectSimulated(helpScoutAdapter, { HELPSCOUT_TOKEN: undefined, HELPSCOUT_APP_ID: SIM_APP.id, HELPSCOUT_APP_SECRET: SIM_APP.secret });
    await Promise.all([sim.client.fetchConversation('123', sim.io()), sim.client.fetchConversation('1001', sim.io())]);
    expect(sim.upstream().filter((r) => r.startsWith('POST'))).toEqual(['POST /v2/oauth2/token']);
    sim.simulator.reset();
    sim.simulator.injectFault({ match: /^\/v2\/conversations\/123$/, reply: { status: 401, body: { logRef: 'x', message: 'expired' } } });
    const conversation = await sim.client.fetchConversation('123', sim.io());
    expect(conversation.nativeId).toBe('123');
    expect(sim.upstream()).toEqual(['GET /v2/conversations/123', 'POST /v2/oauth2/token', 'GET /v2/conversations/123']);
    const auth = sim.simulator.requests.filter((r) => r.method === 'GET').map((r) => r.headers.authorization);
    expect(auth).toEqual(['Bearer hs-sim-issued-1', 'Bearer hs-sim-issued-2']);
    expect(sim.simulator.requests[1]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('answers UNAUTHENTICATED when the renewed token is refused as well', async () => {
    sim = await connectSimulated(helpScoutAdapter, { HELPSCOUT_TOKEN: undefined, HELPSCOUT_APP_ID: SIM_APP.id, HELPSCOUT_APP_SECRET: SIM_APP.secret });
    sim.simulator.injectFault({ match: /^\/v2\/conversations\/123$/, times: 2, reply: { status: 401, body: { logRef: 'ref-1', message: 'no' } } });
    await expect(sim.client.fetchConversation('123', sim.io())).rejects.toMatchObject({ code: 'UNAUTHENTICATED', extensions: { upstreamRef: 'ref-1' } });
    expect(sim.upstream().filter((r) => r.startsWith('POST'))).toHaveLength(2);
  });

  it('answers UNAUTHENTICATED without the secret when the token endpoint refuses the app credentials', async () => {
    sim = await connectSimulated(helpScoutAdapter, { HELPSCOUT_TOKEN: undefined, HELPSCOUT_APP_ID: SIM_APP.id, HELPSCOUT_APP_SECRET: 'wrong-app-secret' });
    const failure = sim.client.fetchConversation('123', sim.io());
    await expect(failure).rejects.toMatchObject({ code: 'UNAUTHENTICATED', extensions: { provider: 'helpscout' } });
    await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining('wrong-app-secret') });
    expect(sim.upstream()).toEqual(['POST /v2/oauth2/token']);
  });
});

describe('Help Scout token cache', () => {
  const simulator = new SimulatedProvider(helpScoutSimulator.create());
  beforeAll(() => simulator.start());
  afterAll(() => simulator.stop());
  beforeEach(() => simulator.reset());

  it('shares one token request between concurrent callers and renews shortly before expiry', async () => {
    let now = 1_000_000;
    const tokenHttp = new HttpClient({ provider: 'helpscout', baseUrl: simulator.baseUrl, allowedOrigins: [simulator.baseUrl.origin] });
    const auth = clientCredentialsAuth({ appId: SIM_APP.id, appSecret: SIM_APP.secret, tokenHttp, now: () => now });
    const first = await Promise.all([auth.headers(), auth.headers(), auth.headers()]);
    expect(new Set(first.map((h) => h['authorization'])).size).toBe(1);
    now += (TOKEN_LIFETIME_SECONDS - 120) * 1000;
    expect((await auth.headers())['authorization']).toBe(first[0]?.['authorization']);
    now += 90_000;
    expect((await auth.headers())['authorization']).not.toBe(first[0]?.['authorization']);
    expect(simulator.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v2/oauth2/token', 'POST /v2/oauth2/token']);
  });

  const tokenPosts = (): number => simulator.requests.filter((r) => r.method === 'POST').length;
  const appAuth = (now: () => number = Date.now) => {
    const tokenHttp = new HttpClient({ provider: 'helpscout', baseUrl: simulator.baseUrl, allowedOrigins: [simulator.baseUrl.origin] });
    return clientCredentialsAuth({ appId: SIM_APP.id, appSecret: SIM_APP.secret, tokenHttp, now });
  };

  it('renews once for a 401 burst: later 401s of requests sent with the old token retry with the new one', async () => {
    let now = 1_000_000;
    const auth = appAuth(() => now);
    const old = await auth.headers();
    // Ten requests of the burst report their 401 one after another, after the first renewal finished.
    const answers: boolean[] = [];
    for (let i = 0; i < 10; i += 1) {
      answers.push(await auth.renew!(i % 2 === 0 ? old : undefined));
      now += 100;
    }
    expect(answers).toEqual(Array(10).fill(true));
    expect(tokenPosts()).toBe(2);
    const fresh = await auth.headers();
    expect(fresh['authorization']).not.toBe(old['authorization']);
    // The token renewed moments ago is refused itself: renewing again would only churn.
    expect(await auth.renew!(fresh)).toBe(false);
    expect(tokenPosts()).toBe(2);
    // A later burst renews again, once.
    now += RENEW_BURST_MS;
    expect(await Promise.all([auth.renew!(fresh), auth.renew!(fresh), auth.renew!(undefined)])).toEqual([true, true, true]);
    expect(tokenPosts()).toBe(3);
  });

  it(`reads a near-zero expires_in as ${MIN_LIFETIME_SECONDS} s instead of requesting a token per request`, async () => {
    let now = 1_000_000;
    simulator.injectFault({ match: /oauth2\/token/, times: 5, rewrite: (body) => ({ ...(body as object), expires_in: 0.001 }) });
    const auth = appAuth(() => now);
    for (let i = 0; i < 5; i += 1) {
      await auth.headers();
      now += 1_000;
    }
    expect(tokenPosts()).toBe(1);
    now += MIN_LIFETIME_SECONDS * 1000;
    await auth.headers();
    expect(tokenPosts()).toBe(2);
  });

  it('redacts its app secret and issued tokens in any letter case', async () => {
    const auth = appAuth();
    const token = (await auth.headers())['authorization']?.slice('Bearer '.length) ?? '';
    const text = `secret ${SIM_APP.secret.toUpperCase()} token ${token.toUpperCase()} url postgres://app:hunter2@db.internal/hs`;
    const redacted = auth.redact!(text);
    expect(redacted).toBe('secret [redacted] token [redacted] url postgres://[redacted]@db.internal/hs');
  });

  it('keys the loader cache by the app credential, not by the token', () => {
    const tokenHttp = new HttpClient({ provider: 'helpscout', baseUrl: simulator.baseUrl, allowedOrigins: [simulator.baseUrl.origin] });
    const a = clientCredentialsAuth({ appId: 'app', appSecret: SECRET, tokenHttp });
    expect(a.identity).toBe(clientCredentialsAuth({ appId: 'app', appSecret: SECRET, tokenHttp }).identity);
    expect(a.identity).not.toBe(clientCredentialsAuth({ appId: 'app', appSecret: 'other', tokenHttp }).identity);
    expect(a.identity).not.toContain(SECRET);
  });
});
