import { linkRejected } from '../errors/parley-error';
import { inScope, parseScope } from './scope';

/**
 * Resolves a link found in (or built for) a provider response and checks it may be followed
 * with that provider's credentials: http(s) only, no userinfo, and inside one of the provider's
 * credential scopes (scheme, host, port and base path; see `inScope`). Anything else is
 * LINK_REJECTED, before any request is made, so a hostile payload cannot make Parley call (or
 * authenticate to) a host or a path of its choosing, such as another provider behind the same
 * proxy origin.
 */
export function resolveLink(provider: string, link: string, base: URL, scopes: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    throw linkRejected(provider, 'it is not a valid URL');
  }
  return checkLink(provider, url, scopes, true);
}

/**
 * The checks of `resolveLink` on a URL already parsed (the HTTP client's own entry point, so a
 * request is parsed once). Returns `url` itself when it has no fragment, else a copy without it;
 * `owned` says the caller's object may be changed in place instead.
 */
export function checkLink(provider: string, url: URL, scopes: readonly string[], owned = false): URL {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw linkRejected(provider, `scheme "${url.protocol}" is not http(s)`);
  }
  if (url.username !== '' || url.password !== '') {
    throw linkRejected(provider, 'it carries user credentials');
  }
  if (!scopes.some((scope) => inScope(url, parseScope(scope)))) {
    // The path is left out of the message: it may carry ids the client never asked about.
    throw linkRejected(provider, `${url.origin} with that path is outside the provider's base URL`);
  }
  // `hash` reads '' for a bare trailing `#` too, so the serialised form decides.
  if (!url.href.includes('#')) return url;
  const bare = owned ? url : new URL(url.href);
  bare.hash = '';
  return bare;
}

/** How a provider's credential scopes depend on the mode it runs in. */
export interface ScopeOptions {
  /**
   * True only when the provider runs LIVE. The extra scopes a provider documents for itself
   * (its public API host behind a proxy base URL) apply only then: a simulated provider's
   * credentials go to its simulator's loopback base URL and nowhere else.
   */
  live?: boolean;
}

/**
 * A provider's credential scopes: its configured base URL (origin and path prefix), plus, when
 * LIVE, the API roots it documents for itself. Each scope is an absolute URL whose path is a
 * prefix ending in `/`; a bare origin stands for its whole host.
 */
export function credentialScopes(baseUrl: URL, documented: readonly string[] = [], options: ScopeOptions = {}): string[] {
  const own = scopeOf(baseUrl);
  const extra = options.live === true ? documented.map((root) => scopeOf(new URL(root))) : [];
  return [...new Set([own, ...extra])];
}

/** `https://host` for a root path (the whole origin), `https://host/prefix/` otherwise. */
function scopeOf(url: URL): string {
  const { origin, path } = parseScope(url.href);
  return path === '/' ? origin : `${origin}${path}`;
}
