import type { Context } from '../../context';
import { badUserInput } from '../../errors/parley-error';
import type { ProviderIO } from '../adapter';
import { SLUG } from './textus-ld.wire';

/** Slug of TextUs global ids (`textus:kY1QwY`) and of its errors. */
export const TEXTUS = 'textus';

/** The request's TextUs IO: what lazy fields fetch through (one loader per operation). */
export function ioOf(ctx: Context): ProviderIO {
  return ctx.loaders.io(ctx.gateway.get(TEXTUS));
}

/** Data fields of a class (methods left out): what a mapper must fill. */
export type FieldsOf<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] };

/** Builds a GraphQL object as an instance of its class, so interfaces and unions resolve by class. */
export function build<T extends object>(type: new () => T, fields: FieldsOf<T>): T {
  return Object.assign(new type(), fields);
}

/** Refuses anything that cannot be a TextUs slug, before any request. */
export function checkSlug(key: string, what: string): string {
  if (!SLUG.test(key)) {
    throw badUserInput(`A TextUs ${what} key is a slug of 1 to 32 letters and digits, like "kY1QwY"; got "${printable(key)}"`, TEXTUS);
  }
  return key;
}

/** Conversation slug of a `/conversations/<slug>` link, or null when the link is something else. */
export function conversationSlugOf(link: string | null | undefined): string | null {
  const match = link ? /^\/conversations\/([A-Za-z0-9]{1,32})$/.exec(link) : null;
  return match?.[1] ?? null;
}

/** Path and query of a URL: how cursors remember an upstream page (origin-free, small). */
export function pathOf(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * Where a page cursor (`{page, after}`) may point: the same collection path as `expected`, on the
 * base URL's origin. Anything else is a forged or foreign cursor: BAD_USER_INPUT, no request.
 */
export function checkCursorPage(io: ProviderIO, page: string, expected: string): string {
  let url: URL;
  try {
    url = new URL(page, io.baseUrl);
  } catch {
    throw badUserInput('The cursor does not name a TextUs page', TEXTUS);
  }
  const wanted = new URL(expected, io.baseUrl);
  if (url.origin !== wanted.origin || url.pathname !== wanted.pathname || !page.startsWith('/')) {
    throw badUserInput('The cursor belongs to another TextUs collection', TEXTUS);
  }
  return page;
}

function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return safe.length > 40 ? `${safe.slice(0, 37)}...` : safe;
}
