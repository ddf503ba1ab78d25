import { z } from 'zod';
import type { Tolerant } from '../../../kit/tolerant';
import { zDateTime, zJsonObject, zScalarText } from '../../../kit/wire';
import { readBird, readList, withRaw, zItemId, zLooseText, zText, zUuid, type BirdList } from './common.wire';
import { zParticipant, zRecipient } from './participant.wire';

/** Message body: `text` and `html` are read; other types (image, file, list…) stay in `body`. */
const zBody = z.object({
  type: zLooseText,
  text: z.object({ text: zText, attachments: z.array(z.unknown()).nullish() }).nullish(),
  html: z.object({ text: zText, html: zText, attachments: z.array(z.unknown()).nullish() }).nullish(),
  image: z.object({ images: z.array(z.unknown()).nullish() }).nullish(),
  file: z.object({ files: z.array(z.unknown()).nullish() }).nullish(),
});

/**
 * `failure` of a failed message (Channels API docs, message failure codes): a channel-agnostic
 * `code` (15005) and the platform's own `source` name and code.
 */
const zFailure = z.object({
  code: zScalarText.nullish(),
  source: z.object({ name: zText, code: zScalarText.nullish() }).nullish(),
});

/** Full message (list item and `GET …/messages/{id}`). */
export const zMessage = withRaw(
  z.object({
    id: zItemId,
    conversationId: zUuid.nullish(),
    reference: zText,
    sender: zParticipant.nullish(),
    draft: z.boolean().nullish(),
    recipients: z.array(zRecipient).nullish(),
    status: zLooseText,
    source: zText,
    // Documented as a string ("details: …; reason: …; code: 1"); objects and codes are read too.
    reason: z.unknown().optional(),
    details: zText,
    failure: zFailure.nullish(),
    body: zBody.nullish(),
    template: zJsonObject.nullish(),
    interactions: z.array(zJsonObject).nullish(),
    meta: zJsonObject.nullish(),
    receiverTypes: z.array(z.string()).nullish(),
    createdAt: zDateTime.nullish(),
    updatedAt: zDateTime.nullish(),
  }),
);

/** The conversation's `lastMessage`: a preview, not the full message. */
export const zLastMessage = withRaw(
  z.object({
    id: zItemId,
    type: zLooseText,
    preview: z.object({ text: zText }).nullish(),
    recipients: z.array(zRecipient).nullish(),
    status: zLooseText,
    sender: zParticipant.nullish(),
    createdAt: zDateTime.nullish(),
  }),
);

export type BirdMessageWire = z.infer<typeof zMessage>;
export type BirdLastMessageWire = z.infer<typeof zLastMessage>;
export type BirdBodyWire = z.infer<typeof zBody>;
export type BirdFailureWire = z.infer<typeof zFailure>;

export const parseMessage = (body: unknown): Tolerant<BirdMessageWire> => readBird(zMessage, body, 'message');
export const parseMessageList = (body: unknown): BirdList<BirdMessageWire> => readList(zMessage, body, 'message');
