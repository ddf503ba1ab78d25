import { MAX_PAGE_SIZE } from '../../../kit/paging/request';
import { walkPages } from '../../../kit/paging/walk';
import { readWindow } from '../../../kit/paging/window';
import type { BirdLinks } from '../graphql/links';
import type { BirdMessage } from '../graphql/message.type';
import { BIRD } from '../identity';
import { toChannel } from '../mapping/channel.mapper';
import { toMessage } from '../mapping/message.mapper';
import { toParticipant, uniqueById } from '../mapping/participant.mapper';
import type { BirdScope } from '../mapping/scope.mapper';
import { parseMessage } from '../wire/message.wire';
import { parseParticipantList } from '../wire/participant.wire';
import { fetchChannel } from './channel';
import { messagesReader } from './pages';
import { birdPaths } from './paths';

/**
 * The scope of one connected client: its default workspace and how Bird objects follow their
 * links. Every request goes through the operation's resource loader, so each URL is read at
 * most once per operation; list items are full objects, so they are primed under their own URL
 * and a later `node(id:)` or `fullMessage` costs nothing.
 */
export function createBirdScope(defaultWorkspace: string | undefined): BirdScope {
  const links: BirdLinks<BirdMessage> = {
    async messages(ref, request, io) {
      const page = await readWindow(io, BIRD.slug, messagesReader(io.baseUrl, ref, request.first), request);
      const items = page.items.map(({ node, cursor }) => {
        io.prime(birdPaths.message({ ...ref, itemId: node.id }), node.raw);
        return { node: toMessage(node, ref, scope), cursor };
      });
      return { ...page, items };
    },

    // One list call serves every participant field; `featuredParticipants` is only a subset.
    async participants(ref, io) {
      const walked = await walkPages(io, BIRD.slug, birdPaths.participants(ref, null, MAX_PAGE_SIZE), (response) => {
        const page = parseParticipantList(response.body);
        const next = page.nextPageToken ? io.resolve(birdPaths.participants(ref, page.nextPageToken, MAX_PAGE_SIZE)).href : null;
        return { items: page.results, next };
      });
      for (const wire of walked.items) io.prime(birdPaths.participant({ ...ref, itemId: wire.id }), wire.raw);
      return uniqueById(walked.items.map((wire) => toParticipant(wire, ref, scope)));
    },

    async channel(workspaceId, channelId, io) {
      return toChannel(await fetchChannel(io, workspaceId, channelId));
    },

    async fullMessage(ref, io) {
      return toMessage(parseMessage((await io.get(birdPaths.message(ref))).body), ref, scope);
    },
  };
  const scope: BirdScope = { defaultWorkspace, links };
  return scope;
}
