import { z } from 'zod';
import { zDateTime, zJsonObject, type Parsed } from '../../../kit/wire';
import { listWithRaw, withRaw } from './list.wire';
import { zConversationUri, zLayerMessage } from './message.wire';

export const zLayerConversation = z.object({
  id: zConversationUri,
  url: z.string(),
  messages_url: z.string(),
  created_at: zDateTime,
  participants: z.array(z.string().min(1)),
  distinct: z.boolean(),
  metadata: zJsonObject.nullable().optional(),
  // Only in the user perspective: absent in the system perspective, null when there is no message.
  last_message: zLayerMessage.nullable().optional(),
  unread_message_count: z.number().int().nonnegative().nullable().optional(),
});

export type LayerConversationWire = z.infer<typeof zLayerConversation>;

export const parseLayerConversation = (body: unknown): Parsed<LayerConversationWire> => withRaw(zLayerConversation, body, 'conversation');
export const parseLayerConversationList = (body: unknown): Parsed<LayerConversationWire>[] =>
  listWithRaw(zLayerConversation, body, 'conversation list');
