import { MAX_PAGE_SIZE } from '../../../kit/paging/request';
import type { BirdItemRef, BirdRef } from './keys';

const enc = encodeURIComponent;

/** Bird accepts `limit` from 1 to 100. */
export const pageLimit = (wanted: number): number => Math.min(MAX_PAGE_SIZE, Math.max(1, wanted));

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
  conversationList: (workspaceId: string): string => `workspaces/${enc(workspaceId)}/conversations`,
  conversations: (workspaceId: string, token: string | null, limit: number): string =>
    `${birdPaths.conversationList(workspaceId)}?${query(limit, token)}`,
  conversation: (ref: BirdRef): string => `${birdPaths.conversationList(ref.workspaceId)}/${enc(ref.conversationId)}`,
  messageList: (ref: BirdRef): string => `${birdPaths.conversation(ref)}/messages`,
  // `reverse=true` reads the oldest message first (Bird's default order is newest first).
  messages: (ref: BirdRef, token: string | null, limit: number): string => `${birdPaths.messageList(ref)}?${query(limit, token, true)}`,
  message: (ref: BirdItemRef): string => `${birdPaths.messageList(ref)}/${enc(ref.itemId)}`,
  participants: (ref: BirdRef, token: string | null, limit: number): string =>
    `${birdPaths.conversation(ref)}/participants?${query(limit, token)}`,
  participant: (ref: BirdItemRef): string => `${birdPaths.conversation(ref)}/participants/${enc(ref.itemId)}`,
  channel: (workspaceId: string, channelId: string): string => `workspaces/${enc(workspaceId)}/channels/${enc(channelId)}`,
};
