import { Unreadable } from '../../../src/kit/defects';
import { readWindow } from '../../../src/kit/paging/window';
import type { ExampleLinks } from '../graphql/links';
import { EXAMPLE } from '../identity';
import { toMessage } from '../mapping/message.mapper';
import { messagePages } from './pages';

/** The fetch code behind the conversation's `messages`: one window over the message pages, through the request's loader. */
export function createExampleLinks(): ExampleLinks {
  return {
    async messages(conversation, request, io) {
      const window = await readWindow(io, EXAMPLE.slug, messagePages(io, conversation.nativeId), request);
      const items = window.items.map(({ node, cursor }) => ({
        node: node instanceof Unreadable ? node : toMessage(node, conversation.nativeId, conversation.participantValues, node.defects),
        cursor,
      }));
      return { ...window, items };
    },
  };
}
