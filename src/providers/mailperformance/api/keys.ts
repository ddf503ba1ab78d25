import { badUserInput } from '../../../errors/parley-error';
import { preview } from '../../../ids/global-id';
import { MAILPERFORMANCE } from '../identity';

/** Message ids are UUIDs (seed: `6dc5cd3d-e233-4359-be70-088833f89bff`). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Action (`000JKG`) and target (`000QE6KY`) codes: short alphanumerics that go into paths. */
export const CODE = /^[0-9A-Za-z]{1,32}$/;

// `<uuid>.<index>`: the UUID pattern without its anchors, then an index without leading zeros.
const EVENT_KEY = new RegExp(`^(${UUID.source.slice(1, -1)})\\.(0|[1-9]\\d{0,5})$`, 'i');

/** A message's canonical key: UUIDs are case-insensitive, so one spelling (lower-case) shares one loader entry. */
export function parseMessageKey(key: string): string {
  if (!UUID.test(key)) throw badUserInput(`A MailPerformance message id is a UUID; got "${preview(key)}"`, MAILPERFORMANCE.slug);
  return key.toLowerCase();
}

/** A target or action code, refused before any request when it could leave its path. */
export function parseCode(key: string, what: 'target' | 'action'): string {
  if (!CODE.test(key)) throw badUserInput(`A MailPerformance ${what} code is alphanumeric (like 000QE6KY); got "${preview(key)}"`, MAILPERFORMANCE.slug);
  return key;
}

/** Events have no id upstream: an event is its message and its position in it. */
export interface EventRef {
  messageId: string;
  index: number;
}

/** Key of an event node: `<message uuid>.<index>`. */
export const eventKey = (messageId: string, index: number): string => `${messageId}.${index}`;

/** `<message uuid>.<index>`, validated before any request (BAD_USER_INPUT otherwise). */
export function parseEventKey(key: string): EventRef {
  const match = EVENT_KEY.exec(key);
  if (!match?.[1] || !match[2]) throw badUserInput(`A MailPerformance event key is <message uuid>.<index>; got "${preview(key)}"`, MAILPERFORMANCE.slug);
  return { messageId: match[1].toLowerCase(), index: Number(match[2]) };
}
