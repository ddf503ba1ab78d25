import type { Unreadable } from '../../../kit/defects';
import type { LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import type { Message } from '../../../schema/message.interface';
import type { Participant } from '../../../schema/participant.interface';
import type { BirdItemRef, BirdRef } from '../api/keys';
import type { BirdChannel } from './channel.type';

/**
 * How Bird objects follow their links: implemented in `api/links.ts`, handed to every object by
 * the mapper, called with the request's IO. The classes never import the fetching code.
 *
 * `M` is the type `fullMessage` answers with (the Bird message class): a parameter rather than
 * an import, so the message class can hold these links without an import cycle.
 */
export interface BirdLinks<M> {
  messages(ref: BirdRef, request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>>;
  /** Everyone in the conversation (the featured participants are only a subset). */
  participants(ref: BirdRef, io: LinkIO): Promise<Participant[]>;
  channel(workspaceId: string, channelId: string, io: LinkIO): Promise<BirdChannel>;
  fullMessage(ref: BirdItemRef, io: LinkIO): Promise<M>;
}
