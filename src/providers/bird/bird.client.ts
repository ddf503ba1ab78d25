import { ErrorCode } from '../../errors/error-codes';
import { badUserInput, isParleyError, unsupported } from '../../errors/parley-error';
import type { HttpClient } from '../../http/http-client';
import type { CommonConversation } from '../../schema/conversation.interface';
import type { Node } from '../../schema/node.interface';
import type { PageRequest, PageResult } from '../../schema/paging';
import type { ProviderClient, ProviderIO } from '../adapter';
import { canonicalKey, parseConversationKey, parseItemKey, SLUG, WORKSPACE_VAR, type BirdItemRef, type BirdRef } from './bird.keys';
import { toConversation } from './bird.mapper';
import { readWindow } from './bird.paging';
import type { BirdScope } from './bird.scope';
import { EMAIL_STYLE } from './bird.tables';
import {
  parseChannel, parseConversation, parseConversationList, parseMessage, parseParticipant,
  type BirdChannelWire, type BirdConversationWire,
} from './bird.wire';
import { toMessage, toParticipant } from './bird-message.mapper';

const enc = encodeURIComponent;

function query(limit: number, token: string | null, reverse = false): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (reverse) params.set('reverse', 'true');
  if (token !== null) params.set('pageToken', token);
  return params.toString();
}

/**
 * Every Bird path Parley requests, relative to the base URL (so a base URL with a path prefix
 * keeps it). Ids are always URL-encoded, even though parsing already limits them to UUIDs.
 */
export const birdPaths = {
  conversations: (workspaceId: string, token: string | null, limit: number): string =>
    `workspaces/${enc(workspaceId)}/conversations?${query(limit, token)}`,
  conversation: (ref: BirdRef): string => `workspaces/${enc(ref.workspaceId)}/conversations/${enc(ref.conversationId)}`,
  // `reverse=true` reads the oldest message first (Bird's default order is newest first).
  messages: (ref: BirdRef, token: string | null, limit: number): string =>
    `${birdPaths.conversation(ref)}/messages?${query(limit, token, true)}`,
  message: (ref: BirdItemRef): string => `${birdPaths.conversation(ref)}/messages/${enc(ref.itemId)}`,
  participants: (ref: BirdRef, token: string | null, limit: number): string =>
    `${birdPaths.conversation(ref)}/participants?${query(limit, token)}`,
  participant: (ref: BirdItemRef): string => `${birdPaths.conversation(ref)}/participants/${enc(ref.itemId)}`,
  channel: (workspaceId: string, channelId: string): string => `workspaces/${enc(workspaceId)}/channels/${enc(channelId)}`,
};

/** Reads one channel through the request's loader (at most one request per channel and operation). */
export async function fetchChannel(io: ProviderIO, workspaceId: string, channelId: string): Promise<BirdChannelWire> {
  return parseChannel((await io.get(birdPaths.channel(workspaceId, channelId))).body);
}

/** Node kinds of `bird:<kind>:<key>` ids. */
export const NODE_KINDS = ['message', 'participant'] as const;

/** The connected Bird client: key parsing, conversations, listing and nodes. */
export class BirdClient implements ProviderClient {
  constructor(
    readonly http: HttpClient,
    private readonly scope: BirdScope,
  ) {}

  parseKey(key: string): string {
    return canonicalKey(parseConversationKey(key, this.scope.defaultWorkspace));
  }

  async fetchConversation(key: string, io: ProviderIO): Promise<CommonConversation> {
    const ref = parseConversationKey(key, this.scope.defaultWorkspace);
    const wire = parseConversation((await io.get(birdPaths.conversation(ref))).body);
    return toConversation(wire, ref.workspaceId, this.scope, await this.channelFor(wire, ref.workspaceId, io));
  }

  get canList(): boolean {
    return this.scope.defaultWorkspace !== undefined;
  }

  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation>> {
    const workspaceId = this.scope.defaultWorkspace;
    if (workspaceId === undefined) throw unsupported(SLUG, `Listing Bird conversations needs ${WORKSPACE_VAR}`);
    const source = { url: (token: string | null, limit: number) => birdPaths.conversations(workspaceId, token, limit), parse: parseConversationList };
    const window = await readWindow(io, source, request);
    const items = await Promise.all(
      window.items.map(async ({ wire, cursor }) => {
        const node = toConversation(wire, workspaceId, this.scope, await this.channelFor(wire, workspaceId, io));
        io.primeConversation(canonicalKey(node.ref), node);
        return { node, cursor };
      }),
    );
    return { items, hasNextPage: window.hasNextPage, totalCount: window.total };
  }

  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    if (kind === 'message') {
      const ref = parseItemKey(key, this.scope.defaultWorkspace);
      return toMessage(parseMessage((await io.get(birdPaths.message(ref))).body), ref, this.scope);
    }
    if (kind === 'participant') {
      const ref = parseItemKey(key, this.scope.defaultWorkspace);
      return toParticipant(parseParticipant((await io.get(birdPaths.participant(ref))).body), ref, this.scope);
    }
    throw badUserInput(`Bird has no node of kind "${kind.slice(0, 40)}" (expected ${NODE_KINDS.join(' or ')})`, SLUG);
  }

  /**
   * Lookahead: the channel's platform is fetched only when the operation reads `channel` or
   * `rawChannel` and `platformStyle` alone cannot answer. A key without permission to view
   * channels (403) or a vanished channel (404) leaves the medium UNKNOWN rather than failing
   * the whole conversation.
   */
  private async channelFor(wire: BirdConversationWire, workspaceId: string, io: ProviderIO): Promise<BirdChannelWire | null> {
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
}
