import { configErrorOf } from '../../test/support/errors';
import { readBaseUrl, readMatching, readPair } from './env';

describe('env readers', () => {
  it('uses the default base URL and adds a trailing slash', () => {
    expect(readBaseUrl({}, 'X_BASE_URL', 'https://api.example.com').href).toBe('https://api.example.com/');
  });

  it.each(['not a url', 'ftp://x.example', 'https://user:secret-value@x.example', 'https://x.example/?token=secret-value'])(
    'names the variable but not the value when the base URL is %j',
    (value) => {
      const error = configErrorOf(() => readBaseUrl({ X_BASE_URL: value }, 'X_BASE_URL', 'https://api.example.com'));
      expect(error.message).toMatch(/^X_BASE_URL: /);
      expect(error.message).not.toContain('secret-value');
    },
  );

  it('refuses a half-set credential pair, naming the missing variable', () => {
    expect(() => readPair({ A_ID: 'x' }, 'A_ID', 'A_SECRET')).toThrow('A_SECRET: must be set together with A_ID');
    expect(() => readPair({ A_SECRET: 'x' }, 'A_ID', 'A_SECRET')).toThrow('A_ID: must be set together with A_SECRET');
    expect(readPair({ A_ID: 'x', A_SECRET: 'y' }, 'A_ID', 'A_SECRET')).toEqual(['x', 'y']);
    expect(readPair({ A_ID: ' ' }, 'A_ID', 'A_SECRET')).toBeUndefined();
  });

  it('checks ids against their pattern', () => {
    expect(readMatching({ W: 'abc' }, 'W', /^[a-c]+$/, 'a workspace id')).toBe('abc');
    expect(() => readMatching({ W: 'a/b' }, 'W', /^[a-c]+$/, 'a workspace id')).toThrow('W: is not a workspace id');
  });
});
