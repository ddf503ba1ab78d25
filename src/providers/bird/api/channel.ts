import { isParleyError } from '../../../errors/parley-error';
import type { LinkIO } from '../../../kit/link-io';
import type { Tolerant } from '../../../kit/tolerant';
import { EMAIL_STYLE } from '../mapping/channel.mapper';
import { parseChannel, type BirdChannelWire } from '../wire/channel.wire';
import type { BirdConversationWire } from '../wire/conversation.wire';
import { checkIdentity } from './items';
import { birdPaths } from './paths';

/** Reads one channel through the request's loader (at most one request per channel and operation). */
export async function fetchChannel(io: LinkIO, workspaceId: string, channelId: string): Promise<Tolerant<BirdChannelWire>> {
  const read = parseChannel((await io.get(birdPaths.channel(workspaceId, channelId))).body);
  checkIdentity('channel', channelId, read.wire.id);
  return read;
}

/**
 * The channel a conversation's common `channel` needs, or null. Lookahead: fetched only when
 * the operation reads `channel` or `rawChannel` and `platformStyle` alone cannot answer. A key
 * without permission to view channels (403), a vanished channel (404) or any other failure
 * leaves the medium UNKNOWN rather than failing the whole conversation.
 */
export async function channelFor(wire: BirdConversationWire, workspaceId: string, io: LinkIO): Promise<BirdChannelWire | null> {
  if (wire.platformStyle === EMAIL_STYLE || !wire.channelId) return null;
  // Without lookahead (the benchmark's naive baseline) the channel may be read: fetch it.
  if (io.lookahead && !io.selects('BirdConversation', 'channel') && !io.selects('BirdConversation', 'rawChannel')) return null;
  try {
    return (await fetchChannel(io, workspaceId, wire.channelId)).wire;
  } catch (error) {
    // The medium is a non-null enum on the conversation: a channel that cannot be read leaves it
    // UNKNOWN instead of costing the conversation (`channelInfo` still reports its own error).
    if (isParleyError(error)) return null;
    throw error;
  }
}
