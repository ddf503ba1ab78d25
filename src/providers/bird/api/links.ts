import { Unreadable } from '../../../kit/defects';
import { MAX_PAGE_SIZE } from '../../../kit/paging/request';
import { walkPages } from '../../../kit/paging/walk';
import { readWindow } from '../../../kit/paging/window';
import type { Tolerant } from '../../../kit/tolerant';
import type { BirdLinks } from '../graphql/links';
import type { BirdMessage } from '../graphql/message.type';
import { BIRD } from '../identity';
import { toChannel } from '../mapping/channel.mapper';
import { toMessage } from '../mapping/message.mapper';
import { readParticipant, uniqueById } from '../mapping/participant.mapper';
import type { BirdScope } from '../mapping/scope.mapper';
import type { BirdParticipantWire } from '../wire/participant.wire';
import { parseParticipantList } from '../wire/participant.wire';
import { fetchChannel } from './channel';
import { fetchMessage } from './items';
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
        if (node instanceof Unreadable) return { node, cursor };
        io.prime(birdPaths.message({ ...ref, itemId: node.wire.id }), node.raw);
        return { node: toMessage(node, ref, scope), cursor };
      });
      return { ...page, items };
    },

    // One list call serves every participant field; `featuredParticipants` is only a subset.
    async participants(ref, io) {
      const walked = await walkPages(io, BIRD.slug, birdPaths.participants(ref, null, MAX_PAGE_SIZE), (response) => {
        const page = parseParticipantList(response.body);
        const next = page.nextPageToken ? io.resolve(birdPaths.participants(ref, page.nextPageToken, MAX_PAGE_SIZE)).href : null;
        // A participant without a readable id cannot be a node of a non-null list: it is left out.
        const items = page.results.filter((item): item is Tolerant<BirdParticipantWire> => !(item instanceof Unreadable));
        return { items, next };
      });
      for (const read of walked.items) io.prime(birdPaths.participant({ ...ref, itemId: read.wire.id }), read.raw);
      return uniqueById(walked.items.map((read) => readParticipant(read, ref, scope)));
    },

    async channel(workspaceId, channelId, io) {
      return toChannel(await fetchChannel(io, workspaceId, channelId), workspaceId, scope);
    },

    async fullMessage(ref, io) {
      return toMessage(await fetchMessage(io, ref), ref, scope);
    },
  };
  const scope: BirdScope = { defaultWorkspace, links };
  return scope;
}
