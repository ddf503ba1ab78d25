import type { SimConversation, SimIdentity, SimMessage } from './data';
import { SIM_APP_ID } from './seed';

// Renders simulated records as the Layer Platform API v1.0 shows them, on the simulator's own
// origin. `user` is the perspective: null for the system perspective.

export interface View {
  origin: string;
  user: string | null;
}

const scopeUrl = ({ origin, user }: View): string =>
  user === null ? `${origin}/apps/${SIM_APP_ID}` : `${origin}/apps/${SIM_APP_ID}/users/${encodeURIComponent(user)}`;

export const conversationUrl = (view: View, uuid: string): string => `${scopeUrl(view)}/conversations/${uuid}`;

function messagesUrl(view: View, conversation: SimConversation): string {
  return conversation.foreignMessagesUrl ?? `${conversationUrl(view, conversation.uuid)}/messages`;
}

const isUnread = (message: SimMessage, user: string): boolean =>
  message.sender.user_id !== user && message.recipientStatus[user] !== 'read';

/** How a message is shown: `embedded` as `last_message` (no `url`), `single` as `GET …/messages/:id`. */
export type MessageForm = 'listed' | 'embedded' | 'single';

/**
 * A message. `embedded` leaves out `url`, as `last_message` does in the seed. A single message
 * read in the system perspective has no reader, so its `recipient_status` is null as well
 * ("Retrieving Messages", v1.0); list items keep the map in both perspectives.
 */
export function renderMessage(view: View, conversation: SimConversation, message: SimMessage, form: MessageForm = 'listed'): Record<string, unknown> {
  const embedded = form === 'embedded';
  const uri = `layer:///messages/${message.uuid}`;
  return {
    id: uri,
    ...(embedded ? {} : { url: `${conversationUrl(view, conversation.uuid)}/messages/${message.uuid}` }),
    position: message.position,
    conversation: { id: `layer:///conversations/${conversation.uuid}`, url: conversationUrl(view, conversation.uuid) },
    parts: message.parts.map((part, index) => ({ id: `${uri}/parts/${index}`, ...part })),
    sent_at: message.sentAt,
    received_at: view.user === null ? null : message.receivedAt,
    sender: message.sender,
    is_unread: view.user === null ? null : isUnread(message, view.user),
    recipient_status: form === 'single' && view.user === null ? null : message.recipientStatus,
  };
}

/** A conversation; the user perspective adds `last_message` and `unread_message_count`. */
export function renderConversation(view: View, conversation: SimConversation): Record<string, unknown> {
  const base = {
    id: `layer:///conversations/${conversation.uuid}`,
    url: conversationUrl(view, conversation.uuid),
    messages_url: messagesUrl(view, conversation),
    created_at: conversation.createdAt,
    participants: conversation.participants,
  };
  if (view.user === null) return { ...base, distinct: conversation.distinct, metadata: conversation.metadata };
  const user = view.user;
  const messages = conversation.messages();
  const last = messages[messages.length - 1];
  return {
    ...base,
    metadata: conversation.metadata,
    distinct: conversation.distinct,
    last_message: last ? renderMessage(view, conversation, last, 'embedded') : null,
    unread_message_count: messages.filter((message) => isUnread(message, user)).length,
  };
}

export function renderIdentity(origin: string, identity: SimIdentity): Record<string, unknown> {
  return {
    id: `layer:///identities/${encodeURIComponent(identity.user_id)}`,
    url: `${origin}/apps/${SIM_APP_ID}/identities/${encodeURIComponent(identity.user_id)}`,
    ...identity,
  };
}

const DOCS = 'https://developer.layer.com/docs/platform';

/** The content type of every reply: the v1.0 media type clients must also ask for. */
export const LAYER_MEDIA_TYPE = 'application/vnd.layer+json; version=1.0';

/** Layer's error envelope `{id, code, message, url, data}`. */
export function layerError(id: string, code: number, message: string, data: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, code, message, url: `${DOCS}#errors`, data };
}

export const INVALID_ACCEPT = {
  id: 'invalid_header',
  code: 107,
  message: 'Invalid Accept header; must be of form application/vnd.layer+json; version=x.y',
  url: `${DOCS}#versioning`,
  data: { header: 'Accept' },
};
