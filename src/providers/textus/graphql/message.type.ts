import { Ctx, Field, ObjectType } from 'type-graphql';
import { linkIO, type LinkContext, type LinkIO } from '../../../kit/link-io';
import { MessageDirection } from '../../../schema/enums';
import { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import type { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import type { TextUsLinks, TextUsPeopleRef } from './links';
import { TextUsUser } from './participant.type';
import { TextUsJsonLd, TextUsObjectCollection } from './parts.type';

@ObjectType('TextUsMessage', {
  implements: [Message, Node],
  description: 'A TextUs text message (`GET /messages/:id`). Id `textus:message:<slug>`.',
})
export class TextUsMessage extends Message {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/messages/06oyogE`).' })
  jsonLd!: TextUsJsonLd;

  @Field(() => String, { nullable: true, description: 'Direction as sent (`in`, `out`); normalised in `direction` (`UNKNOWN` for other values).' })
  rawDirection!: string | null;

  @Field(() => String, { nullable: true, description: 'Plain-text body (also in `text`).' })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'HTML body (also in `html`).' })
  formattedBody!: string | null;

  @Field(() => String, { nullable: true, description: 'Delivery state as sent (`received`, `delivered`, …; also in `rawDeliveryStatus`).' })
  deliveryState!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Time to show for the message (also in `createdAt`).' })
  displayTimestamp!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Sortable position in the timeline; Parley orders messages by it.' })
  timelinePosition!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the conversation, as sent (TextUs examples point at other conversations).' })
  conversationPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the sending user (outbound only), as sent, or the id of the user embedded there; `sender` follows it.' })
  senderPath!: string | null;

  /** The sending user when the message embeds it (no request), or its error when it cannot be read. */
  senderUser!: TextUsUser | Error | null;

  @Field(() => TextUsObjectCollection, { nullable: true, description: 'Attachments (hydra collection); `attachmentCount` is its `totalItems`.' })
  attachments!: TextUsObjectCollection | null;

  @Field(() => String, { nullable: true, description: 'Human description of the delivery state (`Message Delivered`).' })
  friendlyStateDescription!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a failed message may be retried.' })
  retryAllowed!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Retry action link, as sent; null when not retryable.' })
  retryPath!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last delivery event happened.' })
  latestEventAt!: string | null;

  @Field(() => [String], { description: 'Flags such as `automated` or `scheduled`.' })
  flags!: string[];

  @Field(() => String, { nullable: true, description: '`textus` or the name of the integration that sent it.' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Message status, when TextUs sends one.' })
  status!: string | null;

  /** Slug of the conversation this message was read in: an inbound message's sender is its contact. */
  conversationKey!: string | null;

  /** That conversation's people, when the message was read in its timeline (null when fetched alone). */
  people!: TextUsPeopleRef | null;

  links!: TextUsLinks;

  protected async loadSender(io: LinkIO): Promise<Participant | null> {
    if (this.direction === MessageDirection.OUTBOUND) {
      if (this.senderUser instanceof Error) throw this.senderUser;
      if (this.senderUser) return this.senderUser;
      return this.senderPath ? this.links.user(this.senderPath, io) : null;
    }
    if (this.direction === MessageDirection.INBOUND) return this.contact(io);
    return null;
  }

  protected async loadRecipients(io: LinkIO): Promise<Participant[]> {
    if (this.direction !== MessageDirection.OUTBOUND) return [];
    const contact = await this.contact(io);
    return contact ? [contact] : [];
  }

  private async contact(io: LinkIO): Promise<Participant | null> {
    if (this.people !== null) return (await this.links.contacts(this.people, io)).members[0] ?? null;
    return this.conversationKey === null ? null : this.links.contactOf(this.conversationKey, io);
  }
}

@ObjectType('TextUsConversationEvent', {
  implements: [Message, Node],
  description: 'A TextUs timeline event (conversation opened, closed, assigned…): kind `EVENT`, direction `SYSTEM`. Id `textus:event:<slug>`.',
})
export class TextUsConversationEvent extends Message {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/conversation_events/Pvwqm5G`).' })
  jsonLd!: TextUsJsonLd;

  @Field(() => String, { nullable: true, description: 'What happened (`open`, `close`, …), as sent.' })
  type!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Time to show for the event (also in `createdAt`).' })
  displayTimestamp!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Sortable position in the timeline.' })
  timelinePosition!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the conversation, as sent.' })
  conversationPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the user who caused the event, as sent.' })
  userPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the user the conversation was assigned to, as sent.' })
  assigneePath!: string | null;

  links!: TextUsLinks;

  @Field(() => TextUsUser, { nullable: true, description: 'The user who caused the event (fetched when selected, unless embedded earlier).' })
  user(@Ctx() ctx: LinkContext): Promise<TextUsUser | null> {
    return this.userOf(this.userPath, linkIO(ctx, this.provider));
  }

  @Field(() => TextUsUser, { nullable: true, description: 'The user the event assigned the conversation to, when any.' })
  assignee(@Ctx() ctx: LinkContext): Promise<TextUsUser | null> {
    return this.userOf(this.assigneePath, linkIO(ctx, this.provider));
  }

  protected loadSender(io: LinkIO): Promise<Participant | null> {
    return this.userOf(this.userPath, io);
  }

  protected loadRecipients(): Promise<Participant[]> {
    return Promise.resolve([]);
  }

  private userOf(link: string | null, io: LinkIO): Promise<TextUsUser | null> {
    return link ? this.links.user(link, io) : Promise.resolve(null);
  }
}

@ObjectType('TextUsTimelineItem', {
  implements: [Message, Node],
  description:
    'A timeline member of an `@type` the TextUs docs do not list (they list Message and ConversationEvent): kept as data, its type in `rawType`, its fields in `raw`. Id `textus:item:<collection>.<slug>` (from its JSON-LD id `/<collection>/<slug>`).',
})
export class TextUsTimelineItem extends Message {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity as sent.' })
  jsonLd!: TextUsJsonLd;

  @Field(() => String, { nullable: true, description: 'The `@type` as sent.' })
  rawType!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Time to show for the item (also in `createdAt`).' })
  displayTimestamp!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Sortable position in the timeline.' })
  timelinePosition!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the conversation, as sent.' })
  conversationPath!: string | null;

  protected loadSender(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected loadRecipients(): Promise<Participant[]> {
    return Promise.resolve([]);
  }
}
