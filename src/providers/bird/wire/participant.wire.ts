import { z } from 'zod';
import { parseWire } from '../../../kit/wire';
import { BIRD } from '../identity';
import { withRaw, zItemId, zList, zText, type BirdList } from './common.wire';

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

const zParticipantList = zList(zParticipant);

export type BirdParticipantWire = z.infer<typeof zParticipant>;
export type BirdRecipientWire = z.infer<typeof zRecipient>;

export const parseParticipant = (body: unknown): BirdParticipantWire => parseWire(zParticipant, body, BIRD.slug, 'participant');
export const parseParticipantList = (body: unknown): BirdList<BirdParticipantWire> =>
  parseWire(zParticipantList, body, BIRD.slug, 'participant list');
