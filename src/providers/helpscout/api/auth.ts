import { fingerprint, type AuthStrategy } from '../../../http/auth';
import type { HttpClient } from '../../../http/http-client';
import { parseToken } from '../wire/auth.wire';
import { paths } from './paths';

/** Renew this long before expiry (capped to a tenth of the lifetime for short-lived tokens). */
const RENEW_MARGIN_MS = 60_000;

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
 * renewed shortly before it expires and once after a 401; concurrent requests share one token
 * request. The cache identity is the app credential, not the token, so renewal keeps loader keys.
 */
export function clientCredentialsAuth(credentials: ClientCredentials): AuthStrategy {
  const { appId, appSecret, tokenHttp, now = Date.now } = credentials;
  let cached: CachedToken | null = null;
  let pending: Promise<string> | null = null;

  const request = async (): Promise<string> => {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: appSecret });
    const response = await tokenHttp.getJson(new URL(paths.token(), tokenHttp.baseUrl), {
      method: 'POST',
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const token = parseToken(response.body);
    const lifetime = token.expires_in * 1000;
    cached = { value: token.access_token, renewAt: now() + lifetime - Math.min(RENEW_MARGIN_MS, lifetime / 10) };
    return token.access_token;
  };

  const token = (): Promise<string> => {
    if (cached && now() < cached.renewAt) return Promise.resolve(cached.value);
    pending ??= request().finally(() => {
      pending = null;
    });
    return pending;
  };

  return {
    identity: fingerprint(`helpscout-app:${appId}:${appSecret}`),
    async headers() {
      return { authorization: `Bearer ${await token()}` };
    },
    async renew() {
      // A renewal already in flight (another request saw the same 401) serves this one too.
      if (!pending) cached = null;
      try {
        await token();
        return true;
      } catch {
        return false;
      }
    },
  };
}
