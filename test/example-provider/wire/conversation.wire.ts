import { z } from 'zod';
import { keepRaw, parseWire, parseWithRaw, zDateTime, type Parsed } from '../../../src/kit/wire';
import { CONVERSATION_KEY, ITEM_ID } from '../api/keys';
import { EXAMPLE } from '../identity';
import { zMessage } from './message.wire';

const zParticipant = z.object({
  id: z.string().regex(ITEM_ID),
  role: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
});
export type ExampleParticipantWire = z.infer<typeof zParticipant>;

/** `GET /conversations/{id}`; list items have the same full shape. */
export const zConversation = z.object({
  id: z.string().regex(CONVERSATION_KEY),
  subject: z.string().nullable(),
  status: z.string().nullable(),
  channel: z.string().nullable(),
  priority: z.string().nullable(),
  createdAt: zDateTime,
  updatedAt: zDateTime,
  messageCount: z.number().int().min(0),
  participants: z.array(keepRaw(zParticipant)),
  lastMessage: keepRaw(zMessage).nullable(),
});
export type ExampleConversationWire = z.infer<typeof zConversation>;

/** `GET /conversations?page=N`: newest first. */
const zConversationPage = z.object({
  conversations: z.array(keepRaw(zConversation)),
  next: z.string().min(1).nullable(),
  total: z.number().int().min(0),
});
export type ExampleConversationPage = z.infer<typeof zConversationPage>;

export function parseConversation(body: unknown): Parsed<ExampleConversationWire> {
  return parseWithRaw(zConversation, body, EXAMPLE.slug, 'conversation');
}

export function parseConversationPage(body: unknown): ExampleConversationPage {
  return parseWire(zConversationPage, body, EXAMPLE.slug, 'conversation page');
}

const zErrorBody = z.object({ ref: z.string().regex(/^[\w-]{1,64}$/) });

/** The upstream's error reference (`{"error": …, "ref": "…"}`), safe to show because it is a short token. */
export function exampleErrorRef(body: unknown): string | undefined {
  const parsed = zErrorBody.safeParse(body);
  return parsed.success ? parsed.data.ref : undefined;
}
