import { badResponse } from '../../../errors/parley-error';
import { TEXTUS } from '../identity';
import { slugOf } from '../wire/ld.wire';

/** Whether any string in the payload is `path` or a sub-path of it (`/conversations/Pvwqm5G/stats`). */
function linksTo(value: unknown, path: string): boolean {
  if (typeof value === 'string') return value === path || value.startsWith(`${path}/`);
  if (Array.isArray(value)) return value.some((child) => linksTo(child, path));
  if (typeof value === 'object' && value !== null) return Object.values(value).some((child) => linksTo(child, path));
  return false;
}

/**
 * Refuses an answer for `requested` (a JSON-LD id path) that is another object. TextUs documents
 * answers under another id for some requests: its example requests `/conversations/Pvwqm5G` and
 * answers `kY1QwY`, whose own links name Pvwqm5G (`stats`, an event's `conversation`); its
 * contact `Vled2N` links itself as `/contacts/DQeeO69`. So an answer whose id differs is accepted
 * only when the answer itself links the requested path (it knows itself by that name too);
 * anything else is PROVIDER_BAD_RESPONSE naming both ids.
 */
export function checkAnswered(requested: string, got: string, raw: unknown, what: string): void {
  if (got === requested || linksTo(raw, requested)) return;
  throw badResponse(TEXTUS.slug, `asked for ${what} ${slugOf(requested)}, got ${shownId(got)}`);
}

// An id path as TextUs spells them; anything else the answer claims is upstream text, never shown.
const ID_PATH = /^\/[a-z_]{1,40}\/[A-Za-z0-9]{1,32}$/;

function shownId(got: string): string {
  return ID_PATH.test(got) ? got : 'an id that is not a TextUs id path';
}
