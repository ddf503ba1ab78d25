import { z } from 'zod';
import type { Tolerant } from '../../../kit/tolerant';
import { zDateTime, zJsonObject } from '../../../kit/wire';
import { CONVERSATION_URI, MESSAGE_URI } from '../api/keys';
import { readLayer, readLayerList, type LayerItem } from './list.wire';

// Shapes of the Layer Platform API, version 1.0, read tolerantly: only the message's own id is
// required; every other key may be absent, null or unreadable (left out and reported where a
// query selects the field that shows it).

export const zConversationUri = z.string().regex(CONVERSATION_URI, 'expected a layer:///conversations/<uuid> URI');
const zMessageUri = z.string().regex(MESSAGE_URI, 'expected a layer:///messages/<uuid> URI');

/** A JSON scalar as text (a state Layer might send as a number): never a reason to drop the entry. */
const zStateText = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value));

export const zLayerPart = z.object({
  id: z.string().nullish(),
  mime_type: z.string().nullish(),
  body: z.string().nullish(),
  encoding: z.string().nullish(),
  // Large parts come as rich content (a download URL and size) instead of an inline body.
  content: zJsonObject.nullish(),
});

export const zLayerSender = z.object({
  // null: a system message (with a `name`); absent: Layer did not say who sent it.
  user_id: z.string().min(1).nullish(),
  name: z.string().nullish(),
});

export const zLayerMessage = z.object({
  id: zMessageUri,
  url: z.string().nullish(),
  position: z.number().int().nullish(),
  conversation: z.object({ id: zConversationUri, url: z.string().nullish() }).nullish(),
  parts: z.array(zLayerPart).nullish(),
  sent_at: zDateTime.nullish(),
  // The system perspective of a single message has no reader: these three are null there.
  received_at: zDateTime.nullish(),
  sender: zLayerSender.nullish(),
  is_unread: z.boolean().nullish(),
  recipient_status: z.record(z.string(), zStateText).nullish(),
});

export type LayerPartWire = z.infer<typeof zLayerPart>;
export type LayerSenderWire = z.infer<typeof zLayerSender>;
export type LayerMessageWire = z.infer<typeof zLayerMessage>;

export const parseLayerMessage = (body: unknown): Tolerant<LayerMessageWire> => readLayer(zLayerMessage, body, 'message');
export const parseLayerMessageList = (body: unknown): LayerItem<LayerMessageWire>[] => readLayerList(zLayerMessage, body, 'message list');
