import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../../context';
import { MessageDirection } from '../../schema/enums';
import { Message } from '../../schema/message.interface';
import { Node } from '../../schema/node.interface';
import type { Participant } from '../../schema/participant.interface';
import { DateTimeScalar } from '../../schema/scalars';
import { TEXTUS, ioOf } from './textus-links';
import { TextUsJsonLd, TextUsObjectCollection } from './textus-parts.type';
import { TextUsUser } from './textus-participant.type';
import { fetchUser } from './textus-people.loader';

/** The contact of the conversation `slug` (from the conversation loader: free when already loaded). */
async function contactOf(slug: string | null, ctx: Context): Promise<Participant | null> {
  if (slug === null) return null;
  const conversation = await ctx.loaders.conversation.load(`${TEXTUS}:${slug}`);
  return conversation.customer(ctx);
}

@ObjectType('TextUsMessage', {
  implements: [Message, Node],
  description: 'A TextUs text message (`GET /messages/:id`). Id `textus:message:<slug>`.',
})
export class TextUsMessage extends Message {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/messages/06oyogE`).' })
  jsonLd!: TextUsJsonLd;

  @Field(() => String, { description: 'Direction as sent (`in`, `out`); normalised in `direction`.' })
  rawDirection!: string;

  @Field(() => String, { nullable: true, description: 'Plain-text body (also in `text`).' })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'HTML body (also in `html`).' })
  formattedBody!: string | null;

  @Field(() => String, { nullable: true, description: 'Delivery state as sent (`received`, `delivered`, …; also in `rawDeliveryStatus`).' })
  deliveryState!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Time to show for the message (also in `createdAt`).' })
  displayTimestamp!: string | null;

  @Field(() => DateTimeScalar, { description: 'Sortable position in the timeline; Parley orders messages by it.' })
  timelinePosition!: string;

  @Field(() => String, { nullable: true, description: 'Link to the conversation, as sent (TextUs examples point at other conversations).' })
  conversationPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the sending user (outbound only), as sent; `sender` follows it.' })
  senderPath!: string | null;

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

  protected async loadSender(ctx: Context): Promise<Participant | null> {
    if (this.direction === MessageDirection.OUTBOUND) return this.senderPath ? fetchUser(ioOf(ctx), this.senderPath) : null;
    if (this.direction === MessageDirection.INBOUND) return contactOf(this.conversationKey, ctx);
    return null;
  }

  protected async loadRecipients(ctx: Context): Promise<Participant[]> {
    if (this.direction !== MessageDirection.OUTBOUND) return [];
    const contact = await contactOf(this.conversationKey, ctx);
    return contact ? [contact] : [];
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

  @Field(() => DateTimeScalar, { description: 'Sortable position in the timeline.' })
  timelinePosition!: string;

  @Field(() => String, { nullable: true, description: 'Link to the conversation, as sent.' })
  conversationPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the user who caused the event, as sent.' })
  userPath!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the user the conversation was assigned to, as sent.' })
  assigneePath!: string | null;

  @Field(() => TextUsUser, { nullable: true, description: 'The user who caused the event (fetched when selected, unless embedded earlier).' })
  user(@Ctx() ctx: Context): Promise<TextUsUser | null> {
    return this.userPath ? fetchUser(ioOf(ctx), this.userPath) : Promise.resolve(null);
  }

  @Field(() => TextUsUser, { nullable: true, description: 'The user the event assigned the conversation to, when any.' })
  assignee(@Ctx() ctx: Context): Promise<TextUsUser | null> {
    return this.assigneePath ? fetchUser(ioOf(ctx), this.assigneePath) : Promise.resolve(null);
  }

  protected loadSender(ctx: Context): Promise<Participant | null> {
    return this.user(ctx);
  }

  protected loadRecipients(): Promise<Participant[]> {
    return Promise.resolve([]);
  }
}
