import { z } from 'zod';
import type { Tolerant } from '../../../kit/tolerant';
import { zDateTime } from '../../../kit/wire';
import { readBird, readList, withRaw, zLooseText, zText, zUuid, type BirdList } from './common.wire';
import { zLastMessage } from './message.wire';
import { zParticipant } from './participant.wire';

/** Conversation (`GET …/conversations/{id}` and list items). */
export const zConversation = withRaw(
  z.object({
    id: zUuid,
    name: zText,
    description: zText,
    status: zLooseText,
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
    platformStyle: zLooseText,
    summary: zText,
    // The seed names these only by description; field names follow Bird's naming style.
    spam: z.boolean().nullish(),
    spamReason: zText,
    hasDraft: z.boolean().nullish(),
  }),
);

export type BirdConversationWire = z.infer<typeof zConversation>;

export const parseConversation = (body: unknown): Tolerant<BirdConversationWire> => readBird(zConversation, body, 'conversation');
export const parseConversationList = (body: unknown): BirdList<BirdConversationWire> => readList(zConversation, body, 'conversation');
