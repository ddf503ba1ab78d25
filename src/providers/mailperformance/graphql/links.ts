import type { Unreadable } from '../../../kit/defects';
import type { LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import type { Message } from '../../../schema/message.interface';
import type { MailPerformanceAction } from './action.type';
import type { MailPerformanceTarget } from './target.type';

/**
 * How the GraphQL types follow MailPerformance's links (`target`, `actionId`) and page a
 * message's events. `api/links.ts` implements it and the mapper hands it to each instance, so
 * the types never build a path or a cursor.
 */
export interface MailPerformanceLinks {
  /** `GET /targets/{id}` through the request's loader: fetched at most once per operation. */
  target(targetId: string, io: LinkIO): Promise<MailPerformanceTarget>;
  /** `GET /actions/{id}` through the request's loader: shared with the `subject` lookahead. */
  action(actionId: string, io: LinkIO): Promise<MailPerformanceAction>;
  /** One window of a message's events, which the message body already holds in full (no request). */
  events(messageId: string, events: readonly (Message | Unreadable)[], request: PageRequest, io: LinkIO): PageResult<Message | Unreadable>;
}
