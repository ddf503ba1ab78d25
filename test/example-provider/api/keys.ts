import { badUserInput } from '../../../src/errors/parley-error';
import { preview } from '../../../src/ids/global-id';
import { EXAMPLE } from '../identity';

/** Example Chat numbers its conversations `c1`, `c2`, …; the cap keeps keys short in paths and errors. */
export const CONVERSATION_KEY = /^c[0-9]{1,18}$/;
/** Message and participant ids are opaque upstream tokens: path-safe characters only. */
export const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** A message or participant of a conversation (`example:message:c1/m2`). */
export interface ExampleItemRef {
  readonly conversationKey: string;
  readonly itemId: string;
}

/** Node kinds of `example:<kind>:<key>` ids. */
export const NODE_KINDS = ['message', 'participant'] as const;
export type ExampleNodeKind = (typeof NODE_KINDS)[number];

/** Validates a conversation key before any request; it is already canonical (one spelling per conversation). */
export function parseConversationKey(key: string): string {
  if (!CONVERSATION_KEY.test(key)) throw badUserInput(`Example Chat key "${preview(key)}" is not a conversation key (c followed by digits)`, EXAMPLE.slug);
  return key;
}

/** `<conversation key>/<item id>`, the key of a message or participant node. */
export function parseItemKey(key: string): ExampleItemRef {
  const [conversationKey = '', itemId = '', ...rest] = key.split('/');
  if (rest.length > 0 || !CONVERSATION_KEY.test(conversationKey) || !ITEM_ID.test(itemId)) {
    throw badUserInput(`Example Chat key "${preview(key)}" is not <conversation key>/<item id>`, EXAMPLE.slug);
  }
  return { conversationKey, itemId };
}

/** Global id of a conversation: `example:c1`. */
export function conversationId(key: string): string {
  return `${EXAMPLE.slug}:${key}`;
}

/** Global id of a message or participant: `example:message:c1/m2`. */
export function nodeId(kind: ExampleNodeKind, ref: ExampleItemRef): string {
  return `${EXAMPLE.slug}:${kind}:${ref.conversationKey}/${ref.itemId}`;
}
