/**
 * The path template of an upstream URL for span names and `url.template`: every segment that is
 * not plainly a word becomes `{id}`, and the query is dropped, so a trace carries neither ids nor
 * query secrets (paging tokens, keys) and one endpoint has one name. Generic on purpose: no
 * provider knowledge outside provider folders, and the providers' paths are REST collections
 * (`/v2/conversations/123/threads` → `/v2/conversations/{id}/threads`).
 *
 * A word is letters only: lowercase (snake, kebab or dotted) or lowerCamelCase with no part
 * shorter than 2 letters; or a version (`v2`, `v1.2`). Anything else (any other digit, UUIDs,
 * mixed-case or percent-encoded tokens, anything long) is an id: a false `{id}` costs a less
 * specific name (`/v2/oauth2/token` is `/v2/{id}/token`), a false word would leak an id.
 */
const WORD = /^(?:[a-z]{2,}(?:[A-Z][a-z]{2,})*|[a-z][a-z_.-]*[a-z])$/;
const VERSION = /^v\d{1,2}(?:\.\d{1,2})?$/;
const MAX_WORD = 40;

function isWord(segment: string): boolean {
  return segment.length <= MAX_WORD && (WORD.test(segment) || VERSION.test(segment));
}

export function routeTemplate(pathname: string): string {
  const segments = pathname.split('/');
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i] as string;
    if (segment !== '' && !isWord(segment)) segments[i] = '{id}';
  }
  return segments.join('/');
}
