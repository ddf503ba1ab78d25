import { Ctx, Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import type { JsonObject } from '../../../kit/json';
import { linkIO, type LinkContext, type LinkIO } from '../../../kit/link-io';
import type { CommonConversation } from '../../../schema/conversation.interface';
import { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import type { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import { valueObject } from '../../../schema/value-object';
import { LayerConversation } from './conversation.type';
import type { LayerScope } from './links';

@ObjectType('LayerMessagePart', { description: valueObject('One MIME part of a Layer message.') })
export class LayerMessagePart {
  @Field(() => String, { nullable: true, description: 'Layer URI of the part (`layer:///messages/<uuid>/parts/<n>`).' })
  layerUri!: string | null;

  @Field(() => String, { nullable: true, description: 'MIME type (`mime_type`), e.g. `text/plain` or `image/png`; null when Layer sent none.' })
  mimeType!: string | null;

  @Field(() => String, { nullable: true, description: 'Inline body; null for large parts served as rich `content`.' })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'Body encoding (`base64` for binary parts), when sent.' })
  encoding!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Rich content descriptor of a large part (download URL, size), when sent.' })
  content!: JsonObject | null;
}

@ObjectType('LayerSenderRef', { description: valueObject('The sender as a v1.0 message names it, without any fetch.') })
export class LayerSenderRef {
  @Field(() => String, { nullable: true, description: 'User id of the sender (`sender.user_id`); null for system messages.' })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of a system sender (`sender.name`), e.g. "The System"; null for users.' })
  name!: string | null;
}

@ObjectType('LayerRecipientStatus', { description: valueObject('Delivery state of a message for one participant (`recipient_status`).') })
export class LayerRecipientStatus {
  @Field(() => String, { description: 'User id of the participant.' })
  userId!: string;

  @Field(() => String, { description: 'State as sent (`sent`, `delivered`, `read`, or any newer state; a non-string is rendered as text).' })
  status!: string;
}

@ObjectType('LayerConversationRef', { description: valueObject('The conversation a message belongs to, as the message links it.') })
export class LayerConversationRef {
  @Field(() => String, { description: 'Layer URI of the conversation (`layer:///conversations/<uuid>`).' })
  layerUri!: string;

  @Field(() => String, { nullable: true, description: 'API URL of the conversation, as Layer sent it.' })
  url!: string | null;
}

/** A message of a Layer conversation (v1.0 shape). */
@ObjectType('LayerMessage', {
  implements: [Message, Node],
  description: 'A Layer message. Direction is known only when Parley reads as a participant (LAYER_USER_ID): their own messages are OUTBOUND, others INBOUND.',
})
export class LayerMessage extends Message {
  @Field(() => String, { description: 'Layer URI of the message (`layer:///messages/<uuid>`).' })
  layerUri!: string;

  @Field(() => String, { nullable: true, description: 'API URL of the message; null where Layer embeds the message without it (`last_message`).' })
  url!: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Position of the message in its conversation (grows with each message; not contiguous).' })
  position!: number | null;

  @Field(() => [LayerMessagePart], { nullable: true, description: 'The MIME parts, in order; null when Layer sent none, or (with an error here) when one could not be read.' })
  parts!: LayerMessagePart[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the sender sent it (`sent_at`), as sent.' })
  sentAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the perspective user received it (`received_at`); null in the system perspective.' })
  receivedAt!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Unread for the perspective user (`is_unread`); null in the system perspective.' })
  isUnread!: boolean | null;

  @Field(() => LayerSenderRef, { nullable: true, description: 'The sender as the message names it (no fetch); `sender` resolves it to a participant. Null when the message names none.' })
  senderRef!: LayerSenderRef | null;

  @Field(() => [LayerRecipientStatus], {
    nullable: true,
    description: 'Per-participant delivery state (`recipient_status`), sender included. Null in the system perspective of a single message, where Layer sends `recipient_status: null`.',
  })
  recipientStatus!: LayerRecipientStatus[] | null;

  @Field(() => LayerConversationRef, { nullable: true, description: 'The conversation link as sent (`conversation`); null when the message carries none.' })
  conversationRef!: LayerConversationRef | null;

  /** Set by the mapper; not GraphQL fields. Lower-case UUID of the conversation, for its global id and link. */
  conversationKey!: string;
  /** The sender object as sent (untouched), for a system sender's `raw`. */
  senderRaw!: JsonObject | null;
  /** Participants other than the sender, from `recipient_status`. */
  recipientIds!: string[];
  scope!: LayerScope;

  @Field(() => LayerConversation, {
    nullable: true,
    description: 'The conversation this message belongs to (one fetch at most, shared with the rest of the operation). Null with an error here when that fetch fails.',
  })
  conversation(@Ctx() ctx: LinkContext): Promise<CommonConversation> {
    return this.scope.links.conversation(this.conversationKey, linkIO(ctx, this.provider));
  }

  protected loadSender(io: LinkIO): Promise<Participant | null> {
    // A message that names no sender has none to resolve.
    return this.senderRef === null ? Promise.resolve(null) : this.scope.links.sender(this.senderRef, this.senderRaw, io);
  }

  protected loadRecipients(io: LinkIO): Promise<Participant[]> {
    return this.scope.links.participants(this.recipientIds, ['LayerMessage', 'recipients'], io);
  }
}
