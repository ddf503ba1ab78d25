import { createHash } from 'node:crypto';
import { KEY_PREFIX } from './store';

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
const ESCAPE = /%([0-9a-fA-F]{2})/g;

/**
 * Percent-escapes normalised as RFC 3986 §6.2.2 allows without changing what a server reads:
 * an escaped unreserved character (`%7E`, `%41`) is written as itself, every other escape in
 * upper case. Reserved characters stay escaped: `%2F` is not `/` and `%26` is not `&`.
 */
export function normaliseEscapes(text: string): string {
  return text.replace(ESCAPE, (_, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

const nameOf = (param: string): string => {
  const equals = param.indexOf('=');
  return equals < 0 ? param : param.slice(0, equals);
};

/**
 * The cache's spelling of a request URL, so that two spellings of one request share an entry:
 * escapes normalised (above), query parameters ordered by name (the values of one name keep
 * their order, which an API may read as a list), empty parameters and the fragment dropped.
 * `+` and `%20` stay apart: not every server reads a query as a form.
 */
export function canonicalUrl(url: URL): string {
  const params = url.search
    .slice(1)
    .split('&')
    .filter((param) => param !== '')
    .map(normaliseEscapes);
  // Array.prototype.sort is stable, which keeps repeated names in their order.
  params.sort((a, b) => {
    const [x, y] = [nameOf(a), nameOf(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const user = url.username === '' ? '' : `${url.username}${url.password === '' ? '' : `:${url.password}`}@`;
  const query = params.length === 0 ? '' : `?${params.join('&')}`;
  return `${url.protocol}//${user}${url.host}${normaliseEscapes(url.pathname)}${query}`;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Who is asking, as the cache keys see it: a hash over the provider and its credential identity
 * (AuthStrategy.identity: the header value a static credential sends, or Help Scout's app id and
 * secret, which stay the same when its OAuth token is renewed). Never the credential itself.
 */
export function credentialFingerprint(provider: string, identity: string): string {
  return sha256(`${provider}\n${identity}`).slice(0, 32);
}

/**
 * Redis key of one upstream answer: the provider (readable, to find or flush a provider's
 * entries), the credential fingerprint and a hash of the canonical URL (which may hold ids
 * and paging tokens, so it is not written out).
 */
export function upstreamKey(provider: string, identity: string, url: URL): string {
  return `${KEY_PREFIX}up:v1:${provider}:${credentialFingerprint(provider, identity)}:${sha256(canonicalUrl(url)).slice(0, 40)}`;
}
