import { ErrorCode } from '../../../errors/error-codes';
import { badUserInput, ParleyError, unsupported } from '../../../errors/parley-error';
import type { HttpClient, UpstreamResponse } from '../../../http/http-client';
import { preview } from '../../../ids/global-id';
import type { ProviderClient, ProviderIO } from '../../../kit/contract';
import type { JsonObject } from '../../../kit/json';
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
import { parseConversation } from '../wire/conversation.wire';
import { rawObject } from '../wire/hal.wire';
import { parseMailbox } from '../wire/mailbox.wire';
import { parseCustomer, parseUser } from '../wire/person.wire';
import { parseEmailKey, parseIntegerId, parseThreadKey, type HalLink } from './keys';
import { createHelpScoutLinks } from './links';
import { conversationsReader } from './pages';
import { paths } from './paths';
import { findThread } from './threads';

const { slug } = HELP_SCOUT;

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
    const conversation = this.toConversation(response, merged ? key : null);
    if (merged && conversation.nativeId !== key) {
      // The target is a conversation in its own right: asked for by its own id, it was not merged from anything.
      io.primeConversation(conversation.nativeId, this.toConversation(response, null));
    }
    return conversation;
  }

  private toConversation(response: UpstreamResponse, mergedFromId: string | null): HelpScoutConversation {
    const raw = rawObject(response.body, 'conversation');
    return mapConversation(parseConversation(raw), raw, { responseUrl: response.url, mergedFromId, follow: this.follow });
  }

  /** Newest first, 25 per upstream page, through the shared window. */
  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<HelpScoutConversation>> {
    const page = await readWindow(io, slug, conversationsReader(io.baseUrl), request);
    const items = page.items.map(({ node: { raw, responseUrl }, cursor }) => ({
      node: mapConversation(parseConversation(raw, 'listed conversation'), raw, { responseUrl, follow: this.follow }),
      cursor,
    }));
    return { ...page, items };
  }

  /** `customer`, `user`, `mailbox`, `thread` (`<conversationId>/<threadId>`) and `email` nodes. */
  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    switch (kind) {
      case 'customer':
        return this.record(io, paths.customer(parseIntegerId(key, 'customer')), (raw, self) => customerFromRecord(parseCustomer(raw), raw, self, this.follow));
      case 'user':
        return this.record(io, paths.user(parseIntegerId(key, 'user')), (raw, self) => userFromRecord(parseUser(raw), raw, self, this.follow));
      case 'mailbox':
        return this.record(io, paths.mailbox(parseIntegerId(key, 'mailbox')), (raw) => mapMailbox(parseMailbox(raw), raw));
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
  private async record(io: ProviderIO, path: string, map: (raw: JsonObject, self: HalLink) => Node): Promise<Node> {
    const response = await io.get(path);
    return map(rawObject(response.body, 'record'), { href: response.url, base: response.url });
  }

  private async thread(key: string, io: ProviderIO): Promise<HelpScoutThread> {
    const { conversationId, threadId } = parseThreadKey(key);
    const conversation = this.toConversation(await io.get(paths.conversation(conversationId, true)), null);
    const thread = await findThread(conversation, threadId, io, this.follow);
    if (!thread) throw new ParleyError(ErrorCode.NOT_FOUND, `Help Scout conversation ${conversationId} has no thread ${threadId}`, { provider: slug });
    return thread;
  }
}
