/** A credential scope: an origin and a path prefix that starts and ends with `/`. */
export interface Scope {
  readonly origin: string;
  readonly path: string;
}

// Scopes are a handful of fixed strings per provider: parse each once.
const parsed = new Map<string, Scope>();

/** `https://host` or `https://host/prefix/` as a Scope (a prefix without its trailing slash gets one). */
export function parseScope(scope: string): Scope {
  const known = parsed.get(scope);
  if (known) return known;
  const url = new URL(scope);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const result = { origin: url.origin, path };
  parsed.set(scope, result);
  return result;
}

// Double and triple encoding (`%252e`) is what a chain of decoding proxies would see through.
const MAX_DECODES = 3;
const STILL_ENCODED = /%[0-9a-f]{2}/i;
const hasControl = (path: string): boolean => [...path].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** Dot segments (`%2e` counts as a dot) resolved after reading `\\` as `/` and dropping `;parameters` (`..;/`), as lenient servers do. */
function resolvedSegments(path: string): string {
  const out: string[] = [];
  let directory = false;
  for (const raw of path.replace(/\\/g, '/').split('/').slice(1)) {
    // WHATWG URL (and servers built on it) reads `%2e` as a dot in a dot segment.
    const segment = (raw.split(';')[0] ?? '').replace(/%2e/gi, '.');
    directory = segment === '.' || segment === '..';
    if (segment === '..') out.pop();
    else if (segment !== '.') out.push(segment);
  }
  return `/${out.join('/')}${directory && out.length > 0 ? '/' : ''}`;
}

/**
 * The path as every server or proxy on the way could read it: resolved as sent and after each
 * round of percent-decoding (a proxy may decode `%5c` once, a server may not decode at all), with
 * backslashes as slashes and `;parameters` dropped. Undefined when it cannot be read safely
 * (malformed or too deeply encoded escapes, control characters): such a path is never in scope.
 */
export function normalisedPaths(pathname: string): string[] | undefined {
  let path = pathname;
  const readings = [resolvedSegments(path)];
  for (let i = 0; i < MAX_DECODES && path.includes('%'); i += 1) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return undefined;
    }
    readings.push(resolvedSegments(path));
  }
  if (STILL_ENCODED.test(path) || hasControl(path)) return undefined;
  return readings;
}

/** The fully decoded reading of `normalisedPaths`. */
export function normalisedPath(pathname: string): string | undefined {
  return normalisedPaths(pathname)?.at(-1);
}

/**
 * Whether credentials scoped to `scope` may go to `url`: the same origin (scheme, host and port,
 * as WHATWG URL serialises them) and a path under the scope's prefix both as sent and as the most
 * lenient server would normalise it, so neither `..` nor an encoded `%2e%2e%2f` can leave the
 * prefix, and no encoded path can appear to enter it from outside.
 */
export function inScope(url: URL, scope: Scope): boolean {
  if (url.origin !== scope.origin) return false;
  if (scope.path === '/') return true;
  const readings = normalisedPaths(url.pathname);
  const prefix = normalisedPath(scope.path) ?? scope.path;
  return readings !== undefined && url.pathname.startsWith(scope.path) && readings.every((reading) => reading.startsWith(prefix));
}
