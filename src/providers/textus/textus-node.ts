import { badUserInput } from '../../errors/parley-error';
import type { Node } from '../../schema/node.interface';
import type { ProviderIO } from '../adapter';
import { TEXTUS, checkSlug, conversationSlugOf } from './textus-links';
import { mapEvent, mapMessage } from './textus-message.mapper';
import { mapContact, mapUser } from './textus-participant.mapper';
import { parseContact, parseUser } from './textus-people.wire';
import { parseEvent, parseMessage } from './textus-timeline.wire';

interface NodeKind {
  /** Collection segment of the resource's JSON-LD id. */
  collection: string;
  map(body: unknown): Node;
}

// A message fetched alone takes its conversation from its own link (for its inbound sender).
const KINDS = new Map<string, NodeKind>([
  ['message', { collection: 'messages', map: (body) => mapMessageBody(body) }],
  ['event', { collection: 'conversation_events', map: (body) => mapEvent(parseEvent(body)) }],
  ['user', { collection: 'users', map: (body) => mapUser(parseUser(body)) }],
  ['contact', { collection: 'contacts', map: (body) => mapContact(parseContact(body)) }],
]);

function mapMessageBody(body: unknown): Node {
  const message = parseMessage(body);
  return mapMessage(message, conversationSlugOf(message.wire.conversation));
}

/** Fetches a non-conversation node by kind and slug; unknown kinds and bad slugs make no request. */
export async function fetchTextUsNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
  const found = KINDS.get(kind);
  if (!found) throw badUserInput(`TextUs has no node of kind "${kind}" (message, event, user, contact)`, TEXTUS);
  checkSlug(key, kind);
  const response = await io.get(`${found.collection}/${encodeURIComponent(key)}`);
  return found.map(response.body);
}
