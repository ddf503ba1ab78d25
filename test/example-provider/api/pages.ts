import type { LinkIO } from '../../../src/kit/link-io';
import type { PageReader } from '../../../src/kit/paging/window';
import { Unreadable } from '../../../src/kit/defects';
import type { Tolerant } from '../../../src/kit/tolerant';
import { parseConversationPage, type ExampleConversationWire } from '../wire/conversation.wire';
import { parseMessagePage, type ExampleMessageWire } from '../wire/message.wire';
import { examplePaths } from './paths';

/** Whether `page` is `path` under this base URL (any `page=N` query), so a cursor cannot point elsewhere. */
function isPageOf(io: LinkIO, path: string, page: URL): boolean {
  return page.pathname === io.resolve(path).pathname;
}

/**
 * A conversation's messages, oldest first, `page=N` with an absolute `next` link. The upstream
 * page size is fixed, so `first` does not change the address.
 */
export function messagePages(io: LinkIO, key: string): PageReader<Tolerant<ExampleMessageWire> | Unreadable> {
  return {
    start: () => examplePaths.messages(key, 1),
    read(response) {
      const page = parseMessagePage(response.body);
      return { items: page.messages, next: page.next, total: page.total };
    },
    key: (message) => (message instanceof Unreadable ? message.key : message.wire.id),
    owns: (page) => isPageOf(io, examplePaths.messageList(key), page),
  };
}

/** The conversation listing, newest first as the upstream serves it (the order listings use). */
export function conversationPages(io: LinkIO): PageReader<Tolerant<ExampleConversationWire> | Unreadable> {
  return {
    start: () => examplePaths.conversations(1),
    read(response) {
      const page = parseConversationPage(response.body);
      return { items: page.conversations, next: page.next, total: page.total };
    },
    key: (conversation) => (conversation instanceof Unreadable ? conversation.key : conversation.wire.id),
    owns: (page) => isPageOf(io, examplePaths.conversationList(), page),
  };
}
