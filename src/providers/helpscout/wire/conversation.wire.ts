import { z } from 'zod';
import { parseWire, zDateTime, zJsonObject } from '../../../kit/wire';
import { HELP_SCOUT } from '../identity';
import { zId, zLinks, zText } from './hal.wire';
import { zPerson } from './person.wire';
import { zSource } from './thread.wire';

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
  return parseWire(zConversation, body, HELP_SCOUT.slug, what);
}
