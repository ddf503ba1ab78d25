import { Ctx, Directive, Field, Int, ObjectType } from 'type-graphql';
import type { Unreadable } from '../../../kit/defects';
import { linkIO, type LinkContext, type LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { CommonConversation } from '../../../schema/conversation.interface';
import type { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import type { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import type { BirdRef } from '../api/keys';
import { BirdChannel } from './channel.type';
import type { BirdLinks } from './links';
import type { BirdMessage } from './message.type';
import { BirdParticipant } from './participant.type';

// Federation entity: other subgraphs reference the conversation by its global id alone.
@Directive('@key(fields: "id")')
@ObjectType('BirdConversation', {
  implements: [CommonConversation, Node],
  description:
    'A Bird Conversations API conversation (`GET /workspaces/{ws}/conversations/{id}`). Id `bird:<conversationId>` in the configured default workspace, `bird:<workspaceId>/<conversationId>` elsewhere.',
})
export class BirdConversation extends CommonConversation {
  @Field(() => String, { description: 'Workspace UUID the conversation lives in.' })
  workspaceId!: string;

  @Field(() => String, { nullable: true, description: 'Conversation name (the e-mail subject on e-mail channels); also `subject`.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Conversation description.' })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Whether the conversation is `public` or `private`.' })
  visibility!: string | null;

  @Field(() => String, { nullable: true, description: 'Access level for new participants, e.g. `open`.' })
  accessibility!: string | null;

  @Field(() => String, { nullable: true, description: 'Conversation style: `default`, `directMessage`, `chatChannel`, `personalInbox` or `resource`.' })
  style!: string | null;

  @Field(() => String, { nullable: true, description: 'Platform communication style: `email`, `direct`, `direct-multiple` or `direct-threaded`.' })
  platformStyle!: string | null;

  @Field(() => [BirdParticipant], {
    nullable: true,
    description: 'The participants Bird features on the conversation: a subset; `participants` lists everyone. Null when Bird sent none, or (with an error here) when one of them could not be read.',
  })
  featuredParticipants!: BirdParticipant[] | null;

  @Field(() => BirdParticipant, { nullable: true, description: 'Who started the conversation, as embedded by Bird.' })
  initiatingParticipant!: BirdParticipant | null;

  @Field(() => Int, { nullable: true, description: 'Number of active participants.' })
  activeParticipantCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of participants waiting for their request to join to be approved.' })
  pendingParticipantCount!: number | null;

  @Field(() => String, { nullable: true, description: 'UUID of the channel the conversation runs on; see `channelInfo`.' })
  channelId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last incoming message arrived.' })
  lastIncomingMessageAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last outgoing message was sent.' })
  lastOutgoingMessageAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Summary of the conversation.' })
  summary!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether Bird flagged the conversation as spam; only sent when anti-spam is on.' })
  spam!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why Bird flagged the conversation as spam, e.g. `advertisement`.' })
  spamReason!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the conversation holds at least one draft message.' })
  hasDraft!: boolean | null;

  /** Set by the mapper; not GraphQL fields. */
  ref!: BirdRef;
  links!: BirdLinks<BirdMessage>;
  customerValue!: Participant | null;
  lastMessageValue!: BirdMessage | null;

  @Field(() => BirdChannel, {
    nullable: true,
    description: 'The channel (`GET /workspaces/{ws}/channels/{channelId}`), fetched once when selected; null when the conversation names none.',
  })
  channelInfo(@Ctx() ctx: LinkContext): Promise<BirdChannel | null> {
    if (this.channelId === null) return Promise.resolve(null);
    return this.links.channel(this.workspaceId, this.channelId, linkIO(ctx, this.provider));
  }

  protected loadParticipants(io: LinkIO): Promise<Participant[]> {
    return this.links.participants(this.ref, io);
  }

  protected loadCustomer(): Promise<Participant | null> {
    return Promise.resolve(this.customerValue);
  }

  // Bird conversations carry no assignment; routing lives in the separate Collaborations API.
  protected loadAssignee(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected loadLastMessage(): Promise<Message | null> {
    return Promise.resolve(this.lastMessageValue);
  }

  protected loadMessages(request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>> {
    return this.links.messages(this.ref, request, io);
  }
}
