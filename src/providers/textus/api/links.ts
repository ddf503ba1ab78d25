import type { TextUsLinks } from '../graphql/links';
import { peopleRefOf } from '../mapping/conversation.mapper';
import { parseConversation } from '../wire/conversation.wire';
import { assignments, contacts, everyone, fetchUser, userInfo, users } from './people';
import { textUsPaths } from './paths';
import { fetchItem, fetchTimeline, firstTimelinePage, newestMessage, timelineWindow } from './timeline';

/**
 * How TextUs objects follow their links. Every request goes through the operation's resource
 * loader, so each URL is read at most once per operation and embedded objects (primed by the
 * client) cost nothing.
 */
export function createTextUsLinks(): TextUsLinks {
  const links: TextUsLinks = {
    messages: (timeline, request, io) => timelineWindow(links, timeline, request, io),
    timeline: (timeline, io) => fetchTimeline(links, timeline, io),
    firstTimelinePage: (timeline, io) => firstTimelinePage(links, timeline, io),
    newestMessage: (timeline, io) => newestMessage(links, timeline, io),
    item: (link, people, io) => fetchItem(links, link, people, io),
    contacts,
    users,
    everyone,
    assignments: (ref, io) => assignments(ref, io, links),
    userInfo,
    user: (link, io) => fetchUser(io, link),

    // The same GET the client makes for the conversation, so a conversation already read in this
    // operation costs no request here (an alias is primed under its body's slug too).
    async contactOf(conversationKey, io) {
      const response = await io.get(textUsPaths.conversation(conversationKey));
      const { wire, defects } = parseConversation(response.body);
      const page = await contacts(peopleRefOf(wire, defects), io);
      return page.members[0] ?? null;
    },
  };
  return links;
}
