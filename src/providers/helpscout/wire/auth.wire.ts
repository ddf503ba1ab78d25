import { z } from 'zod';
import { isJsonObject } from '../../../kit/json';
import { parseWire } from '../../../kit/wire';
import { HELP_SCOUT } from '../identity';

/** `POST /v2/oauth2/token` (client credentials). */
const zToken = z.object({
  access_token: z.string().min(1),
  token_type: z.string().nullish(),
  expires_in: z.number().positive(),
});

export function parseToken(body: unknown): z.infer<typeof zToken> {
  return parseWire(zToken, body, HELP_SCOUT.slug, 'token response');
}

/** Help Scout's error envelope's `logRef`, safe to show (it identifies the failure in their logs). */
export function readLogRef(body: unknown): string | undefined {
  if (!isJsonObject(body)) return undefined;
  const ref = body['logRef'];
  return typeof ref === 'string' && /^[\w-]{1,64}$/.test(ref) ? ref : undefined;
}
