import { Ctx, Field, ObjectType } from 'type-graphql';
import { linkIO, type LinkContext, type LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { CommonConversation } from '../../../schema/conversation.interface';
import { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import type { Participant } from '../../../schema/participant.interface';
import type { EmbeddedOrLink, TextUsLinks, TextUsPeopleRef, TextUsTimelineRef } from './links';
import { TextUsContactCollection, TextUsUserCollection } from './participant.type';
import { TextUsConversationActions, TextUsJsonLd, TextUsUserInfo } from './parts.type';
import { TextUsTimeline } from './timeline.type';

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

  @Field(() => String, { nullable: true, description: 'Link to the account (`/accounts/sanford.llc`), as sent.' })
  accountPath!: string | null;

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

  @Field(() => Message, { nullable: true, description: 'The newest previewable item, as embedded (also `lastMessage`).' })
  latestPreviewableItem!: Message | null;

  @Field(() => String, { nullable: true, description: 'Link to the assignments; `assignee` reads it.' })
  assignmentsPath!: string | null;

  @Field(() => TextUsConversationActions, { description: 'Action links (close, read, star, block, …), as sent.' })
  actions!: TextUsConversationActions;

  @Field(() => Boolean, { nullable: true, description: 'Whether the last inbound message has no answer yet.' })
  unanswered!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the contact unsubscribed from texts.' })
  unsubscribed!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the contact is blocked.' })
  blocked!: boolean | null;

  @Field(() => TextUsTimeline, { nullable: true, description: 'The timeline as embedded (first page); `messages` pages through all of it.' })
  timeline!: TextUsTimeline | null;

  @Field(() => String, { nullable: true, description: 'Link to the conversation statistics, as sent.' })
  statsPath!: string | null;

  /** Contacts and users as the payload holds them. */
  peopleRef!: TextUsPeopleRef;

  /** `requestingUserInfo`: embedded in list results, a link in a GET. */
  userInfoRef!: EmbeddedOrLink<TextUsUserInfo> | null;

  /** Whether the payload had `latestPreviewableItem` at all (null is an answer, absent is not). */
  latestPreviewableItemSent!: boolean;

  /** Where the messages come from. */
  timelineRef!: TextUsTimelineRef;

  links!: TextUsLinks;

  @Field(() => TextUsUserInfo, { nullable: true, description: 'What the requesting user did with the conversation: embedded in list results, one request otherwise.' })
  requestingUserInfo(@Ctx() ctx: LinkContext): Promise<TextUsUserInfo | null> {
    return this.links.userInfo(this.userInfoRef, linkIO(ctx, this.provider));
  }

  @Field(() => TextUsContactCollection, { description: 'Contacts of the conversation: embedded in a GET, one request in list results.' })
  associatedContacts(@Ctx() ctx: LinkContext): Promise<TextUsContactCollection> {
    return this.links.contacts(this.peopleRef, linkIO(ctx, this.provider));
  }

  @Field(() => TextUsUserCollection, { description: 'TextUs `participants`: users who wrote to the contact, as embedded.' })
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

  protected loadAssignee(io: LinkIO): Promise<Participant | null> {
    return this.links.assignee(this.assignmentsPath, io);
  }

  protected async loadLastMessage(io: LinkIO): Promise<Message | null> {
    if (this.latestPreviewableItemSent) return this.latestPreviewableItem;
    // Not in this payload shape: the newest message of the first timeline page instead.
    return this.links.newestMessage(this.timelineRef, io);
  }

  protected loadMessages(request: PageRequest, io: LinkIO): Promise<PageResult<Message>> {
    return this.links.messages(this.timelineRef, request, io);
  }
}
