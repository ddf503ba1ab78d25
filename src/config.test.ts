import { readServerConfig } from './config';

describe('readServerConfig', () => {
  it('defaults to port 4000 and a 5 s upstream timeout', () => {
    expect(readServerConfig({})).toEqual({ port: 4000, upstreamTimeoutMs: 5000, httpClient: 'cross-fetch' });
  });

  it('refuses an unknown HTTP client, naming the choices', () => {
    expect(() => readServerConfig({ PARLEY_HTTP_CLIENT: 'curl' })).toThrow('PARLEY_HTTP_CLIENT: must be one of undici, cross-fetch');
  });

  it.each([['PORT', '70000'], ['PORT', 'abc'], ['PARLEY_UPSTREAM_TIMEOUT_MS', '5']])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => readServerConfig({ [name]: value })).toThrow(new RegExp(`^${name}: must be a whole number`));
  });
});
