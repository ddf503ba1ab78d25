import { badUserInput, unsupported } from '../../../errors/parley-error';
import type { HttpClient } from '../../../http/http-client';
import type { ProviderClient, ProviderIO } from '../../../kit/contract';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { readWindow } from '../../../kit/paging/window';
import type { CommonConversation } from '../../../schema/conversation.interface';
import type { Node } from '../../../schema/node.interface';
import type { TextUsLinks } from '../graphql/links';
import { TEXTUS } from '../identity';
import { mapConversation } from '../mapping/conversation.mapper';
import { mapEvent, mapMessage } from '../mapping/message.mapper';
import { mapContact, mapUser } from '../mapping/participant.mapper';
import { parseConversation } from '../wire/conversation.wire';
import { parseContact, parseUser } from '../wire/people.wire';
import { parseEvent, parseMessage } from '../wire/timeline.wire';
import { checkSlug, conversationSlugOf } from './keys';
import { createTextUsLinks } from './links';
import { conversationListReader } from './pages';
import { textUsPaths } from './paths';
import { primeEmbedded } from './prime';

interface NodeKind {
  /** Collection segment of the resource's JSON-LD id. */
  collection: string;
  map(body: unknown, links: TextUsLinks): Node;
}

// A message fetched alone takes its conversation from its own link (for its inbound sender).
const KINDS = new Map<string, NodeKind>([
  ['message', { collection: 'messages', map: (body, links) => mapMessageBody(body, links) }],
  ['event', { collection: 'conversation_events', map: (body, links) => mapEvent(parseEvent(body), links) }],
  ['user', { collection: 'users', map: (body) => mapUser(parseUser(body)) }],
  ['contact', { collection: 'contacts', map: (body) => mapContact(parseContact(body)) }],
]);

function mapMessageBody(body: unknown, links: TextUsLinks): Node {
  const message = parseMessage(body);
  return mapMessage(message, conversationSlugOf(message.wire.conversation), links);
}

/** TextUs connected to its upstream. */
export class TextUsClient implements ProviderClient {
  private readonly links = createTextUsLinks();

  constructor(
    readonly http: HttpClient,
    private readonly account: string | undefined,
  ) {}

  parseKey(key: string): string {
    return checkSlug(key, 'conversation');
  }

  /**
   * `GET /conversations/:slug`. The body's slug is the conversation's identity (the documented
   * example answers `/conversations/Pvwqm5G` with `kY1QwY`): the result is cached under both.
   */
  async fetchConversation(key: string, io: ProviderIO): Promise<CommonConversation> {
    const response = await io.get(textUsPaths.conversation(key));
    const parsed = parseConversation(response.body);
    primeEmbedded(parsed, io);
    const conversation = mapConversation(parsed, this.links);
    if (parsed.wire.slug !== key) {
      io.primeConversation(parsed.wire.slug, conversation);
      // The full representation of that slug: a message naming it finds its contact here.
      io.prime(textUsPaths.conversation(parsed.wire.slug), response.body);
    }
    return conversation;
  }

  /** Listing needs the account slug; without it conversations can still be fetched by id. */
  get canList(): boolean {
    return this.account !== undefined;
  }

  /**
   * `GET /:account/conversation_filters/all/conversations`, newest activity first. What the list
   * shape leaves out (associated contacts, the timeline page) is fetched by the fields that need it.
   */
  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation>> {
    if (this.account === undefined) {
      throw unsupported(TEXTUS.slug, 'Listing TextUs conversations needs TEXTUS_ACCOUNT (the account slug); conversations can still be fetched by id');
    }
    const reader = conversationListReader(io.baseUrl, textUsPaths.conversationList(this.account));
    const page = await readWindow(io, TEXTUS.slug, reader, request);
    const items = page.items.map(({ node, cursor }) => {
      primeEmbedded(node, io);
      return { node: mapConversation(node, this.links), cursor };
    });
    return { ...page, items };
  }

  /** `textus:message:…`, `textus:event:…`, `textus:user:…`, `textus:contact:…`; unknown kinds and bad slugs make no request. */
  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    const found = KINDS.get(kind);
    if (!found) throw badUserInput(`TextUs has no node of kind "${kind}" (message, event, user, contact)`, TEXTUS.slug);
    checkSlug(key, kind);
    const response = await io.get(textUsPaths.resource(found.collection, key));
    return found.map(response.body, this.links);
  }
}
