import { badUserInput, unsupported } from '../../../errors/parley-error';
import type { HttpClient } from '../../../http/http-client';
import type { ProviderClient, ProviderIO } from '../../../kit/contract';
import { Unreadable } from '../../../kit/defects';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { readWindow } from '../../../kit/paging/window';
import type { CommonConversation } from '../../../schema/conversation.interface';
import type { Node } from '../../../schema/node.interface';
import type { LayerScope } from '../graphql/links';
import { LAYER } from '../identity';
import { mapLayerConversation } from '../mapping/conversation.mapper';
import { mapLayerSystemSender } from '../mapping/participant.mapper';
import { conversationUuidOf, parseLayerKey, parseMessageKey, parseSystemName, parseUserKey, preview, USER_VAR } from './keys';
import { conversationListReader } from './pages';
import { conversationPath } from './paths';
import { readConversation, readIdentity, readMessage } from './resources';

/** The Layer `ProviderClient`: keys, conversation and node fetches, listing in the user perspective. */
export class LayerClient implements ProviderClient {
  constructor(
    readonly http: HttpClient,
    readonly scope: LayerScope,
  ) {}

  parseKey(key: string): string {
    return parseLayerKey(key);
  }

  fetchConversation(key: string, io: ProviderIO): Promise<CommonConversation> {
    return readConversation(io, this.scope, key);
  }

  get canList(): boolean {
    return this.scope.userId !== null;
  }

  /** The perspective user's conversations, newest first (Layer lists only per user). */
  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation | Unreadable>> {
    const user = this.scope.userId;
    if (user === null) {
      throw unsupported(LAYER.slug, `Layer lists conversations only per user: set ${USER_VAR} to list as that user`);
    }
    const page = await readWindow(io, LAYER.slug, conversationListReader(io.baseUrl, this.scope, user), request);
    const items = page.items.map(({ node, cursor }) => {
      if (node instanceof Unreadable) return { cursor, node };
      // A listed conversation is the full user-perspective object: a message's `conversation` link reads it from here.
      io.prime(conversationPath(this.scope, conversationUuidOf(node.wire.id), user), node.raw);
      return { cursor, node: mapLayerConversation(node, this.scope, user) };
    });
    return { ...page, items };
  }

  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    switch (kind) {
      case 'identity':
        return readIdentity(io, this.scope, parseUserKey(key), { full: true });
      case 'system':
        // A system sender is known from its id alone: no request, and no upstream object for `raw`.
        return mapLayerSystemSender(parseSystemName(key), null);
      case 'message':
        return readMessage(io, this.scope, ...parseMessageKey(key));
      default:
        throw badUserInput(`Layer has no node of kind "${preview(kind)}" (message, identity, system)`, LAYER.slug);
    }
  }
}
