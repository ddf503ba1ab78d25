import type { JsonObject } from '../../../kit/json';
import type { LinkIO } from '../../../kit/link-io';
import type { TextUsRawConversation } from '../wire/conversation.wire';

/**
 * Seeds the request's resource loader with what a conversation payload embeds in full, under
 * the URL a later fetch would use: the participants and associated-contacts collections and
 * their users and contacts, the first timeline page and its messages and events. Collections
 * are primed with their untouched JSON (`raw`), which is what a GET of their id returns.
 * The list shape's summary timeline (no members) is never primed as a page.
 */
export function primeEmbedded({ wire, raw }: TextUsRawConversation, io: LinkIO): void {
  // Only host-relative paths: priming is an optimisation and must never reject a payload.
  const prime = (path: string, body: JsonObject | undefined): void => {
    if (body !== undefined && /^\/(?!\/)/.test(path)) io.prime(io.resolve(path), body);
  };
  if (wire.participants && typeof wire.participants !== 'string') {
    prime(wire.participants.id, objectAt(raw, 'participants'));
    for (const user of wire.participants.members) prime(user.wire.id, user.raw);
  }
  if (wire.associatedContacts && typeof wire.associatedContacts !== 'string') {
    prime(wire.associatedContacts.id, objectAt(raw, 'associatedContacts'));
    for (const contact of wire.associatedContacts.members) prime(contact.wire.id, contact.raw);
  }
  if (wire.timeline?.members) {
    prime(wire.timeline.id, objectAt(raw, 'timeline'));
    for (const item of wire.timeline.members) prime(item.wire.id, item.raw);
  }
  if (wire.latestPreviewableItem) prime(wire.latestPreviewableItem.wire.id, wire.latestPreviewableItem.raw);
}

function objectAt(raw: JsonObject, key: string): JsonObject | undefined {
  const value = raw[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
