import { badResponse } from '../../../errors/parley-error';
import type { LinkIO } from '../../../kit/link-io';
import type { Tolerant } from '../../../kit/tolerant';
import { BIRD } from '../identity';
import { parseConversation, type BirdConversationWire } from '../wire/conversation.wire';
import { parseMessage, type BirdMessageWire } from '../wire/message.wire';
import { parseParticipant, type BirdParticipantWire } from '../wire/participant.wire';
import type { BirdItemRef, BirdRef } from './keys';
import { birdPaths } from './paths';

/**
 * An answer for one id that carries another is not the object asked for (a misrouted or
 * cached response): PROVIDER_BAD_RESPONSE naming both. UUIDs compare case-insensitively.
 */
export function checkIdentity(what: string, asked: string, got: string): void {
  if (got.toLowerCase() !== asked.toLowerCase()) throw badResponse(BIRD.slug, `asked for ${what} ${asked}, got ${got}`);
}

/** One conversation, checked to be the one asked for. */
export async function fetchConversation(io: LinkIO, ref: BirdRef): Promise<Tolerant<BirdConversationWire>> {
  const read = parseConversation((await io.get(birdPaths.conversation(ref))).body);
  checkIdentity('conversation', ref.conversationId, read.wire.id);
  return read;
}

/** One message (`fullMessage`, `node`), checked to be the one asked for. */
export async function fetchMessage(io: LinkIO, ref: BirdItemRef): Promise<Tolerant<BirdMessageWire>> {
  const read = parseMessage((await io.get(birdPaths.message(ref))).body);
  checkIdentity('message', ref.itemId, read.wire.id);
  return read;
}

/** One participant (`node`), checked to be the one asked for. */
export async function fetchParticipant(io: LinkIO, ref: BirdItemRef): Promise<Tolerant<BirdParticipantWire>> {
  const read = parseParticipant((await io.get(birdPaths.participant(ref))).body);
  checkIdentity('participant', ref.itemId, read.wire.id);
  return read;
}
