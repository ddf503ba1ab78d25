import { linkRejected } from '../errors/parley-error';

/**
 * Resolves a link found in (or built for) a provider response and checks it may be followed
 * with that provider's credentials: http(s) only, no userinfo, and an origin (scheme, host and
 * port, compared exactly) on the provider's allow-list. Anything else is LINK_REJECTED, before
 * any request is made, so a hostile payload cannot make Parley call (or authenticate to) a
 * host of its choosing.
 */
export function resolveLink(provider: string, link: string, base: URL, allowedOrigins: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    throw linkRejected(provider, 'it is not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw linkRejected(provider, `scheme "${url.protocol}" is not http(s)`);
  }
  if (url.username !== '' || url.password !== '') {
    throw linkRejected(provider, 'it carries user credentials');
  }
  if (!allowedOrigins.includes(url.origin)) {
    throw linkRejected(provider, `origin ${url.origin} is not one of the provider's own origins`);
  }
  url.hash = '';
  return url;
}

/** Origin list for a provider: its configured base URL plus the origins it documents for itself. */
export function allowedOriginsFor(baseUrl: URL, documented: readonly string[] = []): string[] {
  return [...new Set([baseUrl.origin, ...documented.map((origin) => new URL(origin).origin)])];
}
