import { ErrorCode } from '../../../src/errors/error-codes';
import { ParleyError, badUserInput } from '../../../src/errors/parley-error';
import type { HttpClient } from '../../../src/http/http-client';
import type { ProviderClient, ProviderIO } from '../../../src/kit/contract';
import { Unreadable } from '../../../src/kit/defects';
import { expectIdentity } from '../../../src/kit/tolerant';
import { walkPages } from '../../../src/kit/paging/walk';
import { readWindow } from '../../../src/kit/paging/window';
import type { PageRequest, PageResult } from '../../../src/kit/paging/request';
import type { CommonConversation } from '../../../src/schema/conversation.interface';
import type { Node } from '../../../src/schema/node.interface';
import type { ExampleConversation } from '../graphql/conversation.type';
import type { ExampleLinks } from '../graphql/links';
import { EXAMPLE } from '../identity';
import { toConversation } from '../mapping/conversation.mapper';
import { toMessage } from '../mapping/message.mapper';
import { parseConversation } from '../wire/conversation.wire';
import { parseMessagePage } from '../wire/message.wire';
import { NODE_KINDS, parseConversationKey, parseItemKey, type ExampleItemRef } from './keys';
import { conversationPages } from './pages';
import { examplePaths } from './paths';

function noSuchItem(kind: string, ref: ExampleItemRef): ParleyError {
  return new ParleyError(ErrorCode.NOT_FOUND, `Example Chat conversation ${ref.conversationKey} has no ${kind} ${ref.itemId}`, { provider: EXAMPLE.slug });
}

/** The connected Example Chat client: keys, conversations, the listing and message or participant nodes. */
export class ExampleClient implements ProviderClient {
  constructor(
    readonly http: HttpClient,
    private readonly links: ExampleLinks,
  ) {}

  parseKey(key: string): string {
    return parseConversationKey(key);
  }

  async fetchConversation(key: string, io: ProviderIO): Promise<ExampleConversation> {
    const asked = parseConversationKey(key);
    const response = await io.get(examplePaths.conversation(asked));
    const read = parseConversation(response.body);
    expectIdentity(EXAMPLE.slug, 'conversation', asked, read.wire.id);
    return toConversation(read, this.links);
  }

  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation | Unreadable>> {
    const window = await readWindow(io, EXAMPLE.slug, conversationPages(io), request);
    return { ...window, items: window.items.map(({ node, cursor }) => ({ node: node instanceof Unreadable ? node : toConversation(node, this.links), cursor })) };
  }

  /**
   * Example Chat has no endpoint per message or participant: a participant is read from its
   * conversation, a message from its conversation's pages, both through the request's loader,
   * so a node already seen in this operation costs nothing.
   */
  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    if (kind !== 'message' && kind !== 'participant') {
      throw badUserInput(`Example Chat has no node of kind "${kind.slice(0, 40)}" (expected ${NODE_KINDS.join(' or ')})`, EXAMPLE.slug);
    }
    const ref = parseItemKey(key);
    const conversation = await this.fetchConversation(ref.conversationKey, io);
    if (kind === 'participant') {
      const participant = conversation.participantValues.find((candidate) => candidate.nativeId === ref.itemId);
      if (!participant) throw noSuchItem(kind, ref);
      return participant;
    }
    const walked = await walkPages(io, EXAMPLE.slug, examplePaths.messages(ref.conversationKey, 1), (response) => {
      const page = parseMessagePage(response.body);
      return { items: page.messages, next: page.next };
    }, { enough: (messages) => messages.some((message) => !(message instanceof Unreadable) && message.wire.id === ref.itemId) });
    const found = walked.items.find((message) => !(message instanceof Unreadable) && message.wire.id === ref.itemId);
    if (!found || found instanceof Unreadable) throw noSuchItem(kind, ref);
    return toMessage(found, ref.conversationKey, conversation.participantValues, found.defects);
  }
}
