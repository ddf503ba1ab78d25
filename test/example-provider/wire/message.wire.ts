import { z } from 'zod';
import { keepRaw, parseWire, zDateTime } from '../../../src/kit/wire';
import { ITEM_ID } from '../api/keys';
import { EXAMPLE } from '../identity';

/** One message as Example Chat sends it, in a page or embedded as a conversation's `lastMessage`. */
// Ids must fit ITEM_ID: they become part of node ids, which must parse back.
export const zMessage = z.object({
  id: z.string().regex(ITEM_ID),
  authorId: z.string().min(1),
  direction: z.string().nullable(),
  status: z.string().nullable(),
  text: z.string().nullable(),
  sentAt: zDateTime,
});
export type ExampleMessageWire = z.infer<typeof zMessage>;

/** `GET /conversations/{id}/messages?page=N`: oldest first, `next` null on the last page. */
const zMessagePage = z.object({
  messages: z.array(keepRaw(zMessage)),
  next: z.string().min(1).nullable(),
  total: z.number().int().min(0),
});
export type ExampleMessagePage = z.infer<typeof zMessagePage>;

export function parseMessagePage(body: unknown): ExampleMessagePage {
  return parseWire(zMessagePage, body, EXAMPLE.slug, 'message page');
}
