import { Args, Ctx, Directive, Field, Int, InterfaceType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Channel, ConversationStatus } from './enums';
import { ProviderEnum } from './provider-enum';
import { Node } from './node.interface';
import { Message } from './message.interface';
import { Participant } from './participant.interface';
import { MessageConnection, PageArgs } from './connection.types';
import { DateTimeScalar } from './scalars';
import { toConnection, toPageRequest, type PageRequest, type PageResult } from '../kit/paging/request';
import type { JsonObject } from '../kit/json';
import { linkIO, type LinkContext, type LinkIO } from '../kit/link-io';
import type { Unreadable } from '../kit/defects';

/**
 * The fields every provider's conversation type shares. Plain fields are filled by the
 * provider's mapper; the linked fields below call protected hooks that each provider class
 * implements with the request's IO for its provider, so nothing here knows which provider it is
 * serving and no provider class sees the app context. It is a Federation entity interface, so
 * another subgraph can extend every conversation with @interfaceObject, storing only global ids.
 */
@Directive('@key(fields: "id")')
@InterfaceType('CommonConversation', {
  implements: Node,
  description: 'Fields every provider conversation has. A value the provider cannot know is null, never made up.',
})
export abstract class CommonConversation extends Node {
  @Field(() => ProviderEnum, { description: 'Provider the conversation lives in.' })
  provider!: string;

  @Field(() => String, { description: "The provider's own id (Help Scout number id, TextUs slug, Bird/Layer/MailPerformance UUID)." })
  nativeId!: string;

  @Field(() => String, { nullable: true, description: 'Subject or name, when the provider has one.' })
  subject!: string | null;

  @Field(() => ConversationStatus, { description: 'Normalised status; `UNKNOWN` when the upstream value has no mapping.' })
  status!: ConversationStatus;

  @Field(() => String, { nullable: true, description: 'Status exactly as the provider sent it.' })
  rawStatus!: string | null;

  @Field(() => Channel, { description: 'Normalised medium; `UNKNOWN` when the upstream value has no mapping.' })
  channel!: Channel;

  @Field(() => String, { nullable: true, description: 'Medium exactly as the provider sent it.' })
  rawChannel!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the conversation was created.' })
  createdAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the conversation was last updated.' })
  updatedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last message or event happened.' })
  lastActivityAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Snippet of the latest message.' })
  preview!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of messages, or null when unknown without an extra request.' })
  messageCount!: number | null;

  @Field(() => String, { nullable: true, description: "Link to the conversation in the provider's web app." })
  webUrl!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The untouched upstream conversation object.' })
  raw!: JsonObject;

  @Field(() => [Participant], {
    nullable: true,
    description: 'Everyone the provider lists in the conversation, deduplicated. Null (with an error at this path) when the provider fetches them separately and that fetch failed.',
  })
  participants(@Ctx() ctx: LinkContext): Promise<Participant[]> {
    return this.loadParticipants(linkIO(ctx, this.provider));
  }

  @Field(() => Participant, {
    nullable: true,
    description: 'The external party (customer, contact, recipient), when the provider names one. Null with an error at this path when it could not be fetched or read.',
  })
  customer(@Ctx() ctx: LinkContext): Promise<Participant | null> {
    return this.loadCustomer(linkIO(ctx, this.provider));
  }

  @Field(() => Participant, {
    nullable: true,
    description: 'The agent the conversation is assigned to, when the provider has assignment. Null with an error at this path when it could not be fetched or read.',
  })
  assignee(@Ctx() ctx: LinkContext): Promise<Participant | null> {
    return this.loadAssignee(linkIO(ctx, this.provider));
  }

  @Field(() => Message, { nullable: true, description: 'The most recent message. Null with an error at this path when it could not be fetched or read.' })
  lastMessage(@Ctx() ctx: LinkContext): Promise<Message | null> {
    return this.loadLastMessage(linkIO(ctx, this.provider));
  }

  @Field(() => MessageConnection, {
    nullable: true,
    description:
      'Messages, oldest first, as a Relay connection. `first` is at most 100; cursors wrap the provider paging. Null (with one error at this path) when the messages could not be fetched: the conversation itself stays.',
  })
  async messages(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: LinkContext): Promise<MessageConnection> {
    const { slug, io } = ctx.provider(this.provider);
    const request = toPageRequest(slug, args);
    return toConnection(slug, request, await this.loadMessages(request, io));
  }

  protected abstract loadParticipants(io: LinkIO): Promise<Participant[]>;
  protected abstract loadCustomer(io: LinkIO): Promise<Participant | null>;
  protected abstract loadAssignee(io: LinkIO): Promise<Participant | null>;
  protected abstract loadLastMessage(io: LinkIO): Promise<Message | null>;
  protected abstract loadMessages(request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>>;
}
