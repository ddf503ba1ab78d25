import { Ctx, Directive, Field, ObjectType } from 'type-graphql';
import { linkIO, type LinkContext, type LinkIO } from '../../../kit/link-io';
import type { Unreadable } from '../../../kit/defects';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { CommonConversation } from '../../../schema/conversation.interface';
import { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import type { Participant } from '../../../schema/participant.interface';
import type { EmbeddedOrLink, TextUsLinks, TextUsPeopleRef, TextUsTimelineRef } from './links';
import { TextUsContactCollection, TextUsUserCollection } from './participant.type';
import { TextUsAccount, TextUsConversationActions, TextUsJsonLd, TextUsUserInfo } from './parts.type';
import { TextUsAssignmentCollection } from './assignment.type';
import { TextUsTimeline } from './timeline.type';

// Federation entity: other subgraphs reference the conversation by its global id alone.
@Directive('@key(fields: "id")')
@ObjectType('TextUsConversation', {
  implements: [CommonConversation, Node],
  description:
    'A TextUs SMS conversation with one contact (`GET /conversations/:slug`, JSON-LD). Id `textus:<slug>`. Links are kept as sent (host-relative paths); linked resources are fetched only when selected and never when embedded.',
})
export class TextUsConversation extends CommonConversation {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/conversations/kY1QwY`).' })
  jsonLd!: TextUsJsonLd;

  @Field(() => String, { description: 'The slug (also `nativeId`).' })
  slug!: string;

  @Field(() => String, { nullable: true, description: 'State as sent (`open`, `closed`; also `rawStatus`).' })
  currentState!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the account (`/accounts/sanford.llc`), as sent, or the id of the embedded account.' })
  accountPath!: string | null;

  @Field(() => TextUsAccount, { nullable: true, description: 'The account, when the answer embeds it (null when it is only a link: Parley never fetches accounts).' })
  account!: TextUsAccount | null;

  @Field(() => String, { nullable: true, description: 'Link to the requesting user\'s info, as sent (null in list results, which embed it).' })
  requestingUserInfoPath!: string | null;

  @Field(() => String, { nullable: true, description: "The contact's phone number (E.164)." })
  phoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The contact's phone number formatted for display." })
  formattedPhoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The account's phone number, when sent." })
  accountPhoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The account's phone number formatted for display, when sent." })
  formattedAccountPhoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the contact assigned to the conversation, as sent.' })
  assignedContactPath!: string | null;

  @Field(() => String, { nullable: true, description: 'The newest previewable item\'s id: the link as sent, or the id of the embedded item.' })
  latestPreviewableItemPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the assignments, as sent, or the id of the embedded collection; `assignee` reads it.' })
  assignmentsPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the timeline, as sent, or the id of the embedded page.' })
  timelinePath!: string | null;

  @Field(() => TextUsConversationActions, { description: 'Action links (close, read, star, block, …), as sent.' })
  actions!: TextUsConversationActions;

  @Field(() => Boolean, { nullable: true, description: 'Whether the last inbound message has no answer yet.' })
  unanswered!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the contact unsubscribed from texts.' })
  unsubscribed!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the contact is blocked.' })
  blocked!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Link to the conversation statistics, as sent.' })
  statsPath!: string | null;

  /** Contacts and users as the payload holds them. */
  peopleRef!: TextUsPeopleRef;

  /** `requestingUserInfo`: embedded in list results, a link in a GET. */
  userInfoRef!: EmbeddedOrLink<TextUsUserInfo> | null;

  /** Whether the payload had `latestPreviewableItem` at all (null is an answer, absent is not). */
  latestPreviewableItemSent!: boolean;

  /** `latestPreviewableItem` as embedded (mapped, or its error when unreadable) or as a link. */
  latestItemRef!: Message | Error | string | null;

  /** The timeline's first page as embedded, or null when the payload only links it (or leaves it out). */
  embeddedTimeline!: TextUsTimeline | null;

  /** `assignments` as embedded (mapped) or as a link; null when left out. */
  assignmentsRef!: EmbeddedOrLink<TextUsAssignmentCollection> | null;

  /** Where the messages come from. */
  timelineRef!: TextUsTimelineRef;

  links!: TextUsLinks;

  @Field(() => TextUsUserInfo, { nullable: true, description: 'What the requesting user did with the conversation: embedded in list results, one request otherwise.' })
  requestingUserInfo(@Ctx() ctx: LinkContext): Promise<TextUsUserInfo | null> {
    return this.links.userInfo(this.userInfoRef, linkIO(ctx, this.provider));
  }

  @Field(() => Message, { nullable: true, description: 'The newest previewable item (also `lastMessage`): embedded, or fetched behind its link when selected.' })
  latestPreviewableItem(@Ctx() ctx: LinkContext): Promise<Message | null> {
    return this.latestItem(linkIO(ctx, this.provider));
  }

  @Field(() => TextUsTimeline, {
    nullable: true,
    description: 'The timeline\'s first page: embedded, or fetched behind its link when selected; `messages` pages through all of it.',
  })
  timeline(@Ctx() ctx: LinkContext): Promise<TextUsTimeline | null> {
    if (this.embeddedTimeline || this.timelinePath === null) return Promise.resolve(this.embeddedTimeline);
    return this.links.timeline(this.timelineRef, linkIO(ctx, this.provider));
  }

  @Field(() => TextUsAssignmentCollection, { nullable: true, description: 'Assignments: embedded, or one request behind the link.' })
  assignments(@Ctx() ctx: LinkContext): Promise<TextUsAssignmentCollection | null> {
    return this.assignmentsRef === null ? Promise.resolve(null) : this.links.assignments(this.assignmentsRef, linkIO(ctx, this.provider));
  }

  @Field(() => TextUsContactCollection, {
    nullable: true,
    description: 'Contacts of the conversation: embedded in a GET, one request in list results (null with an error at this path when that request fails).',
  })
  associatedContacts(@Ctx() ctx: LinkContext): Promise<TextUsContactCollection> {
    return this.links.contacts(this.peopleRef, linkIO(ctx, this.provider));
  }

  @Field(() => TextUsUserCollection, {
    nullable: true,
    description: 'TextUs `participants`: users who wrote to the contact, as embedded, or fetched when only linked (null with an error at this path when that request fails).',
  })
  participantUsers(@Ctx() ctx: LinkContext): Promise<TextUsUserCollection> {
    return this.links.users(this.peopleRef, linkIO(ctx, this.provider));
  }

  protected loadParticipants(io: LinkIO): Promise<Participant[]> {
    return this.links.everyone(this.peopleRef, io);
  }

  /** TextUs conversations are with one contact: the first associated one. */
  protected async loadCustomer(io: LinkIO): Promise<Participant | null> {
    return (await this.links.contacts(this.peopleRef, io)).members[0] ?? null;
  }

  /** The first assignment's assignee; null without assignments. */
  protected async loadAssignee(io: LinkIO): Promise<Participant | null> {
    if (this.assignmentsRef === null) return null;
    const first = (await this.links.assignments(this.assignmentsRef, io)).members[0];
    if (first instanceof Error) throw first;
    const ref = first?.assigneeRef ?? null;
    if (ref instanceof Error) throw ref;
    return typeof ref === 'string' ? this.links.user(ref, io) : ref;
  }

  protected async loadLastMessage(io: LinkIO): Promise<Message | null> {
    if (this.latestPreviewableItemSent) return this.latestItem(io);
    // Not in this payload shape: the newest message of the first timeline page instead.
    return this.links.newestMessage(this.timelineRef, io);
  }

  private async latestItem(io: LinkIO): Promise<Message | null> {
    const ref = this.latestItemRef;
    if (ref instanceof Error) throw ref;
    return typeof ref === 'string' ? this.links.item(ref, this.peopleRef, io) : ref;
  }

  protected loadMessages(request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>> {
    return this.links.messages(this.timelineRef, request, io);
  }
}
