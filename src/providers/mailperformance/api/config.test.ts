import type { ConfigError } from '../../../config-error';
import { configErrorOf } from '../../../../test/support/errors';
import type { Env } from '../../../kit/env';
import { configure, hasCredentials, parseTargetFields } from './config';

const KEY = 'AbCdEf0123456789';

const configError = (env: Env): ConfigError => configErrorOf(() => configure(env, {}));

describe('MailPerformance configuration', () => {
  it('has credentials only when MAILPERFORMANCE_API_KEY is set and not blank', () => {
    expect(hasCredentials({ MAILPERFORMANCE_API_KEY: KEY })).toBe(true);
    expect(hasCredentials({ MAILPERFORMANCE_API_KEY: '  ' })).toBe(false);
    expect(hasCredentials({})).toBe(false);
  });

  it('defaults to the documented backoffice host and allows only its origin', () => {
    const { http } = configure({ MAILPERFORMANCE_API_KEY: KEY }, {});
    expect(http.baseUrl.href).toBe('https://backoffice.mailperformance.com/');
    expect(http.allowedOrigins).toEqual(['https://backoffice.mailperformance.com']);
  });

  it('does not allow the documented sibling hosts unless one is the base URL', () => {
    const { http } = configure({ MAILPERFORMANCE_API_KEY: KEY, MAILPERFORMANCE_BASE_URL: 'https://v8.mailperformance.com' }, {});
    expect(http.allowedOrigins).toEqual(['https://v8.mailperformance.com']);
  });

  it('fingerprints the credential instead of exposing it as the client identity', () => {
    const { http } = configure({ MAILPERFORMANCE_API_KEY: KEY }, {});
    expect(http.identity).toMatch(/^[0-9a-f]{12}$/);
    expect(http.identity).not.toContain(KEY);
  });

  it('names MAILPERFORMANCE_API_KEY when it is missing', () => {
    expect(configError({}).variable).toBe('MAILPERFORMANCE_API_KEY');
  });

  it('names MAILPERFORMANCE_API_KEY but not its value when it holds a line break', () => {
    const error = configError({ MAILPERFORMANCE_API_KEY: 'secret\r\nX-Other: 1' });
    expect(error.variable).toBe('MAILPERFORMANCE_API_KEY');
    expect(error.message).not.toContain('secret');
  });

  it('names MAILPERFORMANCE_BASE_URL but not its value when it is not a URL', () => {
    const error = configError({ MAILPERFORMANCE_API_KEY: KEY, MAILPERFORMANCE_BASE_URL: 'backoffice-secret-host' });
    expect(error.message).toMatch(/^MAILPERFORMANCE_BASE_URL: /);
    expect(error.message).not.toContain('backoffice-secret-host');
  });

  describe('MAILPERFORMANCE_TARGET_FIELDS', () => {
    it('defaults to email=8103, lastName=8102, firstName=8101, phone=8104', () => {
      expect(parseTargetFields({})).toEqual({ email: '8103', lastName: '8102', firstName: '8101', phone: '8104' });
    });

    it('accepts a partial map with spaces around entries', () => {
      expect(parseTargetFields({ MAILPERFORMANCE_TARGET_FIELDS: ' email=12 , phone=13' })).toEqual({ email: '12', phone: '13' });
    });

    it.each([
      ['an unknown name', 'email=8103,nickname=9999'],
      ['a non-numeric field id', 'email=abc'],
      ['a missing "="', 'email8103'],
      ['a repeated name', 'email=1,email=2'],
      ['an empty entry', 'email=1,,phone=2'],
    ])('refuses %s naming the variable, not the value', (_, value) => {
      const error = configError({ MAILPERFORMANCE_API_KEY: KEY, MAILPERFORMANCE_TARGET_FIELDS: value });
      expect(error.variable).toBe('MAILPERFORMANCE_TARGET_FIELDS');
      expect(error.message).not.toContain(value);
    });
  });
});
