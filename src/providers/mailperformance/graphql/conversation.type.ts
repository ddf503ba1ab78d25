import { Ctx, Directive, Field, ObjectType } from 'type-graphql';
import type { Unreadable } from '../../../kit/defects';
import { linkIO, type LinkContext, type LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { CommonConversation } from '../../../schema/conversation.interface';
import type { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import type { Participant } from '../../../schema/participant.interface';
import { MailPerformanceAction } from './action.type';
import { MailPerformanceEvent } from './event.type';
import type { MailPerformanceLinks } from './links';
import { MailPerformanceTarget } from './target.type';

/**
 * A MailPerformance "conversation": one transactional message (`GET /messages/{id}`) and its
 * delivery events. Status and dates derive from the events; the subject comes from the action
 * and is filled only when the operation selects it (see the client's lookahead).
 */
// Federation entity: other subgraphs reference the conversation by its global id alone.
@Directive('@key(fields: "id")')
@ObjectType('MailPerformanceConversation', {
  implements: [CommonConversation, Node],
  description: 'A MailPerformance transactional message with its delivery events. Global id `mailperformance:<message uuid>`. The upstream cannot list messages.',
})
export class MailPerformanceConversation extends CommonConversation {
  @Field(() => String, { nullable: true, description: 'Upstream `type` (`message`).' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Upstream `media` (`mail`, `sms`); normalised in `channel`.' })
  media!: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the action (template or campaign) the message was sent from; see `action`.' })
  actionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the target (recipient) the message was sent to; see `target`.' })
  targetId!: string | null;

  @Field(() => [MailPerformanceEvent], {
    nullable: true,
    description: 'Delivery events in upstream (chronological) order; also served as `messages`. Null when the message has no event list; an unreadable event makes this field an error (`messages` keeps its edge).',
  })
  events!: MailPerformanceEvent[] | null;

  /** Every event in upstream order, an unreadable one in its place (its edge in `messages`); not a GraphQL field. */
  timeline!: readonly (MailPerformanceEvent | Unreadable)[];

  /** Follows `target` and `actionId` and pages `events`; set by the mapper, not a GraphQL field. */
  links!: MailPerformanceLinks;

  @Field(() => MailPerformanceTarget, { nullable: true, description: 'The target the message was sent to (`GET /targets/{id}`, fetched when selected).' })
  target(@Ctx() ctx: LinkContext): Promise<MailPerformanceTarget | null> {
    return this.targetId === null ? Promise.resolve(null) : this.links.target(this.targetId, linkIO(ctx, this.provider));
  }

  @Field(() => MailPerformanceAction, { nullable: true, description: 'The action the message was sent from (`GET /actions/{id}`, fetched once even when `subject` is selected too).' })
  action(@Ctx() ctx: LinkContext): Promise<MailPerformanceAction | null> {
    return this.actionId === null ? Promise.resolve(null) : this.links.action(this.actionId, linkIO(ctx, this.provider));
  }

  protected async loadParticipants(io: LinkIO): Promise<Participant[]> {
    return this.targetId === null ? [] : [await this.links.target(this.targetId, io)];
  }

  protected loadCustomer(io: LinkIO): Promise<Participant | null> {
    return this.targetId === null ? Promise.resolve(null) : this.links.target(this.targetId, io);
  }

  /** Transactional messages have no assignment. */
  protected loadAssignee(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  /** The last event; when it is unreadable the mapper has made this field an error instead. */
  protected loadLastMessage(): Promise<Message | null> {
    const last = this.timeline[this.timeline.length - 1];
    return Promise.resolve(last instanceof MailPerformanceEvent ? last : null);
  }

  protected loadMessages(request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>> {
    return Promise.resolve(this.links.events(this.nativeId, this.timeline, request, io));
  }
}
