import { ErrorCode } from '../../../errors/error-codes';
import { isParleyError } from '../../../errors/parley-error';
import type { LinkIO } from '../../../kit/link-io';
import { EMAIL_STYLE } from '../mapping/channel.mapper';
import { parseChannel, type BirdChannelWire } from '../wire/channel.wire';
import type { BirdConversationWire } from '../wire/conversation.wire';
import { birdPaths } from './paths';

/** Reads one channel through the request's loader (at most one request per channel and operation). */
export async function fetchChannel(io: LinkIO, workspaceId: string, channelId: string): Promise<BirdChannelWire> {
  return parseChannel((await io.get(birdPaths.channel(workspaceId, channelId))).body);
}

/**
 * The channel a conversation's common `channel` needs, or null. Lookahead: fetched only when
 * the operation reads `channel` or `rawChannel` and `platformStyle` alone cannot answer. A key
 * without permission to view channels (403) or a vanished channel (404) leaves the medium
 * UNKNOWN rather than failing the whole conversation.
 */
export async function channelFor(wire: BirdConversationWire, workspaceId: string, io: LinkIO): Promise<BirdChannelWire | null> {
  if (wire.platformStyle === EMAIL_STYLE || !wire.channelId) return null;
  // Without lookahead (the benchmark's naive baseline) the channel may be read: fetch it.
  if (io.lookahead && !io.selects('BirdConversation', 'channel') && !io.selects('BirdConversation', 'rawChannel')) return null;
  try {
    return await fetchChannel(io, workspaceId, wire.channelId);
  } catch (error) {
    if (isParleyError(error) && (error.code === ErrorCode.FORBIDDEN || error.code === ErrorCode.NOT_FOUND)) return null;
    throw error;
  }
}
