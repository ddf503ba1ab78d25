import { z } from 'zod';
import type { Unreadable } from '../../../src/kit/defects';
import { readItem, type Tolerant } from '../../../src/kit/tolerant';
import { parseWire, zDateTime } from '../../../src/kit/wire';
import { ITEM_ID } from '../api/keys';
import { EXAMPLE } from '../identity';

/** One message as Example Chat sends it, in a page or embedded as a conversation's `lastMessage`. */
// Ids must fit ITEM_ID: they become part of node ids, which must parse back.
export const zMessage = z.object({
  id: z.string().regex(ITEM_ID),
  authorId: z.string().min(1).nullish(),
  direction: z.string().nullish(),
  status: z.string().nullish(),
  text: z.string().nullish(),
  sentAt: zDateTime.nullish(),
});
export type ExampleMessageWire = z.infer<typeof zMessage>;

/** `GET /conversations/{id}/messages?page=N`: oldest first, `next` null on the last page. */
const zMessagePage = z.object({
  messages: z.array(z.unknown()),
  next: z.string().min(1).nullish(),
  total: z.number().int().min(0).nullish(),
});
export interface ExampleMessagePage {
  messages: (Tolerant<ExampleMessageWire> | Unreadable)[];
  next: string | null;
  total: number | null;
}

const READ_MESSAGE = { provider: EXAMPLE.slug, what: 'message', identity: ['id'] } as const;

export function parseMessagePage(body: unknown): ExampleMessagePage {
  const page = parseWire(zMessagePage, body, EXAMPLE.slug, 'message page');
  return { messages: page.messages.map((item) => readItem(zMessage, item, READ_MESSAGE)), next: page.next ?? null, total: page.total ?? null };
}
