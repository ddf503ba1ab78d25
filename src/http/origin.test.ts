import fc from 'fast-check';
import { credentialScopes, resolveLink } from './origin';
import { normalisedPath } from './scope';

const BASE = new URL('https://proxy.example/helpscout/');
const SCOPES = credentialScopes(BASE);
const resolve = (link: string): URL => resolveLink('helpscout', link, BASE, SCOPES);
const rejected = (link: string): void => {
  expect(() => resolve(link)).toThrow(expect.objectContaining({ extensions: { code: 'LINK_REJECTED', provider: 'helpscout' } }));
};

describe('credential scope (origin and base path)', () => {
  it('follows links under the base path, relative or absolute', () => {
    expect(resolve('v2/conversations/1').href).toBe('https://proxy.example/helpscout/v2/conversations/1');
    expect(resolve('https://proxy.example/helpscout/v2/users/7?page=2#x').href).toBe('https://proxy.example/helpscout/v2/users/7?page=2');
    expect(resolve('https://PROXY.example:443/helpscout/a').href).toBe('https://proxy.example/helpscout/a');
  });

  it.each([
    ['another path on the same origin (a second provider behind the proxy)', 'https://proxy.example/bird/workspaces/1'],
    ['a host-relative path outside the prefix', '/conversations/kY1QwY'],
    ['the prefix without its slash', 'https://proxy.example/helpscout'],
    ['a sibling prefix', 'https://proxy.example/helpscout-admin/x'],
    ['dot segments', 'https://proxy.example/helpscout/../bird/x'],
    ['encoded dot segments', 'https://proxy.example/helpscout/%2e%2e/bird/x'],
    ['an encoded slash that a proxy decodes', 'https://proxy.example/helpscout/..%2fbird/x'],
    ['an encoded backslash', 'https://proxy.example/helpscout/..%5cbird/x'],
    ['a backslash', 'https://proxy.example/helpscout\\..\\bird/x'],
    ['double encoding', 'https://proxy.example/helpscout/%252e%252e%252fbird/x'],
    ['a path parameter on a dot segment', 'https://proxy.example/helpscout/..;/bird/x'],
    ['a malformed escape', 'https://proxy.example/helpscout/%e0%a4%a'],
    ['an encoded control character', 'https://proxy.example/helpscout/a%00b'],
    ['another port', 'https://proxy.example:8443/helpscout/x'],
    ['another scheme', 'http://proxy.example/helpscout/x'],
  ])('refuses %s with LINK_REJECTED', (_, link) => {
    rejected(link);
  });

  it('keeps ids with encoded characters that cannot move the path', () => {
    expect(resolve('v2/users/a%40b.example').pathname).toBe('/helpscout/v2/users/a%40b.example');
  });

  it('allows a whole origin for a base URL at its root', () => {
    expect(credentialScopes(new URL('https://api.helpscout.net/'))).toEqual(['https://api.helpscout.net']);
    expect(resolveLink('helpscout', '/v2/x/../y', new URL('https://api.helpscout.net/'), ['https://api.helpscout.net']).pathname).toBe('/v2/y');
  });

  it('adds the documented API roots only when LIVE', () => {
    expect(credentialScopes(BASE, ['https://api.helpscout.net'])).toEqual(['https://proxy.example/helpscout/']);
    expect(credentialScopes(BASE, ['https://api.helpscout.net'], { live: true })).toEqual(['https://proxy.example/helpscout/', 'https://api.helpscout.net']);
  });

  it('never lets a path that any decoding depth puts outside the prefix through (property)', () => {
    const token = fc.constantFrom('..', '.', '%2e%2e', '%2E.', '.%2e', '%2f', '%2F', '%5c', '..;', 'bird', 'helpscout', 'x', '%252e%252e', '%252f', '\\', '');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (segments) => {
        const link = `https://proxy.example/helpscout/${segments.join('/')}`;
        let url: URL;
        try {
          url = resolve(link);
        } catch {
          return;
        }
        // Oracle: WHATWG dot-segment resolution after 0 to 3 rounds of decoding, `;params` dropped.
        let path = url.pathname;
        for (let depth = 0; depth <= 3; depth += 1) {
          const seen = new URL(path.replace(/\\/g, '/').replace(/;[^/]*/g, ''), 'https://oracle.invalid').pathname;
          expect(seen.startsWith('/helpscout/')).toBe(true);
          path = decodeURIComponent(path);
        }
      }),
    );
  });

  it('refuses a path that escapes the prefix before decoding although the decoded path stays inside (%5c/..;/..;, found by the property)', () => {
    expect(() => resolve('https://proxy.example/helpscout/%5c/..;/..;')).toThrow(/not followed/);
  });

  it('refuses a path whose once-decoded reading has %2e%2e dot segments that WHATWG URL resolves out of the prefix (%252f/..;/%252e%252e, found by the property)', () => {
    expect(() => resolve('https://proxy.example/helpscout/%252f/..;/%252e%252e')).toThrow(/not followed/);
  });

  it('normalises paths as a lenient server would', () => {
    expect(normalisedPath('/a/b/%2e%2e/c')).toBe('/a/c');
    expect(normalisedPath('/a/b/..')).toBe('/a/');
    expect(normalisedPath('/a/%25zz')).toBeUndefined();
  });
});
