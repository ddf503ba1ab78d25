import { z } from 'zod';
import type { Tolerant } from '../../../kit/tolerant';
import { zDateTime, zJsonObject } from '../../../kit/wire';
import { readLayer, readLayerList, type LayerItem } from './list.wire';
import { zConversationUri, zLayerMessage } from './message.wire';

export const zLayerConversation = z.object({
  id: zConversationUri,
  url: z.string().nullish(),
  messages_url: z.string().nullish(),
  created_at: zDateTime.nullish(),
  participants: z.array(z.string().min(1)).nullish(),
  distinct: z.boolean().nullish(),
  metadata: zJsonObject.nullish(),
  // Only in the user perspective: absent in the system perspective, null when there is no message.
  last_message: zLayerMessage.nullish(),
  unread_message_count: z.number().int().nonnegative().nullish(),
});

export type LayerConversationWire = z.infer<typeof zLayerConversation>;

export const parseLayerConversation = (body: unknown): Tolerant<LayerConversationWire> => readLayer(zLayerConversation, body, 'conversation');
export const parseLayerConversationList = (body: unknown): LayerItem<LayerConversationWire>[] =>
  readLayerList(zLayerConversation, body, 'conversation list');
