import { z } from 'zod';
import { readTolerant, type Tolerant } from '../../../kit/tolerant';
import { zDateTime } from '../../../kit/wire';
import { byId, zId, zLinks, zLooseText, zScalar, zText } from './hal.wire';
import { zPerson } from './person.wire';
import { zSource } from './thread.wire';

// Every key but `id` is optional: a part that does not fit is left out and reported on the
// field that shows it (see kit/tolerant.ts). Items of lists need their own id, or are left out.

const zTag = z.object({ id: zId, color: zText, tag: zText });
const zCustomField = z.object({ id: zId, name: zText, value: zScalar.nullish(), text: zScalar.nullish() });

/** `GET /v2/conversations/{id}` (and each item of the list), per the seed document. */
export const zConversation = z.object({
  id: zId,
  number: z.number().int().nullish(),
  threads: z.number().int().nonnegative().nullish(),
  type: zLooseText,
  folderId: z.number().int().nullish(),
  status: zLooseText,
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
  tags: z.array(zTag).nullish(),
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
  customFields: z.array(zCustomField).nullish(),
  // Threads stay as sent here: each is read (with its own raw kept) only when a window returns it.
  _embedded: z.object({ threads: z.array(z.unknown()).nullish() }).nullish(),
  _links: zLinks.nullish(),
});
export type WireConversation = z.infer<typeof zConversation>;

/** A conversation read tolerantly: only an unreadable `id` (or a body that is no object) fails it. */
export function readConversation(body: unknown, what = 'conversation'): Tolerant<WireConversation> {
  return readTolerant(zConversation, body, byId(what));
}
