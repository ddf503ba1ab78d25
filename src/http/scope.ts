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

/**
 * The path as the most lenient server or proxy on the way could read it: percent-decoded until
 * stable, backslashes as slashes, `;parameters` dropped from segments (`..;/`), then dot segments
 * resolved. Undefined when it cannot be read safely (malformed or too deeply encoded escapes,
 * control characters): such a path is never in scope.
 */
export function normalisedPath(pathname: string): string | undefined {
  let path = pathname;
  for (let i = 0; i < MAX_DECODES && path.includes('%'); i += 1) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return undefined;
    }
  }
  if (STILL_ENCODED.test(path) || hasControl(path)) return undefined;
  const out: string[] = [];
  let directory = false;
  for (const raw of path.replace(/\\/g, '/').split('/').slice(1)) {
    const segment = raw.split(';')[0] ?? '';
    directory = segment === '.' || segment === '..';
    if (segment === '..') out.pop();
    else if (segment !== '.') out.push(segment);
  }
  return `/${out.join('/')}${directory && out.length > 0 ? '/' : ''}`;
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
  const normal = normalisedPath(url.pathname);
  const prefix = normalisedPath(scope.path) ?? scope.path;
  return normal !== undefined && url.pathname.startsWith(scope.path) && normal.startsWith(prefix);
}
