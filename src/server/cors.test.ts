import { ConfigError } from '../config-error';
import { allowsOrigin, readCorsPolicy, withOrigins } from './cors';

describe('PARLEY_CORS_ORIGINS', () => {
  it('takes exact origins, trimmed, written the way browsers send them (no default port, lower-case host, no trailing slash)', () => {
    const policy = readCorsPolicy({ PARLEY_CORS_ORIGINS: ' https://App.Example.com:443/ , http://localhost:5173 ' }, true);
    expect([...policy.origins]).toEqual(['https://app.example.com', 'http://localhost:5173']);
    expect(policy.loopback).toBe(false);
    expect(allowsOrigin(policy, 'https://app.example.com')).toBe(true);
    expect(allowsOrigin(policy, 'http://localhost:5174')).toBe(false);
  });

  it('none allows no origin, in development too', () => {
    const policy = readCorsPolicy({ PARLEY_CORS_ORIGINS: 'none' }, false);
    expect(allowsOrigin(policy, 'http://localhost:5173')).toBe(false);
  });

  it('adds origins to the loopback default without dropping it', () => {
    const policy = withOrigins(readCorsPolicy({}, false), ['https://studio.apollographql.com']);
    expect(allowsOrigin(policy, 'http://127.0.0.1:3000')).toBe(true);
    expect(allowsOrigin(policy, 'https://studio.apollographql.com')).toBe(true);
  });

  it.each([
    ['*', 'has no wildcard: list each origin (e.g. https://app.example.com), or set it to none'],
    ['https://app.example.com/app', 'must be none or a comma-separated list of origins such as https://app.example.com,http://localhost:5173 (scheme, host and port only; no path)'],
    ['app.example.com', 'must be none or a comma-separated list of origins such as https://app.example.com,http://localhost:5173 (scheme, host and port only; no path)'],
    ['ftp://files.example.com', 'must be none or a comma-separated list of origins such as https://app.example.com,http://localhost:5173 (scheme, host and port only; no path)'],
    ['https://user:secret@app.example.com', 'must be none or a comma-separated list of origins such as https://app.example.com,http://localhost:5173 (scheme, host and port only; no path)'],
    [' , ', 'lists no origin; leave it unset for the default or set it to none'],
  ])('refuses %j with a ConfigError naming the variable and not the value', (value, problem) => {
    let thrown: unknown;
    try {
      readCorsPolicy({ PARLEY_CORS_ORIGINS: value }, false);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).message).toBe(`PARLEY_CORS_ORIGINS: ${problem}`);
    expect((thrown as ConfigError).message).not.toContain('secret');
  });
});
