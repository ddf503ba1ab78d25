import { badUserInput } from '../../../errors/parley-error';
import { TEXTUS } from '../identity';

/** TextUs slugs (`kY1QwY`, `Pvwqm5G`): short alphanumerics, the native key of every TextUs object. */
export const SLUG = /^[A-Za-z0-9]{1,32}$/;

/**
 * Refuses anything that cannot be a TextUs slug, before any request. Slugs are case-sensitive
 * alphanumerics, so a valid key is already canonical.
 */
export function checkSlug(key: string, what: string): string {
  if (!SLUG.test(key)) {
    throw badUserInput(`A TextUs ${what} key is a slug of 1 to 32 letters and digits, like "kY1QwY"; got "${printable(key)}"`, TEXTUS.slug);
  }
  return key;
}

/** Conversation slug of a `/conversations/<slug>` link, or null when the link is something else. */
export function conversationSlugOf(link: string | null | undefined): string | null {
  const match = link ? /^\/conversations\/([A-Za-z0-9]{1,32})$/.exec(link) : null;
  return match?.[1] ?? null;
}

function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return safe.length > 40 ? `${safe.slice(0, 37)}...` : safe;
}
