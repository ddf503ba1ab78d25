import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../../context';
import { CommonConversation } from '../../schema/conversation.interface';
import { Message } from '../../schema/message.interface';
import { Node } from '../../schema/node.interface';
import type { PageRequest, PageResult } from '../../schema/paging';
import type { Participant } from '../../schema/participant.interface';
import { TextUsConversationActions, TextUsJsonLd, TextUsUserInfo } from './textus-parts.type';
import { TextUsContactCollection, TextUsUserCollection } from './textus-participant.type';
import {
  loadAssignedUser, loadAssociatedContacts, loadEveryone, loadFirstContact, loadParticipantUsers, loadUserInfo,
} from './textus-people.loader';
import { loadNewestMessage, loadTimeline, type TimelineSource } from './textus-timeline.loader';
import { TextUsTimeline } from './textus-timeline.type';
import type { TextUsConversationWire } from './textus.wire';

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

  /** The parsed upstream object the lazy fields read. */
  source!: TextUsConversationWire;

  /** Where the messages come from (the embedded timeline's id, or the documented path). */
  timelineSource!: TimelineSource;

  @Field(() => TextUsUserInfo, { nullable: true, description: 'What the requesting user did with the conversation: embedded in list results, one request otherwise.' })
  requestingUserInfo(@Ctx() ctx: Context): Promise<TextUsUserInfo | null> {
    return loadUserInfo(this.source, ctx);
  }

  @Field(() => TextUsContactCollection, { description: 'Contacts of the conversation: embedded in a GET, one request in list results.' })
  associatedContacts(@Ctx() ctx: Context): Promise<TextUsContactCollection> {
    return loadAssociatedContacts(this.source, ctx);
  }

  @Field(() => TextUsUserCollection, { description: 'TextUs `participants`: users who wrote to the contact, as embedded.' })
  participantUsers(@Ctx() ctx: Context): Promise<TextUsUserCollection> {
    return loadParticipantUsers(this.source, ctx);
  }

  protected loadParticipants(ctx: Context): Promise<Participant[]> {
    return loadEveryone(this.source, ctx);
  }

  protected loadCustomer(ctx: Context): Promise<Participant | null> {
    return loadFirstContact(this.source, ctx);
  }

  protected loadAssignee(ctx: Context): Promise<Participant | null> {
    return loadAssignedUser(this.source, ctx);
  }

  protected async loadLastMessage(ctx: Context): Promise<Message | null> {
    if (this.source.latestPreviewableItem !== undefined) return this.latestPreviewableItem;
    // Not in this payload shape: the newest message of the first timeline page instead.
    return loadNewestMessage(this.timelineSource, ctx);
  }

  protected loadMessages(request: PageRequest, ctx: Context): Promise<PageResult<Message>> {
    return loadTimeline(this.timelineSource, request, ctx);
  }
}
