import { z } from 'zod';
import { parseWire, zDateTime, zJsonObject } from '../../../kit/wire';
import { HELP_SCOUT } from '../identity';
import { zId, zLinks, zText } from './hal.wire';
import { zPerson } from './person.wire';

export const zSource = z.object({ type: zText, via: zText });

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

export function parseThread(body: unknown, what = 'thread'): WireThread {
  return parseWire(zThread, body, HELP_SCOUT.slug, what);
}

