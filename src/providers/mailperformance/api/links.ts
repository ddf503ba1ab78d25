import type { LinkIO } from '../../../kit/link-io';
import { listWindow } from '../../../kit/paging/window';
import type { Message } from '../../../schema/message.interface';
import type { MailPerformanceLinks } from '../graphql/links';
import { MAILPERFORMANCE } from '../identity';
import { mapAction } from '../mapping/action.mapper';
import { mapTarget } from '../mapping/target.mapper';
import { parseAction } from '../wire/action.wire';
import { parseTarget, type TargetFieldMap } from '../wire/target.wire';
import { eventPages } from './pages';
import { mailPerformancePaths } from './paths';

/**
 * The fetch code behind the GraphQL types' links. Every request goes through the operation's
 * resource loader, so a target or action is read at most once per operation however many
 * fields (and the `subject` lookahead) follow it.
 */
export function createMailPerformanceLinks(targetFields: TargetFieldMap): MailPerformanceLinks {
  return {
    async target(targetId: string, io: LinkIO) {
      return mapTarget(parseTarget((await io.get(mailPerformancePaths.target(targetId))).body), targetFields);
    },

    async action(actionId: string, io: LinkIO) {
      return mapAction(parseAction((await io.get(mailPerformancePaths.action(actionId))).body));
    },

    events(messageId, events, request, io) {
      const pages = eventPages(io.baseUrl, messageId);
      return listWindow<Message>(io, MAILPERFORMANCE.slug, pages, pages.address, events, request);
    },
  };
}
