import { z } from 'zod';
import { zDateTime, zJsonObject, type Parsed } from '../../../kit/wire';
import { CONVERSATION_URI, MESSAGE_URI } from '../api/keys';
import { listWithRaw, withRaw } from './list.wire';

// Shapes of the Layer Platform API, version 1.0. Strict about what Parley relies on (ids, URLs,
// dates, participants), tolerant of extra fields and of the values the docs show as nullable.

export const zConversationUri = z.string().regex(CONVERSATION_URI, 'expected a layer:///conversations/<uuid> URI');
const zMessageUri = z.string().regex(MESSAGE_URI, 'expected a layer:///messages/<uuid> URI');

export const zLayerPart = z.object({
  id: z.string().optional(),
  mime_type: z.string(),
  body: z.string().nullable().optional(),
  encoding: z.string().nullable().optional(),
  // Large parts come as rich content (a download URL and size) instead of an inline body.
  content: zJsonObject.nullable().optional(),
});

export const zLayerSender = z.object({
  user_id: z.string().min(1).nullable(),
  name: z.string().nullable().optional(),
});

export const zLayerMessage = z.object({
  id: zMessageUri,
  url: z.string().optional(),
  position: z.number().int().optional(),
  conversation: z.object({ id: zConversationUri, url: z.string().optional() }),
  parts: z.array(zLayerPart),
  sent_at: zDateTime,
  received_at: zDateTime.nullable().optional(),
  sender: zLayerSender,
  is_unread: z.boolean().nullable().optional(),
  recipient_status: z.record(z.string(), z.string()),
});

export type LayerPartWire = z.infer<typeof zLayerPart>;
export type LayerSenderWire = z.infer<typeof zLayerSender>;
export type LayerMessageWire = z.infer<typeof zLayerMessage>;

export const parseLayerMessage = (body: unknown): Parsed<LayerMessageWire> => withRaw(zLayerMessage, body, 'message');
export const parseLayerMessageList = (body: unknown): Parsed<LayerMessageWire>[] => listWithRaw(zLayerMessage, body, 'message list');
