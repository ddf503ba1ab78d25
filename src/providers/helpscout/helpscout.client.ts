import { z } from 'zod';
import { ErrorCode } from '../../errors/error-codes';
import { badUserInput, ParleyError, unsupported } from '../../errors/parley-error';
import type { HttpClient, UpstreamResponse } from '../../http/http-client';
import { preview } from '../../ids/global-id';
import type { Node } from '../../schema/node.interface';
import type { PageRequest, PageResult } from '../../schema/paging';
import type { ProviderClient, ProviderIO } from '../adapter';
import type { JsonObject } from '../shared/json';
import { walkPages } from '../shared/pages';
import { parseWire } from '../shared/wire';
import { HelpScoutConversation } from './helpscout-conversation.type';
import { customerFromRecord, mapEmailAddress, userFromRecord } from './helpscout-person.mapper';
import { mapMailbox } from './helpscout-profile.mapper';
import { parseConversationsPage, zCustomer, zMailbox, zUser } from './helpscout-resources.wire';
import { mapConversation } from './helpscout.mapper';
import { paths } from './helpscout.paths';
import { rawObject } from './helpscout.people';
import { findThread } from './helpscout.threads';
import { linkHref, parseConversation, SLUG } from './helpscout.wire';

// Help Scout ids are positive integers; 15 digits keeps them exact as JS numbers.
const INTEGER = /^\d{1,15}$/;
// An address is one token with a single @; `/`, `?`, `#`, `\` and whitespace never reach a key.
const EMAIL = /^[^\s@/?#\\]{1,64}@[^\s@/?#\\]{1,190}$/;

/** Canonical form of a Help Scout integer id (`00123` → `123`), or BAD_USER_INPUT before any request. */
export function parseIntegerId(key: string, what: string): string {
  const value = INTEGER.test(key) ? Number(key) : 0;
  if (value < 1) throw badUserInput(`A Help Scout ${what} id is a positive integer; got "${preview(key)}"`, SLUG);
  return String(value);
}

const zListCursor = z.strictObject({
  page: z.number().int().positive(),
  index: z.number().int().nonnegative(),
  size: z.number().int().positive().max(1000),
});
/** Where a listed conversation sat in Help Scout's own paging (newest first). */
type ListCursor = z.infer<typeof zListCursor>;

/** The Help Scout `ProviderClient`: conversations by id, the conversation list, and other nodes. */
export class HelpScoutClient implements ProviderClient {
  constructor(readonly http: HttpClient) {}

  parseKey(key: string): string {
    return parseIntegerId(key, 'conversation');
  }

  /** One GET; `?embed=threads` when the operation reads messages, so they cost no second request. */
  async fetchConversation(key: string, io: ProviderIO): Promise<HelpScoutConversation> {
    const embed = io.selects('HelpScoutConversation', 'messages') || io.selects('HelpScoutConversation', 'lastMessage');
    const response = await io.get(paths.conversation(key, embed));
    const merged = response.redirectedFrom.length > 0;
    const conversation = this.toConversation(response, io, merged ? key : null);
    if (merged && conversation.nativeId !== key) {
      // The target is a conversation in its own right: asked for by its own id, it was not merged from anything.
      io.primeConversation(conversation.nativeId, Object.assign(new HelpScoutConversation(), conversation, { mergedFromId: null }));
    }
    return conversation;
  }

  private toConversation(response: UpstreamResponse, io: ProviderIO, mergedFromId: string | null): HelpScoutConversation {
    const raw = rawObject(response, 'conversation');
    return mapConversation(parseConversation(raw), raw, { responseUrl: response.url, baseUrl: io.baseUrl.href, mergedFromId });
  }

  /** Newest first, 25 per upstream page; the cursor is the item's upstream page and index. */
  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<HelpScoutConversation>> {
    const start = this.listStart(request.after);
    const size = start.size;
    const skip = start.position % size;
    let total: number | null = null;
    const walk = await walkPages<{ raw: JsonObject; cursor: ListCursor; url: string }>(
      io, SLUG, paths.conversations(Math.floor(start.position / size) + 1),
      (response) => {
        const list = parseConversationsPage(response.body);
        total ??= list.page.totalElements;
        const cursorAt = (index: number): ListCursor => ({ page: list.page.number, index, size: list.page.size });
        return { items: list.items.map((raw, index) => ({ raw, cursor: cursorAt(index), url: response.url })), next: linkHref(list.links, 'next') };
      },
      { enough: (collected) => collected.length >= skip + request.first },
    );
    const chosen = walk.items.slice(skip, skip + request.first);
    const items = chosen.map(({ raw, cursor, url }) => {
      const conversation = mapConversation(parseConversation(raw, 'listed conversation'), raw, { responseUrl: url, baseUrl: io.baseUrl.href });
      io.primeConversation(conversation.nativeId, conversation);
      return { node: conversation, cursor };
    });
    return { items, hasNextPage: walk.items.length > skip + request.first || !walk.complete, totalCount: total };
  }

  private listStart(after: unknown): { position: number; size: number } {
    if (after === null) return { position: 0, size: 25 };
    const parsed = zListCursor.safeParse(after);
    if (!parsed.success || parsed.data.index >= parsed.data.size) {
      throw badUserInput('Cursor is not a Help Scout conversations cursor Parley issued', SLUG);
    }
    const { page, index, size } = parsed.data;
    return { position: (page - 1) * size + index + 1, size };
  }

  /** `customer`, `user`, `mailbox`, `thread` (`<conversationId>/<threadId>`) and `email` nodes. */
  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    switch (kind) {
      case 'customer':
        return this.record(io, paths.customer(parseIntegerId(key, 'customer')), (raw, self) => customerFromRecord(parseWire(zCustomer, raw, SLUG, 'customer'), raw, self));
      case 'user':
        return this.record(io, paths.user(parseIntegerId(key, 'user')), (raw, self) => userFromRecord(parseWire(zUser, raw, SLUG, 'user'), raw, self));
      case 'mailbox':
        return this.record(io, paths.mailbox(parseIntegerId(key, 'mailbox')), (raw) => mapMailbox(parseWire(zMailbox, raw, SLUG, 'mailbox'), raw));
      case 'thread':
        return this.thread(key, io);
      case 'email':
        if (!EMAIL.test(key)) throw badUserInput(`"${preview(key)}" is not an e-mail address`, SLUG);
        return mapEmailAddress(key);
      case 'team':
        throw unsupported(SLUG, 'Help Scout has no API to read one team; teams are only named in threads');
      default:
        throw badUserInput(`Help Scout has no node of kind "${preview(kind)}"`, SLUG);
    }
  }

  private async record(io: ProviderIO, path: string, map: (raw: JsonObject, self: { href: string; base: string }) => Node): Promise<Node> {
    const response = await io.get(path);
    return map(rawObject(response, 'record'), { href: response.url, base: response.url });
  }

  private async thread(key: string, io: ProviderIO): Promise<Node> {
    const [conversationKey = '', threadKey = '', ...rest] = key.split('/');
    if (rest.length > 0) throw badUserInput(`A Help Scout thread id is "<conversationId>/<threadId>"; got "${preview(key)}"`, SLUG);
    const conversationId = parseIntegerId(conversationKey, 'conversation');
    const threadId = Number(parseIntegerId(threadKey, 'thread'));
    const conversation = this.toConversation(await io.get(paths.conversation(conversationId, true)), io, null);
    const thread = await findThread(conversation, threadId, io);
    if (!thread) throw new ParleyError(ErrorCode.NOT_FOUND, `Help Scout conversation ${conversationId} has no thread ${threadId}`, { provider: SLUG });
    return thread;
  }
}
