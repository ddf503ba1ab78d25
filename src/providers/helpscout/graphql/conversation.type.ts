import { Ctx, Directive, Field, Int, ObjectType } from 'type-graphql';
import type { Unreadable } from '../../../kit/defects';
import { linkIO, type LinkContext, type LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { CommonConversation } from '../../../schema/conversation.interface';
import type { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import type { LinkRef } from '../api/keys';
import type { HelpScoutLinks, ThreadSource } from './links';
import { HelpScoutCustomer, HelpScoutUser } from './participant.type';
import {
  HelpScoutCustomField, HelpScoutLink, HelpScoutNextEvent, HelpScoutSnooze, HelpScoutSource, HelpScoutTag, HelpScoutWaitingSince,
} from './parts.type';
import { HelpScoutMailbox } from './profile.type';

// Federation entity: other subgraphs reference the conversation by its global id alone.
@Directive('@key(fields: "id")')
@ObjectType('HelpScoutConversation', {
  implements: [CommonConversation, Node],
  description:
    'A Help Scout conversation (Mailbox API 2.0). Persons are embedded summaries; their `profile` and the `mailbox` are fetched only when selected. Messages are threads.',
})
export class HelpScoutConversation extends CommonConversation implements ThreadSource {
  @Field(() => String, {
    nullable: true,
    description: 'When the conversation was reached through a merged conversation id (HTTP 301), that id; otherwise null.',
  })
  mergedFromId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Conversation number shown in the Help Scout UI.' })
  number!: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of threads (`threads` upstream).' })
  threadCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Id of the mailbox the conversation is in.' })
  mailboxId!: number | null;

  @Field(() => Int, { nullable: true, description: 'Id of the folder the conversation is in.' })
  folderId!: number | null;

  @Field(() => String, { nullable: true, description: 'State: `published`, `draft` or `deleted`.' })
  state!: string | null;

  @Field(() => HelpScoutSource, { nullable: true, description: 'Where the conversation came from.' })
  source!: HelpScoutSource | null;

  @Field(() => [HelpScoutTag], { nullable: true, description: 'Tags. Null with an error when the upstream list cannot be read.' })
  tags!: HelpScoutTag[];

  @Field(() => [HelpScoutCustomField], { nullable: true, description: 'Custom field values. Null with an error when the upstream list, or one of its fields, cannot be read.' })
  customFields!: HelpScoutCustomField[];

  @Field(() => [String], { nullable: true, description: "Addresses cc'd on the conversation." })
  cc!: string[];

  @Field(() => [String], { nullable: true, description: "Addresses bcc'd on the conversation." })
  bcc!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the conversation was closed.' })
  closedAt!: string | null;

  @Field(() => Int, { nullable: true, description: 'Id of the user who closed the conversation.' })
  closedBy!: number | null;

  @Field(() => HelpScoutUser, { nullable: true, description: 'The user who closed the conversation (summary).' })
  closedByUser!: HelpScoutUser | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a user last updated the conversation.' })
  userUpdatedAt!: string | null;

  @Field(() => HelpScoutWaitingSince, { nullable: true, description: 'Since when the customer has been waiting.' })
  customerWaitingSince!: HelpScoutWaitingSince | null;

  @Field(() => HelpScoutSnooze, { nullable: true, description: 'Snooze settings, when snoozed.' })
  snooze!: HelpScoutSnooze | null;

  @Field(() => HelpScoutNextEvent, { nullable: true, description: 'The next scheduled event, if any.' })
  nextEvent!: HelpScoutNextEvent | null;

  @Field(() => HelpScoutCustomer, { nullable: true, description: 'The primary customer (summary); same as `customer`.' })
  primaryCustomer!: HelpScoutCustomer | null;

  @Field(() => Participant, { nullable: true, description: 'Who created the conversation (customer or user summary).' })
  createdBy!: HelpScoutCustomer | HelpScoutUser | null;

  @Field(() => [HelpScoutLink], { nullable: true, description: 'HAL links of the conversation, as sent (`self`, `mailbox`, `threads`, `web`…).' })
  links!: HelpScoutLink[];

  @Field(() => HelpScoutMailbox, {
    nullable: true,
    description: 'The mailbox (`_links.mailbox`, `GET /v2/mailboxes/{id}`), fetched only when selected. A link off the provider origin is LINK_REJECTED.',
  })
  mailbox(@Ctx() ctx: LinkContext): Promise<HelpScoutMailbox | null> {
    return this.mailboxLink === null ? Promise.resolve(null) : this.follow.mailbox(this.mailboxLink, linkIO(ctx, this.provider));
  }

  /** The assignee summary (`assignee` upstream), served by the common `assignee` field. */
  assigneeUser!: HelpScoutUser | null;
  /** Every thread as sent, newest first, when the response embedded all of them; null otherwise. */
  embeddedThreads!: readonly unknown[] | null;
  /** The threads endpoint of this conversation. */
  threadsLink!: LinkRef;
  /** The mailbox record, or null when the conversation names none. */
  mailboxLink!: LinkRef | null;
  /** Follows the links above with the request's IO. */
  follow!: HelpScoutLinks;

  protected loadParticipants(): Promise<Participant[]> {
    // At most four people: a scan beats a Map and its iterator on every listed conversation.
    const unique: Participant[] = [];
    for (const person of [this.primaryCustomer, this.createdBy, this.assigneeUser, this.closedByUser]) {
      if (person && !unique.some((seen) => seen.id === person.id)) unique.push(person);
    }
    return Promise.resolve(unique);
  }

  protected loadCustomer(): Promise<Participant | null> {
    return Promise.resolve(this.primaryCustomer);
  }

  protected loadAssignee(): Promise<Participant | null> {
    return Promise.resolve(this.assigneeUser);
  }

  protected loadLastMessage(io: LinkIO): Promise<Message | null> {
    return this.follow.lastMessage(this, io);
  }

  protected loadMessages(request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>> {
    return this.follow.messages(this, request, io);
  }
}
