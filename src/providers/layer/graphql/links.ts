import type { Unreadable } from '../../../kit/defects';
import type { JsonObject } from '../../../kit/json';
import type { LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import type { CommonConversation } from '../../../schema/conversation.interface';
import type { Message } from '../../../schema/message.interface';
import type { Participant } from '../../../schema/participant.interface';
import type { LayerSettings } from '../api/keys';

/** The field whose resolver asks for participants (`LayerConversation.participants`, `LayerMessage.recipients`…). */
export type ParticipantField = readonly [typeName: string, field: string];

/** What the link code needs of a conversation to read its messages. */
export interface MessageSource {
  /** `messages_url` as Layer sent it: a link, resolved on the provider's own origins; null when it sent none. */
  readonly messagesUrl: string | null;
  /** Lower-case UUID of the conversation: the conversation every message read from here belongs to. */
  readonly nativeId: string;
  /** The perspective it was read in, where its documented messages path is read when `messages_url` is missing. */
  readonly perspectiveUserId: string | null;
  /** The configured user when they take part (their messages are OUTBOUND), else null. */
  readonly viewer: string | null;
}

/** A message's sender as the message names it. */
export interface SenderRef {
  readonly userId: string | null;
  readonly name: string | null;
}

/**
 * How Layer objects follow their links, always with the request's IO. Implemented by
 * `api/links.ts` and handed to every mapped object, so the classes never import fetch code.
 */
export interface LayerLinks {
  /** Identities of the given users, each once, in first-seen order. */
  participants(userIds: readonly string[], via: ParticipantField, io: LinkIO): Promise<Participant[]>;
  /** A user sender is their identity; a system sender (no user id) needs no request. */
  sender(sender: SenderRef, raw: JsonObject | null, io: LinkIO): Promise<Participant | null>;
  /** The newest message, for a conversation read without an embedded `last_message`. */
  newestMessage(conversation: MessageSource, io: LinkIO): Promise<Message | null>;
  /** One window of messages, oldest first. */
  messages(conversation: MessageSource, request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>>;
  /** A conversation by canonical key, read the way `node`/`conversation` would read it. */
  conversation(key: string, io: LinkIO): Promise<CommonConversation>;
}

/** Per-client facts the mapper hands to every Layer object: the settings and the links. */
export interface LayerScope extends LayerSettings {
  readonly links: LayerLinks;
}
