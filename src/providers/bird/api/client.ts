import { badUserInput, unsupported } from '../../../errors/parley-error';
import type { HttpClient } from '../../../http/http-client';
import type { ProviderClient, ProviderIO } from '../../../kit/contract';
import { Unreadable } from '../../../kit/defects';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { readWindow } from '../../../kit/paging/window';
import type { CommonConversation } from '../../../schema/conversation.interface';
import type { Node } from '../../../schema/node.interface';
import { BIRD } from '../identity';
import { toConversation } from '../mapping/conversation.mapper';
import { toMessage } from '../mapping/message.mapper';
import { readParticipant } from '../mapping/participant.mapper';
import type { BirdScope } from '../mapping/scope.mapper';
import { channelFor } from './channel';
import { fetchConversation, fetchMessage, fetchParticipant } from './items';
import { canonicalKey, parseChannelKey, parseConversationKey, parseItemKey, WORKSPACE_VAR } from './keys';
import { conversationsReader } from './pages';

/** Node kinds of `bird:<kind>:<key>` ids. */
export const NODE_KINDS = ['message', 'participant', 'channel'] as const;

/** The connected Bird client: key parsing, conversations, listing and nodes. */
export class BirdClient implements ProviderClient {
  constructor(
    readonly http: HttpClient,
    private readonly scope: BirdScope,
  ) {}

  parseKey(key: string): string {
    return canonicalKey(parseConversationKey(key, this.scope.defaultWorkspace));
  }

  async fetchConversation(key: string, io: ProviderIO): Promise<CommonConversation> {
    const ref = parseConversationKey(key, this.scope.defaultWorkspace);
    const read = await fetchConversation(io, ref);
    return toConversation(read, ref.workspaceId, this.scope, await channelFor(read.wire, ref.workspaceId, io));
  }

  get canList(): boolean {
    return this.scope.defaultWorkspace !== undefined;
  }

  /** Listed ids are short (default workspace), and `parseKey` reads them back to the key `fetchConversation` uses. */
  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation | Unreadable>> {
    const workspaceId = this.scope.defaultWorkspace;
    if (workspaceId === undefined) throw unsupported(BIRD.slug, `Listing Bird conversations needs ${WORKSPACE_VAR}`);
    const page = await readWindow(io, BIRD.slug, conversationsReader(io.baseUrl, workspaceId, request.first), request);
    const items = await Promise.all(
      page.items.map(async ({ node, cursor }) => ({
        node: node instanceof Unreadable ? node : toConversation(node, workspaceId, this.scope, await channelFor(node.wire, workspaceId, io)),
        cursor,
      })),
    );
    return { ...page, items };
  }

  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    if (kind === 'message') {
      const ref = parseItemKey(key, this.scope.defaultWorkspace);
      return toMessage(await fetchMessage(io, ref), ref, this.scope);
    }
    if (kind === 'participant') {
      const ref = parseItemKey(key, this.scope.defaultWorkspace);
      return readParticipant(await fetchParticipant(io, ref), ref, this.scope);
    }
    if (kind === 'channel') {
      const { workspaceId, channelId } = parseChannelKey(key, this.scope.defaultWorkspace);
      return this.scope.links.channel(workspaceId, channelId, io);
    }
    throw badUserInput(`Bird has no node of kind "${kind.slice(0, 40)}" (expected ${NODE_KINDS.join(', ')})`, BIRD.slug);
  }
}
