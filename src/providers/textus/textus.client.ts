import { unsupported } from '../../errors/parley-error';
import type { HttpClient } from '../../http/http-client';
import type { CommonConversation } from '../../schema/conversation.interface';
import type { Node } from '../../schema/node.interface';
import type { PageRequest, PageResult } from '../../schema/paging';
import type { ProviderClient, ProviderIO } from '../adapter';
import { readPageCursor, walkAfter } from './textus-cursor';
import { TEXTUS, checkSlug } from './textus-links';
import { fetchTextUsNode } from './textus-node';
import { primeEmbedded } from './textus-prime';
import { mapConversation } from './textus.mapper';
import { parseConversation, parseConversationPage } from './textus.wire';

/** The conversation filter Parley lists: `all` [D]; others (`you`…) are per-user views. */
const LIST_FILTER = 'all';

/** TextUs connected to its upstream: paths are built here, slugs always URL-encoded. */
export class TextUsClient implements ProviderClient {
  constructor(
    readonly http: HttpClient,
    private readonly account: string | undefined,
  ) {}

  /** Slugs are case-sensitive alphanumerics, so the canonical key is the key itself. */
  parseKey(key: string): string {
    return checkSlug(key, 'conversation');
  }

  /**
   * `GET /conversations/:slug`. The body's slug is the conversation's identity (the documented
   * example answers `/conversations/Pvwqm5G` with `kY1QwY`): the result is cached under both.
   */
  async fetchConversation(key: string, io: ProviderIO): Promise<CommonConversation> {
    const response = await io.get(`conversations/${encodeURIComponent(key)}`);
    const parsed = parseConversation(response.body);
    primeEmbedded(parsed, io);
    const conversation = mapConversation(parsed);
    if (parsed.wire.slug !== key) io.primeConversation(parsed.wire.slug, conversation);
    return conversation;
  }

  /**
   * `GET /:account/conversation_filters/all/conversations`, newest activity first. Each listed
   * conversation is cached for the operation: what the list shape leaves out (associated
   * contacts, the timeline page) is fetched by the fields that need it.
   */
  get canList(): boolean {
    return this.account !== undefined;
  }

  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation>> {
    if (this.account === undefined) {
      throw unsupported(TEXTUS, 'Listing TextUs conversations needs TEXTUS_ACCOUNT (the account slug); conversations can still be fetched by id');
    }
    const listPath = `${encodeURIComponent(this.account)}/conversation_filters/${LIST_FILTER}/conversations`;
    const cursor = request.after === null ? null : readPageCursor(io, request.after, listPath, 'conversation');
    let totalCount: number | null = null;
    const found = await walkAfter(io, {
      from: cursor ?? { page: listPath, after: null },
      first: request.first,
      read: (response) => {
        const page = parseConversationPage(response.body);
        totalCount ??= page.totalItems;
        return { items: page.members, next: page.view?.next ?? null };
      },
      idOf: (member) => member.wire.id,
    });
    const items = found.items.slice(0, request.first).map(({ item, cursor: next }) => {
      primeEmbedded(item, io);
      const conversation = mapConversation(item);
      io.primeConversation(item.wire.slug, conversation);
      return { node: conversation, cursor: next };
    });
    return { items, hasNextPage: found.items.length > request.first || found.more, totalCount };
  }

  /** `textus:message:…`, `textus:event:…`, `textus:user:…`, `textus:contact:…`. */
  fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    return fetchTextUsNode(kind, key, io);
  }
}
