import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { badUserInput, toError, unsupported } from '../errors/parley-error';
import { parseGlobalId, preview, type ParsedId } from '../ids/global-id';
import { OperationSelection } from '../loaders/selection';
import type { CommonConversation } from './conversation.interface';
import { ConversationUnion } from './conversation.union';
import { ProviderEnum } from './provider-enum';
import { Node } from './node.interface';
import { ProviderInfo } from './provider-info.type';

/** Most ids one `conversations(ids:)` call accepts; more would let one query fan out unbounded. */
export const MAX_IDS = 100;

@Resolver()
export class QueryResolver {
  @Query(() => ConversationUnion, {
    nullable: true,
    description: 'One conversation by global id (`helpscout:123`, `textus:kY1QwY`, …). Unknown, deleted or failing: null plus one error with a code.',
  })
  conversation(
    @Arg('id', () => ID, { description: 'Global id, as returned in `id`.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CommonConversation> {
    ctx.lookahead.selection ??= OperationSelection.from(info);
    return loadConversation(parseConversationId(id, ctx), ctx);
  }

  @Query(() => [ConversationUnion], {
    nullable: 'items',
    description: `Many conversations by global id, at most ${MAX_IDS}: same length and order as \`ids\`, null in each failed slot with one error naming its index. Duplicates are fetched once.`,
  })
  conversations(
    @Arg('ids', () => [ID], { description: 'Global ids, in the order the answer should follow.' }) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): (Promise<CommonConversation> | Error)[] {
    if (ids.length > MAX_IDS) throw badUserInput(`"ids" may hold at most ${MAX_IDS} ids; got ${ids.length}`);
    ctx.lookahead.selection ??= OperationSelection.from(info);
    return ids.map((id) => {
      try {
        return loadConversation(parseConversationId(id, ctx), ctx);
      } catch (error) {
        // graphql-js reports an Error list item as that item's error, at its index.
        return toError(error);
      }
    });
  }

  @Query(() => Node, { nullable: true, description: 'Relay node lookup: any object with a global id.' })
  async node(
    @Arg('id', () => ID, { description: 'Global id of any node.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Node> {
    ctx.lookahead.selection ??= OperationSelection.from(info);
    const parsed = parseGlobalId(id, ctx.gateway);
    if (parsed.kind === undefined) return loadConversation(parsed, ctx);
    const { client, adapter } = parsed.runtime;
    if (!client.fetchNode) throw unsupported(adapter.identity.slug, `${adapter.identity.title} has no node of kind "${parsed.kind}"`);
    return client.fetchNode(parsed.kind, parsed.key, ctx.loaders.io(parsed.runtime));
  }

  @Query(() => ProviderInfo, { nullable: true, description: 'One configured provider, its mode, and its conversation listing.' })
  provider(@Arg('name', () => ProviderEnum, { description: 'Which provider.' }) name: string, @Ctx() ctx: Context): ProviderInfo {
    return new ProviderInfo(ctx.gateway.forProvider(name));
  }

  @Query(() => [ProviderInfo], { description: 'All configured providers.' })
  providers(@Ctx() ctx: Context): ProviderInfo[] {
    return ctx.gateway.runtimes.map((runtime) => new ProviderInfo(runtime));
  }
}

function parseConversationId(id: string, ctx: Context): ParsedId {
  const parsed = parseGlobalId(id, ctx.gateway);
  if (parsed.kind !== undefined) {
    throw badUserInput(`Id "${preview(id)}" names a ${parsed.kind}, not a conversation; use node(id:)`, parsed.runtime.adapter.identity.slug);
  }
  return parsed;
}

function loadConversation(parsed: ParsedId, ctx: Context): Promise<CommonConversation> {
  return ctx.loaders.conversation.load(`${parsed.runtime.adapter.identity.slug}:${parsed.key}`);
}
