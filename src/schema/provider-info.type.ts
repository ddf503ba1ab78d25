import { Args, Ctx, Field, ID, Info, ObjectType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { unsupported } from '../errors/parley-error';
import type { ProviderRuntime } from '../gateway';
import { OperationSelection } from '../loaders/selection';
import { PageArgs } from './connection.types';
import { ConversationConnection } from './conversation-connection.types';
import { ProviderMode } from './enums';
import { ProviderEnum } from './provider-enum';
import { toConnection, toPageRequest } from '../kit/paging/request';
import { Unreadable } from '../kit/defects';

@ObjectType('ConversationProviderInfo', { description: 'A provider as this gateway runs it.' })
export class ProviderInfo {
  constructor(private readonly runtime: ProviderRuntime) {}

  // Caches key objects by `id`: without one, two reads of a provider replace each other.
  @Field(() => ID, {
    description: "The provider's slug (`helpscout`): stable, and unlike every node id it has no colon. Not a node: read it again with `provider(name:)`.",
  })
  get id(): string {
    return this.runtime.adapter.identity.slug;
  }

  @Field(() => ProviderEnum, { description: 'Which provider.' })
  get name(): string {
    return this.runtime.adapter.identity.name;
  }

  @Field(() => String, { description: 'Human-readable provider name.' })
  get title(): string {
    return this.runtime.adapter.identity.title;
  }

  @Field(() => ProviderMode, { description: '`LIVE` when credentials are configured, `SIMULATED` otherwise.' })
  get mode(): ProviderMode {
    return this.runtime.mode;
  }

  @Field(() => String, { description: 'Prefix of this provider\'s global ids (`helpscout` in `helpscout:123`).' })
  get slug(): string {
    return this.runtime.adapter.identity.slug;
  }

  @Field(() => Boolean, { description: 'Whether `conversations` can list this provider as configured (MailPerformance never can; others need their account, workspace or user id).' })
  get canList(): boolean {
    const { client } = this.runtime;
    return client.listConversations !== undefined && client.canList !== false;
  }

  @Field(() => ConversationConnection, {
    nullable: true,
    description:
      'Conversations newest first, where the upstream can list them; null with `UNSUPPORTED` at this path otherwise, so `providers { conversations }` answers for every provider that can list. A listing that fails is null with its error here; one unreadable conversation costs only its edge. Listed conversations are cached for the rest of the operation.',
  })
  async conversations(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConversationConnection> {
    const { adapter, client } = this.runtime;
    const { slug, title } = adapter.identity;
    if (!client.listConversations) {
      throw unsupported(slug, `${title} has no API to list conversations; fetch them by id`);
    }
    ctx.lookahead.selection ??= OperationSelection.from(info);
    const request = toPageRequest(slug, args);
    const listed = await client.listConversations(request, ctx.loaders.io(this.runtime));
    for (const { node } of listed.items) if (!(node instanceof Unreadable)) ctx.loaders.primeListed(this.runtime, node);
    return toConnection(slug, request, listed);
  }
}
