import { freshSeconds, MAX_FRESH_SECONDS, readCacheControl } from '../../src/cache/cache-policy';

const headers = (values: Record<string, string>): { get(name: string): string | null } => ({ get: (name) => values[name] ?? null });

describe('readCacheControl', () => {
  it.each([
    [null, { noStore: false }],
    ['private, max-age=60', { noStore: false, maxAge: 60 }],
    ['max-age="30", must-revalidate', { noStore: false, maxAge: 30 }],
    ['No-Store', { noStore: true }],
    ['no-cache', { noStore: false, maxAge: 0 }],
    ['max-age=soon', { noStore: false, maxAge: 0 }],
    ['s-maxage=600', { noStore: false }],
    ['max-age=10, max-age=99', { noStore: false, maxAge: 10 }],
  ])('reads %p', (value, policy) => {
    expect(readCacheControl(value)).toEqual(policy);
  });
});

describe('freshSeconds', () => {
  it('uses the default TTL without max-age, max-age minus Age with it, and caps both at a day', () => {
    expect(freshSeconds(headers({}), { noStore: false }, 5)).toBe(5);
    expect(freshSeconds(headers({ age: '20' }), { noStore: false, maxAge: 60 }, 5)).toBe(40);
    expect(freshSeconds(headers({ age: '90' }), { noStore: false, maxAge: 60 }, 5)).toBe(0);
    expect(freshSeconds(headers({}), { noStore: false, maxAge: 31_536_000 }, 5)).toBe(MAX_FRESH_SECONDS);
  });
});
