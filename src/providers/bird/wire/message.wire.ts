import { z } from 'zod';
import { parseWire, zDateTime, zJsonObject } from '../../../kit/wire';
import { BIRD } from '../identity';
import { withRaw, zItemId, zList, zText, zUuid, type BirdList } from './common.wire';
import { zParticipant, zRecipient } from './participant.wire';

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

const zMessageList = zList(zMessage);

export type BirdMessageWire = z.infer<typeof zMessage>;
export type BirdLastMessageWire = z.infer<typeof zLastMessage>;
export type BirdBodyWire = z.infer<typeof zBody>;

export const parseMessage = (body: unknown): BirdMessageWire => parseWire(zMessage, body, BIRD.slug, 'message');
export const parseMessageList = (body: unknown): BirdList<BirdMessageWire> => parseWire(zMessageList, body, BIRD.slug, 'message list');
