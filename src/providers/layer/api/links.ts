import { badResponse } from '../../../errors/parley-error';
import { Unreadable } from '../../../kit/defects';
import type { LinkIO } from '../../../kit/link-io';
import { readWindow } from '../../../kit/paging/window';
import type { LayerLinks, LayerScope, MessageSource, ParticipantField } from '../graphql/links';
import { IDENTITY_PROFILE_FIELDS } from '../graphql/participant.type';
import { LAYER } from '../identity';
import { mapLayerMessage } from '../mapping/message.mapper';
import { mapLayerSystemSender } from '../mapping/participant.mapper';
import { parseLayerMessageList } from '../wire/message.wire';
import type { LayerSettings } from './keys';
import { LAYER_PAGE_SIZE, messagesReader } from './pages';
import { conversationPath, messagesPage } from './paths';
import { readConversation, readIdentity } from './resources';

/**
 * True when the operation reads anything of a participant beyond its id. Without lookahead (the
 * benchmark's naive policy) the answer must be yes: a missing profile would be wrong data, not
 * waste. `via` is the field being resolved, kept for the call sites' readability.
 */
export function needsIdentityProfile(io: LinkIO, _via: ParticipantField): boolean {
  if (!io.lookahead) return true;
  return IDENTITY_PROFILE_FIELDS.some((field) => io.selects('LayerIdentity', field));
}

/**
 * `messages_url` as a link on the provider's origins; without one, the documented messages path
 * of the conversation in the perspective it was read in.
 */
function messagesUrlOf(settings: LayerSettings, conversation: MessageSource, io: LinkIO): URL {
  if (conversation.messagesUrl !== null) return io.resolve(conversation.messagesUrl);
  return io.resolve(`${conversationPath(settings, conversation.nativeId, conversation.perspectiveUserId)}/messages`);
}

/**
 * The fetch code behind the Layer classes' link fields, bound to one client's settings. The
 * returned scope is what the mapper hands to every object; every request goes through the
 * operation's resource loader.
 */
export function createLayerScope(settings: LayerSettings): LayerScope {
  const links: LayerLinks = {
    participants(userIds, via, io) {
      const full = needsIdentityProfile(io, via);
      return Promise.all([...new Set(userIds)].map((userId) => readIdentity(io, settings, userId, { full, tolerateMissing: true })));
    },

    sender(sender, raw, io) {
      if (sender.userId === null) return Promise.resolve(mapLayerSystemSender(sender.name, raw));
      return readIdentity(io, settings, sender.userId, { full: needsIdentityProfile(io, ['LayerMessage', 'sender']), tolerateMissing: true });
    },

    async newestMessage(conversation, io) {
      // The full first page is what `messages` reads first: asking for it lets both share one request.
      const size = io.selects('LayerConversation', 'messages') ? LAYER_PAGE_SIZE : 1;
      const response = await io.get(messagesPage(messagesUrlOf(settings, conversation, io), null, size));
      const newest = parseLayerMessageList(response.body)[0];
      if (newest instanceof Unreadable) throw badResponse(LAYER.slug, newest.reason);
      return newest ? mapLayerMessage(newest, scope, conversation.viewer, conversation.nativeId) : null;
    },

    async messages(conversation, request, io) {
      const page = await readWindow(io, LAYER.slug, messagesReader(messagesUrlOf(settings, conversation, io)), request);
      const items = page.items.map(({ node, cursor }) => ({
        cursor,
        node: node instanceof Unreadable ? node : mapLayerMessage(node, scope, conversation.viewer, conversation.nativeId),
      }));
      return { ...page, items };
    },

    // Through the resource loader, so a conversation this operation already read (or listed) costs nothing.
    conversation: (key, io) => readConversation(io, scope, key),
  };
  const scope: LayerScope = { ...settings, links };
  return scope;
}
