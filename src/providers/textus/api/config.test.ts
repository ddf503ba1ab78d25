import type { ConfigError } from '../../../config-error';
import { configErrorOf, failure } from '../../../../test/support/errors';
import type { FetchInit, FetchLike } from '../../../http/http-client';
import { createHttp, hasCredentials, readConfig } from './config';

const configError = (env: Record<string, string>): ConfigError => configErrorOf(() => readConfig(env));

describe('TextUs configuration', () => {
  it('counts as credentialed only when TEXTUS_TOKEN is set and not blank', () => {
    expect(hasCredentials({ TEXTUS_TOKEN: 'abc' })).toBe(true);
    expect(hasCredentials({ TEXTUS_TOKEN: '  ' })).toBe(false);
    expect(hasCredentials({})).toBe(false);
  });

  it('defaults the base URL to https://next.textus.com and leaves the account unset', () => {
    expect(readConfig({ TEXTUS_TOKEN: 'abc' })).toEqual({ baseUrl: new URL('https://next.textus.com/'), token: 'abc', account: undefined });
  });

  it('refuses a missing token, naming TEXTUS_TOKEN', () => {
    expect(configError({}).variable).toBe('TEXTUS_TOKEN');
  });

  it.each([
    ['TEXTUS_TOKEN', { TEXTUS_TOKEN: 'secret with spaces' }, 'secret with spaces'],
    ['TEXTUS_TOKEN', { TEXTUS_TOKEN: 'secret\nX-Injected: 1' }, 'secret'],
    ['TEXTUS_BASE_URL', { TEXTUS_TOKEN: 'abc', TEXTUS_BASE_URL: 'not a url sk_live_1' }, 'sk_live_1'],
    ['TEXTUS_BASE_URL', { TEXTUS_TOKEN: 'abc', TEXTUS_BASE_URL: 'https://user:pw@next.textus.com' }, 'pw@'],
    ['TEXTUS_ACCOUNT', { TEXTUS_TOKEN: 'abc', TEXTUS_ACCOUNT: 'acme/../admin' }, 'admin'],
    ['TEXTUS_ACCOUNT', { TEXTUS_TOKEN: 'abc', TEXTUS_ACCOUNT: '..' }, '..'],
  ])('names %s, never its value, when the value is malformed', (variable, env, value) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).not.toContain(value);
  });

  it('accepts account slugs such as "sanford.llc" and "my_account"', () => {
    expect(readConfig({ TEXTUS_TOKEN: 'abc', TEXTUS_ACCOUNT: 'sanford.llc' }).account).toBe('sanford.llc');
    expect(readConfig({ TEXTUS_TOKEN: 'abc', TEXTUS_ACCOUNT: 'my_account' }).account).toBe('my_account');
  });

  describe('HTTP client', () => {
    const seen: { url: string; init: FetchInit }[] = [];
    const fetch: FetchLike = (url, init) => {
      seen.push({ url, init });
      const body = url.endsWith('/missing') ? '{"@type":"Error","error":"Not Found"}' : '{"ok":true}';
      return Promise.resolve({
        status: url.endsWith('/missing') ? 404 : 200,
        headers: { get: (name: string) => (name === 'content-type' ? 'application/vnd.textus+jsonld; charset=utf-8' : null) },
        text: () => Promise.resolve(body),
      });
    };
    const http = createHttp(readConfig({ TEXTUS_TOKEN: 'tok123', TEXTUS_BASE_URL: 'https://textus.example' }), { fetch });

    beforeEach(() => {
      seen.length = 0;
    });

    it('sends the bearer token and the required Accept, and reads the TextUs media type as JSON', async () => {
      const response = await http.getJson(new URL('https://textus.example/conversations/kY1QwY'));
      expect(response.body).toEqual({ ok: true });
      expect(seen[0]?.init.headers).toMatchObject({ Accept: 'application/vnd.textus+jsonld', Authorization: 'Bearer tok123' });
    });

    it('scopes credentials to the base URL only, since TextUs links are host-relative', () => {
      expect(http.allowedOrigins).toEqual(['https://textus.example']);
    });

    it('answers a 404 with its status and without the error text of its body', async () => {
      const error = await failure(http.getJson(new URL('https://textus.example/missing')));
      expect(error.extensions).toEqual({ code: 'NOT_FOUND', provider: 'textus', httpStatus: 404 });
      expect(error.message).toBe('textus has no such resource (HTTP 404)');
    });
  });
});
