import { badResponse } from '../errors/parley-error';
import type { FetchResponse } from './http-types';
import { tooLarge, transportError, type TransportLimits } from './transport-error';

// application/json, any +json (hal+json, vnd.layer+json) and JSON-LD (ld+json, TextUs's vnd.textus+jsonld).
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:ld)?\b/i;
const PLAIN_JSON = 'application/json';

/** The common spellings (`application/json`, with `;charset=…`) without the regular expression. */
function isJsonType(type: string): boolean {
  if (type.startsWith(PLAIN_JSON)) {
    const next = type.charCodeAt(PLAIN_JSON.length);
    // End of string, `;` or a space: what `\b` after `json` accepts in these spellings.
    if (Number.isNaN(next) || next === 0x3b || next === 0x20) return true;
  }
  return JSON_TYPE.test(type);
}

/**
 * Empty or whitespace only. A JSON body starts with a printable character, so the whole-body
 * check (`trim`) runs only for a body whose first character could be whitespace.
 */
export function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return text.trim() === '';
}

/** JSON body, `undefined` for an empty body, PROVIDER_BAD_RESPONSE for anything unreadable. */
export async function readJsonBody(res: FetchResponse, limits: TransportLimits): Promise<unknown> {
  let text: string;
  try {
    text = await res.text();
  } catch (error) {
    throw transportError(limits, error);
  }
  if (text.length > limits.maxBytes) throw tooLarge(limits);
  if (isBlank(text)) return undefined;
  const type = res.headers.get('content-type') ?? '';
  if (!isJsonType(type)) {
    if (res.status >= 400) return undefined;
    throw badResponse(limits.provider, `content type "${type.slice(0, 60)}" is not JSON`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (res.status >= 400) return undefined;
    throw badResponse(limits.provider, 'the body is not valid JSON (truncated or corrupt)');
  }
}
