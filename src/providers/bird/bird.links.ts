import { MAX_PAGE_SIZE } from '../../schema/paging';
import { walkPages } from '../shared/pages';
import { birdPaths, fetchChannel } from './bird.client';
import { SLUG } from './bird.keys';
import { toChannel } from './bird.mapper';
import { readWindow } from './bird.paging';
import type { BirdLinks } from './bird.scope';
import { parseMessage, parseMessageList, parseParticipantList } from './bird.wire';
import { toMessage, toParticipant, uniqueById } from './bird-message.mapper';

/**
 * How Bird objects follow their links. Every request goes through the operation's resource
 * loader, so each URL is read at most once per operation; list items are full objects, so they
 * are primed under their own URL and a later `node(id:)` or `fullMessage` costs nothing.
 */
export function createBirdLinks(): BirdLinks {
  return {
    async messages(conversation, request, io) {
      const { ref, scope } = conversation;
      const source = { url: (token: string | null, limit: number) => birdPaths.messages(ref, token, limit), parse: parseMessageList };
      const window = await readWindow(io, source, request);
      const items = window.items.map(({ wire, cursor }) => {
        io.prime(birdPaths.message({ ...ref, itemId: wire.id }), wire.raw);
        return { node: toMessage(wire, ref, scope), cursor };
      });
      return { items, hasNextPage: window.hasNextPage, totalCount: window.total };
    },

    // One list call serves every participant field; `featuredParticipants` is only a subset.
    async participants(conversation, io) {
      const { ref, scope } = conversation;
      const walked = await walkPages(io, SLUG, birdPaths.participants(ref, null, MAX_PAGE_SIZE), (response) => {
        const page = parseParticipantList(response.body);
        const next = page.nextPageToken ? io.resolve(birdPaths.participants(ref, page.nextPageToken, MAX_PAGE_SIZE)).href : null;
        return { items: page.results, next };
      });
      for (const wire of walked.items) io.prime(birdPaths.participant({ ...ref, itemId: wire.id }), wire.raw);
      return uniqueById(walked.items.map((wire) => toParticipant(wire, ref, scope)));
    },

    async channel(conversation, io) {
      if (conversation.channelId === null) return null;
      return toChannel(await fetchChannel(io, conversation.workspaceId, conversation.channelId));
    },

    async fullMessage(message, io) {
      const response = await io.get(birdPaths.message(message.ref));
      return toMessage(parseMessage(response.body), message.ref, message.scope);
    },
  };
}
