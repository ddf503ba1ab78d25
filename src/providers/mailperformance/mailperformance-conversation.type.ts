import { Ctx, Field, ObjectType } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../context';
import { badUserInput } from '../../errors/parley-error';
import { CommonConversation } from '../../schema/conversation.interface';
import type { Message } from '../../schema/message.interface';
import { Node } from '../../schema/node.interface';
import type { Participant } from '../../schema/participant.interface';
import type { PageRequest, PageResult } from '../../schema/paging';
import { MailPerformanceAction } from './mailperformance-action.type';
import { MailPerformanceEvent } from './mailperformance-event.type';
import { MailPerformanceTarget } from './mailperformance-target.type';
import { ioOf, SLUG, type MailPerformanceLinks } from './mailperformance.links';

// The message carries all its events, so the cursor is just the index of the last event read.
const zEventCursor = z.number().int().min(0);

/** A page of events after `request.after`, from the array the message already holds. */
export function pageOfEvents(events: readonly MailPerformanceEvent[], request: PageRequest): PageResult<Message> {
  const parsed = request.after === null ? null : zEventCursor.safeParse(request.after);
  if (parsed && !parsed.success) throw badUserInput('Cursor is not a MailPerformance event cursor', SLUG);
  const start = parsed ? parsed.data + 1 : 0;
  const slice = events.slice(start, start + request.first);
  return {
    items: slice.map((event) => ({ node: event, cursor: event.index })),
    hasNextPage: start + slice.length < events.length,
    totalCount: events.length,
  };
}

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

  /** Follows `target` and `actionId`; set by the mapper, not a GraphQL field. */
  links!: MailPerformanceLinks;

  @Field(() => MailPerformanceTarget, { nullable: true, description: 'The target the message was sent to (`GET /targets/{id}`, fetched when selected).' })
  target(@Ctx() ctx: Context): Promise<MailPerformanceTarget> {
    return this.links.target(this.targetId, ioOf(ctx));
  }

  @Field(() => MailPerformanceAction, { nullable: true, description: 'The action the message was sent from (`GET /actions/{id}`, fetched once even when `subject` is selected too).' })
  action(@Ctx() ctx: Context): Promise<MailPerformanceAction> {
    return this.links.action(this.actionId, ioOf(ctx));
  }

  protected async loadParticipants(ctx: Context): Promise<Participant[]> {
    return [await this.target(ctx)];
  }

  protected loadCustomer(ctx: Context): Promise<Participant | null> {
    return this.target(ctx);
  }

  /** Transactional messages have no assignment. */
  protected loadAssignee(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected loadLastMessage(): Promise<Message | null> {
    return Promise.resolve(this.events[this.events.length - 1] ?? null);
  }

  protected loadMessages(request: PageRequest): Promise<PageResult<Message>> {
    return Promise.resolve(pageOfEvents(this.events, request));
  }
}
