import { createHash } from 'node:crypto';

/**
 * How a provider's credentials become request headers. The HTTP client asks for headers only
 * for URLs inside the provider's credential scopes, so a strategy never has to check where they go.
 */
export interface AuthStrategy {
  /** Short, non-reversible fingerprint of the credential: part of every cache key, safe to log. */
  readonly identity: string;
  headers(): Promise<Record<string, string>>;
  /**
   * The same headers when they never change (a fixed key or token), so the client can add them
   * without waiting a turn for `headers()` on every request. Absent when they may change.
   */
  readonly fixedHeaders?: Readonly<Record<string, string>>;
  /**
   * Called once after a 401, with the headers that request carried when the caller knows them.
   * Returns true when a retry may succeed (for example a renewed token, or one renewed meanwhile
   * by another request of the same 401 burst).
   */
  renew?(rejected?: Readonly<Record<string, string>>): Promise<boolean>;
  /** `text` with this strategy's secrets (in any letter case) and URL passwords replaced, for logs. */
  redact?(text: string): string;
}

export function fingerprint(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 12);
}

const REDACTED = '[redacted]';
// `scheme://user:password@` anywhere in the text (a database URL in an upstream error body).
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]*:[^\s/@]*@/gi;
// Shorter values would also hit ordinary words; credentials are never this short.
const MIN_SECRET = 6;

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces URL passwords and every given secret, compared without letter case (an upstream
 * that upper-cases a key it echoes must not get past an exact-case filter).
 */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  let out = text.replace(URL_PASSWORD, `$1${REDACTED}@`);
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET) out = out.replace(new RegExp(escapeRegExp(secret), 'gi'), REDACTED);
  }
  return out;
}

/** A fixed header: `Authorization: Bearer …`, `Authorization: AccessKey …`, `x-key: …`. */
export function headerAuth(name: string, value: string): AuthStrategy {
  const headers = { [name]: value };
  // The value alone as well as with its scheme word (`Bearer abc` → `abc`).
  const secrets = [value, value.replace(/^\S+\s+/, '')];
  return {
    identity: fingerprint(`${name}:${value}`),
    headers: () => Promise.resolve(headers),
    fixedHeaders: headers,
    redact: (text) => redactSecrets(text, secrets),
  };
}

// A provider's own error reference (a log id, an error code): short, one token, nothing else.
const SAFE_REF = /^[A-Za-z0-9][\w.-]{0,63}$/;

/**
 * An upstream error reference fit to show a client: one short token of a strict pattern that
 * holds none of the credential's secrets (in any letter case); otherwise undefined.
 */
export function safeRef(ref: string | undefined, auth?: AuthStrategy): string | undefined {
  if (ref === undefined || !SAFE_REF.test(ref)) return undefined;
  return auth?.redact && auth.redact(ref) !== ref ? undefined : ref;
}
