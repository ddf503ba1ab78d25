import { badUserInput } from '../../../errors/parley-error';
import { preview } from '../../../ids/global-id';
import { HELP_SCOUT } from '../identity';

// Help Scout ids are positive integers; 15 digits keeps them exact as JS numbers.
const INTEGER = /^\d{1,15}$/;
// An address is one token with a single @; `/`, `?`, `#`, `\` and whitespace never reach a key.
const EMAIL = /^[^\s@/?#\\]{1,64}@[^\s@/?#\\]{1,190}$/;

/** Canonical form of a Help Scout integer id (`00123` → `123`), or BAD_USER_INPUT before any request. */
export function parseIntegerId(key: string, what: string): string {
  const value = INTEGER.test(key) ? Number(key) : 0;
  if (value < 1) throw badUserInput(`A Help Scout ${what} id is a positive integer; got "${preview(key)}"`, HELP_SCOUT.slug);
  return String(value);
}

/** `<conversationId>/<threadId>`, the key of a thread's global id, both canonical. */
export function parseThreadKey(key: string): { conversationId: string; threadId: number } {
  const [conversationKey = '', threadKey = '', ...rest] = key.split('/');
  if (rest.length > 0) throw badUserInput(`A Help Scout thread id is "<conversationId>/<threadId>"; got "${preview(key)}"`, HELP_SCOUT.slug);
  return { conversationId: parseIntegerId(conversationKey, 'conversation'), threadId: Number(parseIntegerId(threadKey, 'thread')) };
}

/** An e-mail address as the key of a `helpscout:email:` id. */
export function parseEmailKey(key: string): string {
  if (!EMAIL.test(key)) throw badUserInput(`"${preview(key)}" is not an e-mail address`, HELP_SCOUT.slug);
  return key;
}

/** A HAL `href` as sent, with the URL of the response it came in (relative hrefs resolve against it). */
export interface HalLink {
  readonly href: string;
  readonly base: string;
}

/** Resources a payload links to that Parley may follow. */
export type LinkedKind = 'customer' | 'user' | 'mailbox' | 'threads';

/**
 * Where a linked resource lives: the payload's HAL link (the provider's own join key) when it has
 * one, else the documented path for the id. Kept unresolved until a field follows it, so a foreign
 * link fails (LINK_REJECTED) only for that field, never for the whole conversation.
 */
export type LinkRef =
  | { readonly kind: LinkedKind; readonly hal: HalLink }
  | { readonly kind: LinkedKind; readonly hal: null; readonly id: string };
