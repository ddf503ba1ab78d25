import { z } from 'zod';
import { readTolerant, type Tolerant } from '../../../kit/tolerant';
import { zDateTime } from '../../../kit/wire';
import { byId, zId, zText } from './hal.wire';

/** `GET /v2/mailboxes/{id}`. */
const zMailbox = z.object({
  id: zId,
  name: zText,
  slug: zText,
  email: zText,
  createdAt: zDateTime.nullish(),
  updatedAt: zDateTime.nullish(),
});
export type WireMailbox = z.infer<typeof zMailbox>;

export function readMailbox(body: unknown): Tolerant<WireMailbox> {
  return readTolerant(zMailbox, body, byId('mailbox'));
}
