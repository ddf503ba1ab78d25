import type { ConfigError } from '../../../config-error';
import { configErrorOf } from '../../../../test/support/errors';
import type { FetchInit, FetchLike } from '../../../http/http-client';
import { connect, hasCredentials, readBirdConfig } from './config';

const KEY = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const WS = 'A1405560-C8D3-4B1A-877D-3F449AD95352';

const configError = (env: Record<string, string>): ConfigError => configErrorOf(() => readBirdConfig(env));

describe('Bird configuration', () => {
  it('has credentials only when BIRD_ACCESS_KEY is set and not blank', () => {
    expect(hasCredentials({ BIRD_ACCESS_KEY: KEY })).toBe(true);
    expect(hasCredentials({ BIRD_ACCESS_KEY: '   ' })).toBe(false);
    expect(hasCredentials({})).toBe(false);
  });

  it('defaults the base URL to https://api.bird.com and lower-cases the workspace', () => {
    expect(readBirdConfig({ BIRD_ACCESS_KEY: KEY, BIRD_WORKSPACE_ID: WS })).toEqual({
      baseUrl: new URL('https://api.bird.com/'), accessKey: KEY, workspaceId: WS.toLowerCase(),
    });
  });

  it('leaves the workspace unset when BIRD_WORKSPACE_ID is absent', () => {
    expect(readBirdConfig({ BIRD_ACCESS_KEY: KEY }).workspaceId).toBeUndefined();
  });

  it.each([
    ['BIRD_WORKSPACE_ID', { BIRD_ACCESS_KEY: KEY, BIRD_WORKSPACE_ID: 'ws_secretlabel42' }, 'ws_secretlabel42'],
    ['BIRD_BASE_URL', { BIRD_ACCESS_KEY: KEY, BIRD_BASE_URL: 'api.bird.com/secret-path' }, 'secret-path'],
    ['BIRD_BASE_URL', { BIRD_ACCESS_KEY: KEY, BIRD_BASE_URL: 'https://user:pw123@api.bird.com' }, 'pw123'],
    ['BIRD_ACCESS_KEY', { BIRD_ACCESS_KEY: 'two words-secret' }, 'two words-secret'],
    ['BIRD_ACCESS_KEY', { BIRD_ACCESS_KEY: 'abc\r\nX-Injected: 1' }, 'X-Injected'],
  ])('names %s and not its value when the value is malformed', (variable, env, value) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).not.toContain(value);
  });

  it('refuses to connect without an access key', () => {
    expect(configError({ BIRD_WORKSPACE_ID: WS }).variable).toBe('BIRD_ACCESS_KEY');
  });

  it('sends the AccessKey header and Accept: application/json under the configured base URL only', async () => {
    const seen: { url: string; init: FetchInit }[] = [];
    const fetch: FetchLike = (url, init) => {
      seen.push({ url, init });
      return Promise.resolve({ status: 200, headers: { get: (name) => (name === 'content-type' ? 'application/json' : null) }, text: () => Promise.resolve('{}') });
    };
    const client = connect({ BIRD_ACCESS_KEY: KEY, BIRD_BASE_URL: 'https://bird.internal/proxy' }, { fetch });
    await client.http.getJson(new URL('https://bird.internal/proxy/workspaces'));
    expect(seen[0]?.init.headers).toMatchObject({ Authorization: `AccessKey ${KEY}`, Accept: 'application/json' });
    expect(client.http.allowedOrigins).toEqual(['https://bird.internal/proxy/']);
    expect(() => client.http.resolve('https://media.api.bird.com/x.png')).toThrow(expect.objectContaining({ code: 'LINK_REJECTED' }));
    expect(() => client.http.resolve('https://bird.internal/helpscout/v2/conversations/1')).toThrow(expect.objectContaining({ code: 'LINK_REJECTED' }));
  });
});
