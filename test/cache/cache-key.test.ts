import fc from 'fast-check';
import { canonicalUrl, credentialFingerprint, upstreamKey } from '../../src/cache/cache-key';

/**
 * The cache key canonicaliser: two spellings of one request share an entry, two different
 * requests never do, and no credential or URL text ends up in a Redis key.
 */
const BASE = 'https://api.example.com/v2/conversations/123';
// Unreserved, reserved and non-ASCII characters, so encodings of every kind appear.
const char = fc.constantFrom('a', 'b', 'Z', '0', '-', '.', '_', '~', ' ', '+', '&', '=', '/', '?', '#', '%', ',', 'é', '日');
const text = fc.string({ unit: char, minLength: 0, maxLength: 6 });
const param = fc.tuple(fc.string({ unit: char, minLength: 1, maxLength: 4 }), text);
type Param = [string, string];

const urlOf = (params: readonly Param[]): URL =>
  new URL(params.length === 0 ? BASE : `${BASE}?${params.map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`).join('&')}`);

/** What a server reads from a query: the values of each name, in order. */
function meaning(params: readonly Param[]): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of params) byName.set(name, [...(byName.get(name) ?? []), value]);
  return JSON.stringify([...byName.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

/** Escapes unreserved characters (`~` → `%7e` or `%7E`) and flips the case of existing escapes, as `flips` says. */
function respell(href: string, flips: readonly boolean[]): string {
  let i = 0;
  const flip = (): boolean => flips[i++ % Math.max(1, flips.length)] ?? false;
  const [head = '', query] = href.split('?');
  if (query === undefined) return href;
  const out = query.replace(/%[0-9A-Fa-f]{2}|[A-Za-z0-9\-._~]/g, (token) => {
    if (token.startsWith('%')) return flip() ? token.toLowerCase() : token.toUpperCase();
    if (!flip()) return token;
    const hex = token.charCodeAt(0).toString(16);
    return `%${flip() ? hex.toUpperCase() : hex}`;
  });
  return `${head}?${out}`;
}

describe('canonicalUrl', () => {
  it('gives every order of distinct query parameters the same key', () => {
    const params = fc.uniqueArray(param, { selector: ([name]) => name, maxLength: 6 });
    fc.assert(
      fc.property(params.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))), ([list, shuffled]) => {
        expect(canonicalUrl(urlOf(shuffled))).toBe(canonicalUrl(urlOf(list)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives every percent-spelling of the same characters the same key', () => {
    fc.assert(
      fc.property(fc.array(param, { maxLength: 5 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (list, flips) => {
        const url = urlOf(list);
        expect(canonicalUrl(new URL(respell(url.href, flips)))).toBe(canonicalUrl(url));
      }),
      { numRuns: 300 },
    );
  });

  it('gives two queries the same key exactly when a server reads the same values for every name, in order', () => {
    // A small alphabet makes equal and nearly equal queries common.
    const small = fc.tuple(fc.constantFrom('a', 'b', 'a b', 'a+b'), fc.constantFrom('', '1', '2', '&', '%'));
    fc.assert(
      fc.property(fc.array(small, { maxLength: 4 }), fc.array(small, { maxLength: 4 }), (x, y) => {
        expect(canonicalUrl(urlOf(x)) === canonicalUrl(urlOf(y))).toBe(meaning(x) === meaning(y));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(param, { maxLength: 5 }), (list) => {
        const once = canonicalUrl(urlOf(list));
        expect(canonicalUrl(new URL(once))).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['an escaped slash from a path separator', 'https://h.example/a%2Fb', 'https://h.example/a/b'],
    ['an escaped ampersand from a parameter separator', 'https://h.example/p?a=%26b', 'https://h.example/p?a=&b'],
    ['a plus from an escaped space (not every server reads a form)', 'https://h.example/p?q=a+b', 'https://h.example/p?q=a%20b'],
    ['the values of one name in another order', 'https://h.example/p?a=1&a=2', 'https://h.example/p?a=2&a=1'],
    ['another host', 'https://h.example/p', 'https://g.example/p'],
  ])('keeps %s apart', (_what, x, y) => {
    expect(canonicalUrl(new URL(x))).not.toBe(canonicalUrl(new URL(y)));
  });

  it('drops the fragment, empty parameters and a lone question mark', () => {
    expect(canonicalUrl(new URL('https://h.example/p?&b=2&&a=1&#frag'))).toBe('https://h.example/p?a=1&b=2');
    expect(canonicalUrl(new URL('https://h.example/p?'))).toBe('https://h.example/p');
  });
});

describe('upstreamKey', () => {
  const url = new URL(`${BASE}?embed=threads`);

  it('differs for two credentials of one provider, and for one credential identity under two providers', () => {
    expect(upstreamKey('helpscout', 'id-one', url)).not.toBe(upstreamKey('helpscout', 'id-two', url));
    expect(upstreamKey('helpscout', 'id-one', url)).not.toBe(upstreamKey('layer', 'id-one', url));
    expect(credentialFingerprint('helpscout', 'id-one')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('holds neither the credential identity nor any part of the URL', () => {
    const key = upstreamKey('helpscout', 'secret-identity-value', url);
    expect(key).toMatch(/^parley:up:v1:helpscout:[0-9a-f]{32}:[0-9a-f]{40}$/);
    expect(key).not.toContain('secret-identity-value');
    expect(key).not.toContain('conversations');
  });

  it('is the same for two spellings of one request', () => {
    expect(upstreamKey('helpscout', 'id', new URL(`${BASE}?b=2&a=%7E`))).toBe(upstreamKey('helpscout', 'id', new URL(`${BASE}?a=~&b=2`)));
  });
});
