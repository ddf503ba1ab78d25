import type { Unreadable } from '../../../kit/defects';
import type { LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import type { Message } from '../../../schema/message.interface';
import type { LinkRef } from '../api/keys';
import type { HelpScoutCustomerProfile, HelpScoutMailbox, HelpScoutUserProfile } from './profile.type';

/** What a conversation tells the thread reader (the conversation type satisfies it). */
export interface ThreadSource {
  readonly nativeId: string;
  readonly threadCount: number | null;
  /** Every thread as sent, newest first, when the response embedded all of them (`embed=threads`). */
  readonly embeddedThreads: readonly unknown[] | null;
  readonly threadsLink: LinkRef;
}

/**
 * How Help Scout objects follow their links, with the request's IO. `api/links.ts` implements it
 * and the mapper hands it to every object, so the GraphQL classes never import fetching code.
 */
export interface HelpScoutLinks {
  /** Threads oldest first, from the embedded list or the threads endpoint; a thread without a readable id keeps its edge. */
  messages(conversation: ThreadSource, request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>>;
  /** The newest thread, or null for a conversation without threads. */
  lastMessage(conversation: ThreadSource, io: LinkIO): Promise<Message | null>;
  mailbox(ref: LinkRef, io: LinkIO): Promise<HelpScoutMailbox>;
  customerProfile(ref: LinkRef, io: LinkIO): Promise<HelpScoutCustomerProfile>;
  userProfile(ref: LinkRef, io: LinkIO): Promise<HelpScoutUserProfile>;
}
