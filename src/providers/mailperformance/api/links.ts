import { badResponse } from '../../../errors/parley-error';
import type { LinkIO } from '../../../kit/link-io';
import { listWindow } from '../../../kit/paging/window';
import type { MailPerformanceLinks } from '../graphql/links';
import { MAILPERFORMANCE } from '../identity';
import { mapAction } from '../mapping/action.mapper';
import { mapTarget } from '../mapping/target.mapper';
import { readAction } from '../wire/action.wire';
import { readTarget, type TargetFieldMap } from '../wire/target.wire';
import { eventPages } from './pages';
import { mailPerformancePaths } from './paths';

/** An answer for another resource than the one asked for is not that resource: refused, never shown under the wrong id. */
export function sameId(what: string, asked: string, got: string): void {
  if (got !== asked) throw badResponse(MAILPERFORMANCE.slug, `asked for ${what} ${asked}, got ${got}`);
}

/**
 * The fetch code behind the GraphQL types' links. Every request goes through the operation's
 * resource loader, so a target or action is read at most once per operation however many
 * fields (and the `subject` lookahead) follow it.
 */
export function createMailPerformanceLinks(targetFields: TargetFieldMap): MailPerformanceLinks {
  return {
    async target(targetId: string, io: LinkIO) {
      const read = readTarget((await io.get(mailPerformancePaths.target(targetId))).body);
      sameId('target', targetId, read.wire.id);
      return mapTarget(read, targetFields);
    },

    async action(actionId: string, io: LinkIO) {
      const read = readAction((await io.get(mailPerformancePaths.action(actionId))).body);
      sameId('action', actionId, read.wire.id);
      return mapAction(read);
    },

    events(messageId, events, request, io) {
      const pages = eventPages(io.baseUrl, messageId);
      return listWindow(io, MAILPERFORMANCE.slug, pages, pages.address, events, request);
    },
  };
}
