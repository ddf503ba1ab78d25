import { z } from 'zod';
import type { HeaderReader } from '../../http/status-error';
import { parseWire, parseWithRaw, zDateTime, zJsonObject, type Parsed } from '../shared/wire';
import { LAYER_SLUG } from './layer.config';

// Shapes of the Layer Platform API, version 1.0. Strict about what Parley relies on (ids, URLs,
// dates, participants), tolerant of extra fields and of the values the docs show as nullable.

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CONVERSATION_URI = new RegExp(`^layer:///conversations/(${UUID})$`, 'i');
const MESSAGE_URI = new RegExp(`^layer:///messages/(${UUID})$`, 'i');

/** The lower-case UUID of a `layer:///conversations/<uuid>` URI (already validated by the schema). */
export function conversationUuidOf(uri: string): string {
  return (CONVERSATION_URI.exec(uri)?.[1] ?? '').toLowerCase();
}

/** The lower-case UUID of a `layer:///messages/<uuid>` URI (already validated by the schema). */
export function messageUuidOf(uri: string): string {
  return (MESSAGE_URI.exec(uri)?.[1] ?? '').toLowerCase();
}

const zConversationUri = z.string().regex(CONVERSATION_URI, 'expected a layer:///conversations/<uuid> URI');
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

export const zLayerIdentity = z.object({
  id: z.string().optional(),
  url: z.string().optional(),
  user_id: z.string().min(1),
  display_name: z.string().nullable().optional(),
  avatar_url: z.string().nullable().optional(),
  first_name: z.string().nullable().optional(),
  last_name: z.string().nullable().optional(),
  phone_number: z.string().nullable().optional(),
  email_address: z.string().nullable().optional(),
  identity_type: z.string().nullable().optional(),
  public_key: z.string().nullable().optional(),
  metadata: zJsonObject.nullable().optional(),
});

export type LayerPartWire = z.infer<typeof zLayerPart>;
export type LayerSenderWire = z.infer<typeof zLayerSender>;
export type LayerMessageWire = z.infer<typeof zLayerMessage>;
export type LayerConversationWire = z.infer<typeof zLayerConversation>;
export type LayerIdentityWire = z.infer<typeof zLayerIdentity>;

const withRaw = <S extends z.ZodType>(schema: S, body: unknown, what: string): Parsed<z.infer<S>> => parseWithRaw(schema, body, LAYER_SLUG, what);

function listWithRaw<S extends z.ZodType>(schema: S, body: unknown, what: string): Parsed<z.infer<S>>[] {
  const items = parseWire(z.array(zJsonObject), body, LAYER_SLUG, `${what} (a JSON array)`);
  return items.map((item, index) => withRaw(schema, item, `${what} item ${index}`));
}

export const parseLayerConversation = (body: unknown): Parsed<LayerConversationWire> =>
  withRaw(zLayerConversation, body, 'conversation');
export const parseLayerConversationList = (body: unknown): Parsed<LayerConversationWire>[] =>
  listWithRaw(zLayerConversation, body, 'conversation list');
export const parseLayerMessage = (body: unknown): Parsed<LayerMessageWire> => withRaw(zLayerMessage, body, 'message');
export const parseLayerMessageList = (body: unknown): Parsed<LayerMessageWire>[] =>
  listWithRaw(zLayerMessage, body, 'message list');
export const parseLayerIdentity = (body: unknown): Parsed<LayerIdentityWire> => withRaw(zLayerIdentity, body, 'identity');

/** The total a list response reports in `Layer-Count`, or null when absent or unreadable. */
export function layerCount(headers: HeaderReader): number | null {
  const value = headers.get('layer-count')?.trim();
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : null;
}
