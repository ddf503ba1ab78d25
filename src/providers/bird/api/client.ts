import { badUserInput, unsupported } from '../../../errors/parley-error';
import type { HttpClient } from '../../../http/http-client';
import type { ProviderClient, ProviderIO } from '../../../kit/contract';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { readWindow } from '../../../kit/paging/window';
import type { CommonConversation } from '../../../schema/conversation.interface';
import type { Node } from '../../../schema/node.interface';
import { BIRD } from '../identity';
import { toConversation } from '../mapping/conversation.mapper';
import { toMessage } from '../mapping/message.mapper';
import { toParticipant } from '../mapping/participant.mapper';
import type { BirdScope } from '../mapping/scope.mapper';
import { parseConversation } from '../wire/conversation.wire';
import { parseMessage } from '../wire/message.wire';
import { parseParticipant } from '../wire/participant.wire';
import { channelFor } from './channel';
import { canonicalKey, parseConversationKey, parseItemKey, WORKSPACE_VAR } from './keys';
import { conversationsReader } from './pages';
import { birdPaths } from './paths';

/** Node kinds of `bird:<kind>:<key>` ids. */
export const NODE_KINDS = ['message', 'participant'] as const;

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
    const wire = parseConversation((await io.get(birdPaths.conversation(ref))).body);
    return toConversation(wire, ref.workspaceId, this.scope, await channelFor(wire, ref.workspaceId, io));
  }

  get canList(): boolean {
    return this.scope.defaultWorkspace !== undefined;
  }

  /** Listed ids are short (default workspace), and `parseKey` reads them back to the key `fetchConversation` uses. */
  async listConversations(request: PageRequest, io: ProviderIO): Promise<PageResult<CommonConversation>> {
    const workspaceId = this.scope.defaultWorkspace;
    if (workspaceId === undefined) throw unsupported(BIRD.slug, `Listing Bird conversations needs ${WORKSPACE_VAR}`);
    const page = await readWindow(io, BIRD.slug, conversationsReader(io.baseUrl, workspaceId, request.first), request);
    const items = await Promise.all(
      page.items.map(async ({ node, cursor }) => ({
        node: toConversation(node, workspaceId, this.scope, await channelFor(node, workspaceId, io)),
        cursor,
      })),
    );
    return { ...page, items };
  }

  async fetchNode(kind: string, key: string, io: ProviderIO): Promise<Node> {
    if (kind === 'message') {
      const ref = parseItemKey(key, this.scope.defaultWorkspace);
      return toMessage(parseMessage((await io.get(birdPaths.message(ref))).body), ref, this.scope);
    }
    if (kind === 'participant') {
      const ref = parseItemKey(key, this.scope.defaultWorkspace);
      return toParticipant(parseParticipant((await io.get(birdPaths.participant(ref))).body), ref, this.scope);
    }
    throw badUserInput(`Bird has no node of kind "${kind.slice(0, 40)}" (expected ${NODE_KINDS.join(' or ')})`, BIRD.slug);
  }
}
