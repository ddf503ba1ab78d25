import crossFetch from 'cross-fetch';
import { ceilingClient } from '../../bench/ceiling-client';
import { undiciFetch } from '../../src/http/undici-fetch';

describe('the ceiling-fetch benchmark target', () => {
  it('fetches with cross-fetch, like Parley, when PARLEY_HTTP_CLIENT is unset', () => {
    const client = ceilingClient({});
    expect(client.name).toBe('cross-fetch');
    expect(client.fetch).toBe(crossFetch);
  });

  it('fetches with undici when Parley is configured with undici', () => {
    const client = ceilingClient({ PARLEY_HTTP_CLIENT: 'undici' });
    expect(client.name).toBe('undici');
    expect(client.fetch).toBe(undiciFetch);
  });
});
