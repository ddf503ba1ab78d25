import { z } from 'zod';
import type { Unreadable } from '../../../kit/defects';
import { readItem, readTolerant, type Tolerant } from '../../../kit/tolerant';
import type { JsonValue } from '../../../kit/json';
import { zDateTime, zJsonObject } from '../../../kit/wire';
import { byId, zId, zLinks, zLooseText, zText } from './hal.wire';
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

// Anything parsed from a JSON body is a JSON value.
const zJsonValue = z.custom<JsonValue>(() => true);

/** Help Scout sends `associatedEntities` as an object (`{}`) or as a list (`[]`, issue 8 shape 9): both are data. */
const zEntities = z.union([zJsonObject, z.array(zJsonValue)]);

/** A thread (message, note, line item…) of a conversation, as the threads endpoint and `embed=threads` return it. */
export const zThread = z.object({
  id: zId,
  type: zLooseText,
  status: zText,
  state: zText,
  action: z.object({ type: zLooseText, text: zText, associatedEntities: zEntities.nullish() }).nullish(),
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

/** One thread of a page or embedded list: the thread, or an `Unreadable` that keeps its edge. */
export function readThreadItem(body: unknown): Tolerant<WireThread> | Unreadable {
  return readItem(zThread, body, byId('thread'));
}

/** One thread read alone (`lastMessage`, `node`): only an unreadable id fails it. */
export function readThread(body: unknown): Tolerant<WireThread> {
  return readTolerant(zThread, body, byId('thread'));
}
