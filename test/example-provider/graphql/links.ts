import type { Unreadable } from '../../../src/kit/defects';
import type { PageRequest, PageResult } from '../../../src/kit/paging/request';
import type { LinkIO } from '../../../src/kit/link-io';
import type { Message } from '../../../src/schema/message.interface';
import type { ExampleConversation } from './conversation.type';

/**
 * What the GraphQL classes call to follow their links. `api/links.ts` implements it and the
 * mapper hands it to each conversation, so the classes never import fetch code.
 */
export interface ExampleLinks {
  messages(conversation: ExampleConversation, request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>>;
}
