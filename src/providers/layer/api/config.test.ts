import type { ConfigError } from '../../../config-error';
import { configErrorOf } from '../../../../test/support/errors';
import type { FetchInit } from '../../../http/http-client';
import { layerAdapter } from '../index';
import { LayerClient } from './client';
import { layerErrorRef } from './config';

const APP = '24f43c32-4d95-11e4-b3a2-0fd00000020d';
const valid = { LAYER_TOKEN: 'tok-123', LAYER_APP_ID: APP };

const configError = (env: Record<string, string>): ConfigError => configErrorOf(() => layerAdapter.connect(env, {}));

describe('Layer configuration', () => {
  it('runs live only when LAYER_TOKEN is set', () => {
    expect(layerAdapter.hasCredentials({ LAYER_TOKEN: 'x' })).toBe(true);
    expect(layerAdapter.hasCredentials({ LAYER_TOKEN: '  ' })).toBe(false);
    expect(layerAdapter.hasCredentials({})).toBe(false);
  });

  it('connects to api.layer.com by default and follows links on that origin only', () => {
    const client = layerAdapter.connect(valid, {});
    expect(client.http.baseUrl.href).toBe('https://api.layer.com/');
    expect(client.http.allowedOrigins).toEqual(['https://api.layer.com']);
  });

  it('scopes credentials to the configured base URL, adding the documented API host only when LIVE', () => {
    const env = { ...valid, LAYER_BASE_URL: 'http://127.0.0.1:9999' };
    expect(layerAdapter.connect(env, {}).http.allowedOrigins).toEqual(['http://127.0.0.1:9999']);
    expect(layerAdapter.connect(env, { live: true }).http.allowedOrigins).toEqual(['http://127.0.0.1:9999', 'https://api.layer.com']);
    expect(() => layerAdapter.connect(env, {}).http.resolve(`https://api.layer.com/apps/${APP}/conversations`)).toThrow(expect.objectContaining({ code: 'LINK_REJECTED' }));
  });

  it('lists its environment variables', () => {
    expect(layerAdapter.envVars.map((variable) => variable.name)).toEqual(['LAYER_BASE_URL', 'LAYER_TOKEN', 'LAYER_APP_ID', 'LAYER_USER_ID']);
  });

  it.each([
    ['LAYER_APP_ID', { LAYER_APP_ID: 'my-app-secret-name' }, 'my-app-secret-name'],
    ['LAYER_APP_ID', { LAYER_APP_ID: '' }, ''],
    ['LAYER_USER_ID', { LAYER_USER_ID: '../admin' }, '../admin'],
    ['LAYER_USER_ID', { LAYER_USER_ID: 'a/b' }, 'a/b'],
    ['LAYER_USER_ID', { LAYER_USER_ID: 'a b' }, 'a b'],
    ['LAYER_BASE_URL', { LAYER_BASE_URL: 'api.layer.com' }, 'api.layer.com'],
    ['LAYER_BASE_URL', { LAYER_BASE_URL: 'https://user:pw@api.layer.com' }, 'user:pw'],
    ['LAYER_TOKEN', { LAYER_TOKEN: 'two words' }, 'two words'],
  ])('names %s and not its value when it is malformed (%j)', (variable, overrides, value) => {
    const error = configError({ ...valid, ...overrides });
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(`${variable}:`)).toBe(true);
    if (value !== '') expect(error.message).not.toContain(value);
  });

  it('refuses to connect without LAYER_TOKEN', () => {
    expect(configError({ LAYER_APP_ID: APP }).variable).toBe('LAYER_TOKEN');
  });

  it('lower-cases the app UUID so paths and cache keys have one spelling', () => {
    const client = layerAdapter.connect({ ...valid, LAYER_APP_ID: APP.toUpperCase(), LAYER_USER_ID: 'frodo@shire.example' }, {});
    expect(client).toBeInstanceOf(LayerClient);
    if (client instanceof LayerClient) expect(client.scope).toMatchObject({ appId: APP, userId: 'frodo@shire.example' });
  });

  it('passes the injected fetch through and sends the token, the versioned Accept and the JSON content type', async () => {
    const sent: FetchInit[] = [];
    const fetch = (_url: string, init: FetchInit) => {
      sent.push(init);
      return Promise.resolve({ status: 404, headers: { get: () => null }, text: () => Promise.resolve('') });
    };
    const client = layerAdapter.connect(valid, { fetch });
    await expect(client.http.getJson(new URL(`https://api.layer.com/apps/${APP}/conversations/x`))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(sent[0]?.headers).toEqual({
      Accept: 'application/vnd.layer+json; version=1.0', 'Content-Type': 'application/json', Authorization: 'Bearer tok-123',
    });
  });

  it('reads the Layer error id as the upstream reference, and nothing from other bodies', () => {
    expect(layerErrorRef({ id: 'not_found', code: 102, message: 'x', url: 'u', data: {} })).toBe('not_found');
    expect(layerErrorRef({ message: 'down' })).toBeUndefined();
    expect(layerErrorRef(undefined)).toBeUndefined();
  });
});
