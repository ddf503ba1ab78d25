import { fingerprint, redactSecrets, type AuthStrategy } from '../../../http/auth';
import type { HttpClient } from '../../../http/http-client';
import { parseToken } from '../wire/auth.wire';
import { paths } from './paths';

/** Renew this long before expiry (capped to a tenth of the lifetime for short-lived tokens). */
const RENEW_MARGIN_MS = 60_000;
/** A shorter `expires_in` is read as this: a near-zero lifetime would cost a token request per request. */
export const MIN_LIFETIME_SECONDS = 60;
/**
 * A 401 this soon after a renewal belongs to the same burst: requests sent with the old token
 * retry with the new one instead of renewing again (a 401 storm costs one token request).
 */
export const RENEW_BURST_MS = 10_000;
// The tokens a redaction covers: the current one and the few before it.
const REMEMBERED_TOKENS = 4;

export interface ClientCredentials {
  appId: string;
  appSecret: string;
  /** A client without auth, on the same base URL, for the token endpoint only. */
  tokenHttp: HttpClient;
  /** Clock, injectable so expiry can be tested without waiting. */
  now?: () => number;
}

interface CachedToken {
  value: string;
  renewAt: number;
}

/**
 * Help Scout's client-credentials flow: `POST /v2/oauth2/token` with the app id and secret as a
 * form gives a bearer token (documented lifetime two days). The token is cached for the process,
 * renewed shortly before it expires and after a 401, single-flight: concurrent requests share one
 * token request, and a whole 401 burst shares one renewal. The cache identity is the app
 * credential, not the token, so renewal keeps loader keys.
 */
export function clientCredentialsAuth(credentials: ClientCredentials): AuthStrategy {
  const { appId, appSecret, tokenHttp, now = Date.now } = credentials;
  let cached: CachedToken | null = null;
  let pending: Promise<string> | null = null;
  let renewedAt = Number.NEGATIVE_INFINITY;
  const issued: string[] = [];

  const request = async (): Promise<string> => {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: appSecret });
    const response = await tokenHttp.getJson(new URL(paths.token(), tokenHttp.baseUrl), {
      method: 'POST',
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const token = parseToken(response.body);
    const lifetime = Math.max(token.expires_in, MIN_LIFETIME_SECONDS) * 1000;
    cached = { value: token.access_token, renewAt: now() + lifetime - Math.min(RENEW_MARGIN_MS, lifetime / 10) };
    issued.unshift(token.access_token);
    issued.length = Math.min(issued.length, REMEMBERED_TOKENS);
    return token.access_token;
  };

  const token = (): Promise<string> => {
    if (cached && now() < cached.renewAt) return Promise.resolve(cached.value);
    pending ??= request().finally(() => {
      pending = null;
    });
    return pending;
  };

  const settled = (renewal: Promise<string>): Promise<boolean> => renewal.then(() => true, () => false);

  return {
    identity: fingerprint(`helpscout-app:${appId}:${appSecret}`),
    async headers() {
      return { authorization: `Bearer ${await token()}` };
    },
    renew(rejected) {
      // A renewal in flight (another request of the same burst) serves this one too.
      if (pending) return settled(pending);
      const sent = /^Bearer (\S+)$/.exec(rejected?.['authorization'] ?? '')?.[1];
      // Renewed since that request left: retry with the token in hand.
      if (cached && sent !== undefined && sent !== cached.value) return Promise.resolve(true);
      if (now() - renewedAt < RENEW_BURST_MS) {
        // The token in hand is moments old. Refused itself, renewing again would only churn; a
        // caller that cannot say which token it sent retries once with it.
        return Promise.resolve(cached !== null && sent === undefined);
      }
      cached = null;
      renewedAt = now();
      return settled(token().finally(() => {
        renewedAt = now();
      }));
    },
    redact: (text) => redactSecrets(text, [appSecret, ...issued]),
  };
}
