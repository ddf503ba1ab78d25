import { createHash } from 'node:crypto';

/**
 * How a provider's credentials become request headers. The HTTP client asks for headers only
 * for URLs on the provider's own origins, so a strategy never has to check where they go.
 */
export interface AuthStrategy {
  /** Short, non-reversible fingerprint of the credential: part of every cache key, safe to log. */
  readonly identity: string;
  headers(): Promise<Record<string, string>>;
  /** Called once after a 401. Returns true when a retry may succeed (for example a renewed token). */
  renew?(): Promise<boolean>;
}

export function fingerprint(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 12);
}

/** A fixed header: `Authorization: Bearer …`, `Authorization: AccessKey …`, `x-key: …`. */
export function headerAuth(name: string, value: string): AuthStrategy {
  const headers = { [name]: value };
  return { identity: fingerprint(`${name}:${value}`), headers: () => Promise.resolve(headers) };
}
