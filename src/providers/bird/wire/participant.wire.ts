import { z } from 'zod';
import type { Tolerant } from '../../../kit/tolerant';
import { readBird, readList, withRaw, zItemId, zLooseText, zText, type BirdList } from './common.wire';

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
    // Bird adds participant types over time (bot, connector…): any value is data, never an error.
    type: zLooseText,
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

export type BirdParticipantWire = z.infer<typeof zParticipant>;
export type BirdRecipientWire = z.infer<typeof zRecipient>;

export const parseParticipant = (body: unknown): Tolerant<BirdParticipantWire> => readBird(zParticipant, body, 'participant');
export const parseParticipantList = (body: unknown): BirdList<BirdParticipantWire> => readList(zParticipant, body, 'participant');
