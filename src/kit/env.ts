import { ConfigError } from '../config-error';

/** Environment as read at start-up: only strings, missing is undefined. */
export type Env = Readonly<Record<string, string | undefined>>;

/** A set, non-blank variable, trimmed; undefined when unset or blank. */
export function readOptional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function readBaseUrl(env: Env, name: string, fallback: string): URL {
  const raw = readOptional(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not an absolute URL (expected something like https://api.example.com)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(name, 'must use http or https');
  if (url.username || url.password) throw new ConfigError(name, 'must not contain user credentials; use the credential variables');
  if (url.search || url.hash) throw new ConfigError(name, 'must not contain a query string or fragment');
  // A trailing slash makes relative paths resolve under the base path, not beside it.
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}

/** A value that must match `pattern` when set (ids that end up in URL paths). */
export function readMatching(env: Env, name: string, pattern: RegExp, what: string): string | undefined {
  const value = readOptional(env, name);
  if (value !== undefined && !pattern.test(value)) throw new ConfigError(name, `is not ${what}`);
  return value;
}

/** Both or neither: a half-set pair is a mistake worth stopping for. */
export function readPair(env: Env, first: string, second: string): [string, string] | undefined {
  const a = readOptional(env, first);
  const b = readOptional(env, second);
  if (a !== undefined && b === undefined) throw new ConfigError(second, `must be set together with ${first}`);
  if (b !== undefined && a === undefined) throw new ConfigError(first, `must be set together with ${second}`);
  return a !== undefined && b !== undefined ? [a, b] : undefined;
}

/** A whole number from `min` to `max`, or `fallback` when unset; anything else names the variable, never its value. */
export function readWhole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = readOptional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}
