import { z } from 'zod';
import { parseWire, zDateTime, zJsonObject } from '../shared/wire';
import type { JsonObject } from '../shared/json';
import { ITEM_ID, SLUG, UUID } from './bird.keys';

/**
 * Validates `schema` and keeps the untouched object beside the parsed fields, so mappers can
 * expose `raw` for nested items (participants, messages) and not only for the whole body.
 */
function withRaw<S extends z.ZodType<object>>(schema: S) {
  return zJsonObject.transform((raw, ctx): z.infer<S> & { raw: JsonObject } => {
    const result = schema.safeParse(raw);
    if (result.success) return { ...result.data, raw };
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

const zText = z.string().nullish();
const zUuid = z.string().regex(UUID, 'expected a UUID');
const zItemId = z.string().regex(ITEM_ID, 'expected a Bird id');

/** `contact` of a contact participant: how the contact is addressed on the channel. */
const zParticipantContact = z.object({
  identifierKey: zText,
  identifierValue: zText,
  platformAddress: zText,
  platformAddressSelector: zText,
});

/** Participant: list items, `featuredParticipants`, `initiatingParticipant`, message `sender`. */
export const zParticipant = withRaw(
  z.object({
    id: zItemId,
    type: z.string(),
    status: zText,
    displayName: zText,
    avatarUrl: zText,
    contact: zParticipantContact.nullish(),
  }),
);

/** Message recipient: a contact addressed by an identifier, with the name the sender used. */
export const zRecipient = withRaw(
  z.object({
    id: zItemId,
    type: zText,
    identifierKey: zText,
    identifierValue: zText,
    platformAddress: zText,
    contactAnnotation: z.object({ name: zText }).nullish(),
  }),
);

/** Message body: `text` and `html` are read; other types (image, file, list…) stay in `body`. */
const zBody = z.object({
  type: z.string(),
  text: z.object({ text: z.string(), attachments: z.array(z.unknown()).nullish() }).nullish(),
  html: z.object({ text: zText, html: zText, attachments: z.array(z.unknown()).nullish() }).nullish(),
  image: z.object({ images: z.array(z.unknown()) }).nullish(),
  file: z.object({ files: z.array(z.unknown()) }).nullish(),
});

/** Full message (list item and `GET …/messages/{id}`). */
export const zMessage = withRaw(
  z.object({
    id: zItemId,
    conversationId: zUuid.nullish(),
    reference: zText,
    sender: zParticipant,
    draft: z.boolean().nullish(),
    recipients: z.array(zRecipient).nullish(),
    status: z.string(),
    source: zText,
    reason: zText,
    body: zBody.nullish(),
    template: zJsonObject.nullish(),
    interactions: z.array(zJsonObject).nullish(),
    meta: zJsonObject.nullish(),
    receiverTypes: z.array(z.string()).nullish(),
    createdAt: zDateTime,
    updatedAt: zDateTime.nullish(),
  }),
);

/** The conversation's `lastMessage`: a preview, not the full message. */
export const zLastMessage = withRaw(
  z.object({
    id: zItemId,
    type: zText,
    preview: z.object({ text: zText }).nullish(),
    recipients: z.array(zRecipient).nullish(),
    status: zText,
    sender: zParticipant.nullish(),
    createdAt: zDateTime.nullish(),
  }),
);

/** Conversation (`GET …/conversations/{id}` and list items). */
export const zConversation = withRaw(
  z.object({
    id: zUuid,
    name: zText,
    description: zText,
    status: zText,
    visibility: zText,
    accessibility: zText,
    style: zText,
    featuredParticipants: z.array(zParticipant).nullish(),
    activeParticipantCount: z.number().int().nullish(),
    pendingParticipantCount: z.number().int().nullish(),
    initiatingParticipant: zParticipant.nullish(),
    channelId: zUuid.nullish(),
    lastMessage: zLastMessage.nullish(),
    lastIncomingMessageAt: zDateTime.nullish(),
    lastOutgoingMessageAt: zDateTime.nullish(),
    createdAt: zDateTime.nullish(),
    updatedAt: zDateTime.nullish(),
    platformStyle: zText,
    summary: zText,
    // The seed names these only by description; field names follow Bird's naming style.
    spam: z.boolean().nullish(),
    spamReason: zText,
    hasDraft: z.boolean().nullish(),
  }),
);

/** Channel (`GET /workspaces/{ws}/channels/{id}`): `platformId` says sms, whatsapp, email… */
export const zChannel = withRaw(
  z.object({
    id: zUuid,
    platformId: z.string(),
    name: zText,
    connectorId: zText,
    identifier: zText,
    status: zText,
  }),
);

/** Bird's paginated list wrapper; the legacy shape has `results` only. */
function zList<T extends z.ZodType>(item: T) {
  return z.object({
    results: z.array(item),
    nextPageToken: zText,
    total: z.number().int().min(0).nullish(),
    totalType: zText,
  });
}

export const zMessageList = zList(zMessage);
export const zParticipantList = zList(zParticipant);
export const zConversationList = zList(zConversation);

/** Error body, as far as known: `{"code":"NotFound","message":"…"}`. */
const zError = z.object({ code: z.string().max(80).optional(), message: z.string().optional() });

export type BirdConversationWire = z.infer<typeof zConversation>;
export type BirdLastMessageWire = z.infer<typeof zLastMessage>;
export type BirdMessageWire = z.infer<typeof zMessage>;
export type BirdParticipantWire = z.infer<typeof zParticipant>;
export type BirdRecipientWire = z.infer<typeof zRecipient>;
export type BirdChannelWire = z.infer<typeof zChannel>;
export type BirdBodyWire = z.infer<typeof zBody>;
export type BirdList<T> = { results: T[]; nextPageToken?: string | null; total?: number | null; totalType?: string | null };

export const parseConversation = (body: unknown): BirdConversationWire => parseWire(zConversation, body, SLUG, 'conversation');
export const parseMessage = (body: unknown): BirdMessageWire => parseWire(zMessage, body, SLUG, 'message');
export const parseParticipant = (body: unknown): BirdParticipantWire => parseWire(zParticipant, body, SLUG, 'participant');
export const parseChannel = (body: unknown): BirdChannelWire => parseWire(zChannel, body, SLUG, 'channel');
export const parseMessageList = (body: unknown): BirdList<BirdMessageWire> => parseWire(zMessageList, body, SLUG, 'message list');
export const parseParticipantList = (body: unknown): BirdList<BirdParticipantWire> =>
  parseWire(zParticipantList, body, SLUG, 'participant list');
export const parseConversationList = (body: unknown): BirdList<BirdConversationWire> =>
  parseWire(zConversationList, body, SLUG, 'conversation list');

/** The error `code` as a reference safe to show (no message: it may echo request data). */
export function birdErrorRef(body: unknown): string | undefined {
  const parsed = zError.safeParse(body);
  return parsed.success ? parsed.data.code : undefined;
}
