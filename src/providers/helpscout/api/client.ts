import { ErrorCode } from '../../../errors/error-codes';
import { badUserInput, ParleyError, unsupported } from '../../../errors/parley-error';
import type { HttpClient, UpstreamResponse } from '../../../http/http-client';
import { preview } from '../../../ids/global-id';
import type { ProviderClient, ProviderIO } from '../../../kit/contract';
import { Unreadable } from '../../../kit/defects';
import { readItem } from '../../../kit/tolerant';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { readWindow } from '../../../kit/paging/window';
import type { Node } from '../../../schema/node.interface';
import type { HelpScoutConversation } from '../graphql/conversation.type';
import type { HelpScoutLinks } from '../graphql/links';
import type { HelpScoutThread } from '../graphql/thread.type';
import { HELP_SCOUT } from '../identity';
import { mapConversation } from '../mapping/conversation.mapper';
import { customerFromRecord, mapEmailAddress, userFromRecord } from '../mapping/person.mapper';
import { mapMailbox } from '../mapping/profile.mapper';
import { readConversation, zConversation } from '../wire/conversation.wire';
import { byId, checkIdentity } from '../wire/hal.wire';
import { readMailbox } from '../wire/mailbox.wire';
import { readCustomer, readUser } from '../wire/person.wire';
import { parseEmailKey, parseIntegerId, parseThreadKey, type HalLink } from './keys';
import { createHelpScoutLinks } from './links';
import { conversationsReader } from './pages';
import { paths } from './paths';
import { findThread } from './threads';

const { slug } = HELP_SCOUT;

/** A record read by id, checked to be that record. */
function checked<T extends { wire: { id: number } }>(what: string, id: string, record: T): T {
  checkIdentity(what, id, record.wire.id);
  return record;
}

/** The conversation id a merge redirect ended on: the last segment of the final URL's path. */
function redirectTarget(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
}

/** The Help Scout `ProviderClient`: conversations by id, the conversation list, and other nodes. */
export class HelpScoutClient implements ProviderClient {
  private readonly follow: HelpScoutLinks = createHelpScoutLinks();

  constructor(readonly http: HttpClient) {}

  parseKey(key: string): string {
    return parseIntegerId(key, 'conversation');
  }

  /** One GET; `?embed=threads` when the operation reads messages, so they cost no second request. */
  async fetchConversation(key: string, io: ProviderIO): Promise<HelpScoutConversation> {
    const embed = io.selects('HelpScoutConversation', 'messages') || io.selects('HelpScoutConversation', 'lastMessage');
    const response = await io.get(paths.conversation(key, embed));
    const merged = response.redirectedFrom.length > 0;
    const conversation = this.toConversation(response, key, merged ? key : null);
    if (merged && conversation.nativeId !== key) {
      // The target is a conversation in its own right: asked for by its own id, it was not merged from anything.
      io.primeConversation(conversation.nativeId, this.toConversation(response, conversation.nativeId, null));
    }
    return conversation;
  }

  /**
   * The conversation `asked` for, or PROVIDER_BAD_RESPONSE when the body is another one. After a
   * merge redirect (301) the body is the conversation the `Location` names, which the HTTP layer
   * only follows on the provider's origin: its id must be the one at the end of that URL.
   */
  private toConversation(response: UpstreamResponse, asked: string, mergedFromId: string | null): HelpScoutConversation {
    const read = readConversation(response.body);
    checkIdentity('conversation', mergedFromId === null ? asked : redirectTarget(response.url), read.wire.id);
    return mapConversation(read, { responseUrl: response.url, mergedFromId, follow: this.follow });
  }

  /** Newest first, 25 per upstream page, through the shared window. */
  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<HelpScoutConversation | Unreadable>> {
    const page = await readWindow(io, slug, conversationsReader(io.baseUrl), request);
    const items = page.items.map(({ node: { raw, responseUrl }, cursor }) => {
      // Only the conversations the window returns are read; one without a readable id keeps its edge.
      const read = readItem(zConversation, raw, byId('listed conversation'));
      return { node: read instanceof Unreadable ? read : mapConversation(read, { responseUrl, follow: this.follow }), cursor };
    });
    return { ...page, items };
  }

  /** `customer`, `user`, `mailbox`, `thread` (`<conversationId>/<threadId>`) and `email` nodes. */
  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    switch (kind) {
      case 'customer': {
        const id = parseIntegerId(key, 'customer');
        return this.record(io, paths.customer(id), (body, self) => customerFromRecord(checked('customer', id, readCustomer(body)), self, this.follow));
      }
      case 'user': {
        const id = parseIntegerId(key, 'user');
        return this.record(io, paths.user(id), (body, self) => userFromRecord(checked('user', id, readUser(body)), self, this.follow));
      }
      case 'mailbox': {
        const id = parseIntegerId(key, 'mailbox');
        return this.record(io, paths.mailbox(id), (body) => mapMailbox(checked('mailbox', id, readMailbox(body))));
      }
      case 'thread':
        return this.thread(key, io);
      case 'email':
        return mapEmailAddress(parseEmailKey(key));
      case 'team':
        throw unsupported(slug, 'Help Scout has no API to read one team; teams are only named in threads');
      default:
        throw badUserInput(`Help Scout has no node of kind "${preview(kind)}"`, slug);
    }
  }

  /** A record read by id; its `profile` follows the same URL, so it shares the request. */
  private async record(io: ProviderIO, path: string, map: (body: unknown, self: HalLink) => Node): Promise<Node> {
    const response = await io.get(path);
    return map(response.body, { href: response.url, base: response.url });
  }

  private async thread(key: string, io: ProviderIO): Promise<HelpScoutThread> {
    const { conversationId, threadId } = parseThreadKey(key);
    const conversation = this.toConversation(await io.get(paths.conversation(conversationId, true)), conversationId, null);
    const thread = await findThread(conversation, threadId, io, this.follow);
    if (!thread) throw new ParleyError(ErrorCode.NOT_FOUND, `Help Scout conversation ${conversationId} has no thread ${threadId}`, { provider: slug });
    return thread;
  }
}
