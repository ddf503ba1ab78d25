import { z } from 'zod';
import { readItem, readTolerant, type Tolerant } from '../../../src/kit/tolerant';
import type { Unreadable } from '../../../src/kit/defects';
import { keepRaw, parseWire, zDateTime } from '../../../src/kit/wire';
import { CONVERSATION_KEY, ITEM_ID } from '../api/keys';
import { EXAMPLE } from '../identity';
import { zMessage } from './message.wire';

// Tolerant reading: only ids are required; every other key may be absent, so a part that does
// not validate can be left out (and reported at its field) without losing the rest.
const zParticipant = z.object({
  id: z.string().regex(ITEM_ID),
  role: z.string().nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
});
export type ExampleParticipantWire = z.infer<typeof zParticipant>;

/** `GET /conversations/{id}`; list items have the same full shape. */
export const zConversation = z.object({
  id: z.string().regex(CONVERSATION_KEY),
  subject: z.string().nullish(),
  status: z.string().nullish(),
  channel: z.string().nullish(),
  priority: z.string().nullish(),
  createdAt: zDateTime.nullish(),
  updatedAt: zDateTime.nullish(),
  messageCount: z.number().int().min(0).nullish(),
  participants: z.array(keepRaw(zParticipant)).nullish(),
  lastMessage: keepRaw(zMessage).nullish(),
});
export type ExampleConversationWire = z.infer<typeof zConversation>;

/** `GET /conversations?page=N`: newest first. */
// Items stay `unknown` here and are read one by one: a broken item costs its own edge.
const zConversationPage = z.object({
  conversations: z.array(z.unknown()),
  next: z.string().min(1).nullish(),
  total: z.number().int().min(0).nullish(),
});
export interface ExampleConversationPage {
  conversations: (Tolerant<ExampleConversationWire> | Unreadable)[];
  next: string | null;
  total: number | null;
}

const READ_CONVERSATION = { provider: EXAMPLE.slug, what: 'conversation', identity: ['id'] } as const;

export function parseConversation(body: unknown): Tolerant<ExampleConversationWire> {
  return readTolerant(zConversation, body, READ_CONVERSATION);
}

export function parseConversationPage(body: unknown): ExampleConversationPage {
  const page = parseWire(zConversationPage, body, EXAMPLE.slug, 'conversation page');
  return { conversations: page.conversations.map((item) => readItem(zConversation, item, READ_CONVERSATION)), next: page.next ?? null, total: page.total ?? null };
}

const zErrorBody = z.object({ ref: z.string().regex(/^[\w-]{1,64}$/) });

/** The upstream's error reference (`{"error": …, "ref": "…"}`), safe to show because it is a short token. */
export function exampleErrorRef(body: unknown): string | undefined {
  const parsed = zErrorBody.safeParse(body);
  return parsed.success ? parsed.data.ref : undefined;
}
