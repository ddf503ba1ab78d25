import { z } from 'zod';
import { parseWire, zDateTime, zJsonObject } from '../shared/wire';

/** Provider slug, the prefix of every Help Scout id and the `provider` of its errors. */
export const SLUG = 'helpscout';

/** Help Scout ids are positive integers (conversations, threads, customers, users, mailboxes). */
export const zId = z.number().int().positive();

const zText = z.string().nullish();
const zLink = z.object({ href: z.string() });

/** HAL `_links`: a rel holds one link object or, per HAL, a list of them. */
export const zLinks = z.record(z.string(), z.union([zLink, z.array(zLink)]));
export type WireLinks = z.infer<typeof zLinks>;

/**
 * A person as embedded in conversations and threads: a summary (name, email, photo), never the
 * full customer or user profile.
 */
const zPerson = z.object({
  id: zId,
  type: zText,
  first: zText,
  last: zText,
  email: zText,
  photoUrl: zText,
});
export type WirePerson = z.infer<typeof zPerson>;

const zSource = z.object({ type: zText, via: zText });

const zAttachment = z.object({
  id: zId,
  filename: zText,
  mimeType: zText,
  size: z.number().int().nonnegative().nullish(),
  width: z.number().int().nullish(),
  height: z.number().int().nullish(),
});

/** A thread (message, note, line item…) of a conversation, as the threads endpoint and `embed=threads` return it. */
export const zThread = z.object({
  id: zId,
  type: z.string(),
  status: zText,
  state: zText,
  action: z.object({ type: zText, text: zText, associatedEntities: zJsonObject.nullish() }).nullish(),
  body: zText,
  source: zSource.nullish(),
  customer: zPerson.nullish(),
  createdBy: zPerson.nullish(),
  assignedTo: zPerson.nullish(),
  savedReplyId: z.number().int().nullish(),
  to: z.array(z.string()).nullish(),
  cc: z.array(z.string()).nullish(),
  bcc: z.array(z.string()).nullish(),
  createdAt: zDateTime.nullish(),
  openedAt: zDateTime.nullish(),
  _embedded: z.object({ attachments: z.array(zAttachment).nullish() }).nullish(),
  _links: zLinks.nullish(),
});
export type WireThread = z.infer<typeof zThread>;

/** `GET /v2/conversations/{id}` (and each item of the list), per the seed document. */
export const zConversation = z.object({
  id: zId,
  number: z.number().int().nullish(),
  threads: z.number().int().nonnegative().nullish(),
  type: zText,
  folderId: z.number().int().nullish(),
  status: z.string(),
  state: zText,
  subject: zText,
  preview: zText,
  mailboxId: z.number().int().nullish(),
  assignee: zPerson.nullish(),
  createdBy: zPerson.nullish(),
  createdAt: zDateTime.nullish(),
  closedBy: z.number().int().nullish(),
  closedByUser: zPerson.nullish(),
  closedAt: zDateTime.nullish(),
  userUpdatedAt: zDateTime.nullish(),
  customerWaitingSince: z.object({ time: zDateTime.nullish(), friendly: zText }).nullish(),
  source: zSource.nullish(),
  tags: z.array(z.object({ id: zId, color: zText, tag: z.string() })).nullish(),
  cc: z.array(z.string()).nullish(),
  bcc: z.array(z.string()).nullish(),
  primaryCustomer: zPerson.nullish(),
  snooze: z
    .object({ snoozedBy: z.number().int().nullish(), snoozedUntil: zDateTime.nullish(), unsnoozeOnCustomerReply: z.boolean().nullish() })
    .nullish(),
  nextEvent: z
    .object({
      time: zDateTime.nullish(),
      eventType: zText,
      userId: z.number().int().nullish(),
      cancelOnCustomerReply: z.boolean().nullish(),
    })
    .nullish(),
  customFields: z.array(z.object({ id: zId, name: z.string(), value: zText, text: zText })).nullish(),
  // Threads stay raw JSON here: they are parsed (with their own raw kept) only when messages are read.
  _embedded: z.object({ threads: z.array(zJsonObject).nullish() }).nullish(),
  _links: zLinks.nullish(),
});
export type WireConversation = z.infer<typeof zConversation>;

export function parseConversation(body: unknown, what = 'conversation'): WireConversation {
  return parseWire(zConversation, body, SLUG, what);
}

export function parseThread(body: unknown, what = 'thread'): WireThread {
  return parseWire(zThread, body, SLUG, what);
}

/** The first href of a HAL rel, or null when the rel is absent. */
export function linkHref(links: WireLinks | null | undefined, rel: string): string | null {
  const link = links?.[rel];
  if (link === undefined) return null;
  return Array.isArray(link) ? (link[0]?.href ?? null) : link.href;
}
