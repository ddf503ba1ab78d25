import { badUserInput, unsupported } from '../../../errors/parley-error';
import type { HttpClient } from '../../../http/http-client';
import type { Unreadable } from '../../../kit/defects';
import type { ProviderClient, ProviderIO } from '../../../kit/contract';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { readWindow } from '../../../kit/paging/window';
import type { CommonConversation } from '../../../schema/conversation.interface';
import type { Node } from '../../../schema/node.interface';
import type { TextUsLinks } from '../graphql/links';
import { TEXTUS } from '../identity';
import { conversationSlugOf, mapConversation } from '../mapping/conversation.mapper';
import { mapEvent, mapMessage, mapOtherItem } from '../mapping/message.mapper';
import { mapContact, mapUser } from '../mapping/participant.mapper';
import { parseConversation } from '../wire/conversation.wire';
import { parseContact, parseUser } from '../wire/people.wire';
import { parseEvent, parseMessage, parseOtherItem } from '../wire/timeline.wire';
import { checkAnswered } from './answered';
import { checkSlug, conversationSlugOf as linkedConversationSlug } from './keys';
import { createTextUsLinks } from './links';
import { conversationListReader } from './pages';
import { textUsPaths } from './paths';
import { primeEmbedded } from './prime';

interface NodeKind {
  /** Collection segment of the resource's JSON-LD id (`item` keys carry their own). */
  collection(key: string): { collection: string; slug: string };
  map(body: unknown, requested: string, links: TextUsLinks): Node;
}

const inCollection = (collection: string, kind: string) => (key: string) => ({ collection, slug: checkSlug(key, kind) });

/** `textus:item:<collection>.<slug>`: a timeline item of a type the docs do not list. */
function itemPath(key: string): { collection: string; slug: string } {
  const match = /^([a-z_]{1,40})\.([A-Za-z0-9]{1,32})$/.exec(key);
  if (!match) throw badUserInput(`A TextUs item key is <collection>.<slug>, like "calls.x9Y"; got "${key.slice(0, 40)}"`, TEXTUS.slug);
  return { collection: match[1] as string, slug: match[2] as string };
}

// A message fetched alone takes its conversation from its own link (for its inbound sender).
const KINDS = new Map<string, NodeKind>([
  ['message', { collection: inCollection('messages', 'message'), map: (body, path, links) => {
    const read = parseMessage(body);
    checkAnswered(path, read.wire.id, read.raw, 'message');
    return mapMessage(read, linkedConversationSlug(read.wire.conversation), links);
  } }],
  ['event', { collection: inCollection('conversation_events', 'event'), map: (body, path, links) => {
    const read = parseEvent(body);
    checkAnswered(path, read.wire.id, read.raw, 'conversation event');
    return mapEvent(read, links);
  } }],
  ['user', { collection: inCollection('users', 'user'), map: (body, path) => {
    const read = parseUser(body);
    checkAnswered(path, read.wire.id, read.raw, 'user');
    return mapUser(read);
  } }],
  ['contact', { collection: inCollection('contacts', 'contact'), map: (body, path) => {
    const read = parseContact(body);
    checkAnswered(path, read.wire.id, read.raw, 'contact');
    return mapContact(read);
  } }],
  ['item', { collection: itemPath, map: (body, path) => {
    const read = parseOtherItem(body);
    checkAnswered(path, read.wire.id, read.raw, 'timeline item');
    return mapOtherItem(read);
  } }],
]);

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
   * `GET /conversations/:slug`. The body's id is the conversation's identity; a documented alias
   * (the example answers `/conversations/Pvwqm5G` with `kY1QwY`) is cached under both slugs,
   * another conversation is PROVIDER_BAD_RESPONSE (`checkAnswered`).
   */
  async fetchConversation(key: string, io: ProviderIO): Promise<CommonConversation> {
    const response = await io.get(textUsPaths.conversation(key));
    const parsed = parseConversation(response.body);
    checkAnswered(`/conversations/${key}`, parsed.wire.id, parsed.raw, 'conversation');
    primeEmbedded(parsed, io);
    const conversation = mapConversation(parsed, this.links);
    const slug = conversationSlugOf(parsed.wire);
    if (slug !== key) {
      io.primeConversation(slug, conversation);
      // The full representation of that slug: a message naming it finds its contact here.
      io.prime(textUsPaths.conversation(slug), response.body);
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
   * A listed conversation whose id cannot be read keeps its edge with a null node.
   */
  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation | Unreadable>> {
    if (this.account === undefined) {
      throw unsupported(TEXTUS.slug, 'Listing TextUs conversations needs TEXTUS_ACCOUNT (the account slug); conversations can still be fetched by id');
    }
    const reader = conversationListReader(io.baseUrl, textUsPaths.conversationList(this.account));
    const page = await readWindow(io, TEXTUS.slug, reader, request);
    const items = page.items.map(({ node, cursor }) => {
      if (!('wire' in node)) return { node, cursor };
      primeEmbedded(node, io);
      return { node: mapConversation(node, this.links), cursor };
    });
    return { ...page, items };
  }

  /** `textus:message:…`, `textus:event:…`, `textus:user:…`, `textus:contact:…`, `textus:item:…`; unknown kinds and bad keys make no request. */
  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    const found = KINDS.get(kind);
    if (!found) throw badUserInput(`TextUs has no node of kind "${kind}" (message, event, user, contact, item)`, TEXTUS.slug);
    const { collection, slug } = found.collection(key);
    const response = await io.get(textUsPaths.resource(collection, slug));
    return found.map(response.body, `/${collection}/${slug}`, this.links);
  }
}
