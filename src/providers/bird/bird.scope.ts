import type { Context } from '../../context';
import type { Message } from '../../schema/message.interface';
import type { Participant } from '../../schema/participant.interface';
import type { PageRequest, PageResult } from '../../schema/paging';
import type { ProviderIO } from '../adapter';
import type { BirdChannel } from './bird-objects.type';
import type { BirdConversation } from './bird-conversation.type';
import type { BirdMessage } from './bird-message.type';
import { SLUG } from './bird.keys';

/**
 * What the GraphQL classes need to follow their links. Built once per connected client and
 * handed to every mapped object, so the classes never import the fetching code (dependencies
 * flow one way: config → links → mapper → types).
 */
export interface BirdLinks {
  messages(conversation: BirdConversation, request: PageRequest, io: ProviderIO): Promise<PageResult<Message>>;
  participants(conversation: BirdConversation, io: ProviderIO): Promise<Participant[]>;
  channel(conversation: BirdConversation, io: ProviderIO): Promise<BirdChannel | null>;
  fullMessage(message: BirdMessage, io: ProviderIO): Promise<BirdMessage>;
}

/** Per-client facts the mapper and the classes share. */
export interface BirdScope {
  /** Lower-case UUID from BIRD_WORKSPACE_ID, when configured. */
  readonly defaultWorkspace: string | undefined;
  readonly links: BirdLinks;
}

/** This request's Bird IO, for field resolvers. */
export function birdIo(ctx: Context): ProviderIO {
  return ctx.loaders.io(ctx.gateway.get(SLUG));
}
