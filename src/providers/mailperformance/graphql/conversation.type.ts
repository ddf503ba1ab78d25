import { Ctx, Field, ObjectType } from 'type-graphql';
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
@ObjectType('MailPerformanceConversation', {
  implements: [CommonConversation, Node],
  description: 'A MailPerformance transactional message with its delivery events. Global id `mailperformance:<message uuid>`. The upstream cannot list messages.',
})
export class MailPerformanceConversation extends CommonConversation {
  @Field(() => String, { description: 'Upstream `type` (`message`).' })
  type!: string;

  @Field(() => String, { description: 'Upstream `media` (`mail`, `sms`); normalised in `channel`.' })
  media!: string;

  @Field(() => String, { description: 'Code of the action (template or campaign) the message was sent from; see `action`.' })
  actionId!: string;

  @Field(() => String, { description: 'Code of the target (recipient) the message was sent to; see `target`.' })
  targetId!: string;

  @Field(() => [MailPerformanceEvent], { description: 'Delivery events in upstream (chronological) order; also served as `messages`.' })
  events!: MailPerformanceEvent[];

  /** Follows `target` and `actionId` and pages `events`; set by the mapper, not a GraphQL field. */
  links!: MailPerformanceLinks;

  @Field(() => MailPerformanceTarget, { nullable: true, description: 'The target the message was sent to (`GET /targets/{id}`, fetched when selected).' })
  target(@Ctx() ctx: LinkContext): Promise<MailPerformanceTarget> {
    return this.links.target(this.targetId, linkIO(ctx, this.provider));
  }

  @Field(() => MailPerformanceAction, { nullable: true, description: 'The action the message was sent from (`GET /actions/{id}`, fetched once even when `subject` is selected too).' })
  action(@Ctx() ctx: LinkContext): Promise<MailPerformanceAction> {
    return this.links.action(this.actionId, linkIO(ctx, this.provider));
  }

  protected async loadParticipants(io: LinkIO): Promise<Participant[]> {
    return [await this.links.target(this.targetId, io)];
  }

  protected loadCustomer(io: LinkIO): Promise<Participant | null> {
    return this.links.target(this.targetId, io);
  }

  /** Transactional messages have no assignment. */
  protected loadAssignee(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected loadLastMessage(): Promise<Message | null> {
    return Promise.resolve(this.events[this.events.length - 1] ?? null);
  }

  protected loadMessages(request: PageRequest, io: LinkIO): Promise<PageResult<Message>> {
    return Promise.resolve(this.links.events(this.nativeId, this.events, request, io));
  }
}
