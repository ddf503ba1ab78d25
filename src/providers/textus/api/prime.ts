import { isParleyError } from '../../../errors/parley-error';
import { isJsonObject } from '../../../kit/json';
import type { LinkIO } from '../../../kit/link-io';
import type { TextUsRawConversation } from '../wire/conversation.wire';

/** The JSON-LD id of an untouched object, when it has a string one. */
const idOf = (body: unknown): string | null => (isJsonObject(body) && typeof body['id'] === 'string' ? body['id'] : null);

/**
 * Seeds the request's resource loader with what a conversation payload embeds in full, under
 * the URL a later fetch would use: the participants and associated-contacts collections and
 * their users and contacts, the first timeline page and its items, the latest item, embedded
 * senders. Everything is primed with its untouched JSON (`raw`), which is what a GET of its id
 * returns. The list shape's summary timeline (no members) is never primed as a page.
 */
export function primeEmbedded({ wire, raw }: TextUsRawConversation, io: LinkIO): void {
  // Only host-relative paths: priming is an optimisation and must never reject a payload. A path
  // outside the credential scope (a base URL with a path prefix) is simply not primed: following
  // it later is what reports LINK_REJECTED, at the field that needs it.
  const prime = (path: string | null, body: unknown): void => {
    if (path === null || !isJsonObject(body) || !/^\/(?!\/)/.test(path)) return;
    let url: URL;
    try {
      url = io.resolve(path);
    } catch (error) {
      if (isParleyError(error)) return;
      throw error;
    }
    io.prime(url, body);
  };
  if (typeof wire.participants === 'object' && wire.participants !== null) {
    prime(wire.participants.id, raw['participants']);
    for (const user of wire.participants.members ?? []) prime(user.wire.id, user.raw);
  }
  if (typeof wire.associatedContacts === 'object' && wire.associatedContacts !== null) {
    prime(wire.associatedContacts.id, raw['associatedContacts']);
    for (const contact of wire.associatedContacts.members ?? []) prime(contact.wire.id, contact.raw);
  }
  const timeline = raw['timeline'];
  if (typeof wire.timeline === 'object' && wire.timeline !== null && Array.isArray(wire.timeline.members) && isJsonObject(timeline)) {
    prime(wire.timeline.id, timeline);
    const members = timeline['members'];
    if (Array.isArray(members)) members.forEach(primeItem);
  }
  primeItem(raw['latestPreviewableItem']);

  function primeItem(item: unknown): void {
    prime(idOf(item), item);
    // An outbound message may embed its sending user: a later `GET` of that user costs nothing.
    const sender = isJsonObject(item) ? item['sender'] : undefined;
    prime(idOf(sender), sender);
  }
}
