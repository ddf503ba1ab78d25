import { readServerConfig } from './config';

describe('readServerConfig', () => {
  it('defaults to port 4000, a 5 s upstream timeout, a 10 s operation deadline and 200 upstream requests per operation', () => {
    expect(readServerConfig({})).toEqual({
      port: 4000, upstreamTimeoutMs: 5000, httpClient: 'cross-fetch', operationTimeoutMs: 10_000, maxUpstreamPerOperation: 200,
    });
  });

  it('reads the operation deadline and the upstream cap', () => {
    expect(readServerConfig({ PARLEY_OPERATION_TIMEOUT_MS: '2500', PARLEY_MAX_UPSTREAM_PER_OPERATION: '50' })).toMatchObject({
      operationTimeoutMs: 2500, maxUpstreamPerOperation: 50,
    });
  });

  it('refuses an unknown HTTP client, naming the choices', () => {
    expect(() => readServerConfig({ PARLEY_HTTP_CLIENT: 'curl' })).toThrow('PARLEY_HTTP_CLIENT: must be one of undici, cross-fetch');
  });

  it.each([['PORT', '70000'], ['PORT', 'abc'], ['PARLEY_UPSTREAM_TIMEOUT_MS', '5'],
    ['PARLEY_OPERATION_TIMEOUT_MS', '10s'], ['PARLEY_MAX_UPSTREAM_PER_OPERATION', '0']])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => readServerConfig({ [name]: value })).toThrow(new RegExp(`^${name}: must be a whole number`));
  });
});
