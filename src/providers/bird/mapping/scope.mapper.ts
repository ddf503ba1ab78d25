import { displayItemKey, displayKey, type BirdRef } from '../api/keys';
import type { BirdLinks } from '../graphql/links';
import type { BirdMessage } from '../graphql/message.type';
import { BIRD } from '../identity';

/** Per-client facts every mapper needs: the default workspace (short ids) and the links objects follow. */
export interface BirdScope {
  /** Lower-case UUID from BIRD_WORKSPACE_ID, when configured. */
  readonly defaultWorkspace: string | undefined;
  readonly links: BirdLinks<BirdMessage>;
}

/** Global id of a conversation: short in the default workspace, long elsewhere. */
export const conversationNodeId = (ref: BirdRef, scope: BirdScope): string => `${BIRD.slug}:${displayKey(ref, scope.defaultWorkspace)}`;

/** Global id of channel `channelId` of workspace `workspaceId` (channel ids are UUIDs: lower case, like conversation keys). */
export const channelNodeId = (workspaceId: string, channelId: string, scope: BirdScope): string =>
  `${BIRD.slug}:channel:${displayKey({ workspaceId, conversationId: channelId.toLowerCase() }, scope.defaultWorkspace)}`;

/** Global id of a message or participant of conversation `ref`. */
export const itemNodeId = (kind: 'message' | 'participant', ref: BirdRef, id: string, scope: BirdScope): string =>
  `${BIRD.slug}:${kind}:${displayItemKey({ ...ref, itemId: id }, scope.defaultWorkspace)}`;
