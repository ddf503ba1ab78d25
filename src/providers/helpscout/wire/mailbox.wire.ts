import { z } from 'zod';
import { parseWire, zDateTime } from '../../../kit/wire';
import type { JsonObject } from '../../../kit/json';
import { HELP_SCOUT } from '../identity';
import { zId, zText } from './hal.wire';

/** `GET /v2/mailboxes/{id}`. */
const zMailbox = z.object({
  id: zId,
  name: z.string(),
  slug: zText,
  email: zText,
  createdAt: zDateTime.nullish(),
  updatedAt: zDateTime.nullish(),
});
export type WireMailbox = z.infer<typeof zMailbox>;

export function parseMailbox(raw: JsonObject): WireMailbox {
  return parseWire(zMailbox, raw, HELP_SCOUT.slug, 'mailbox');
}
