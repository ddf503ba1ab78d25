import { Ctx, Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import type { JsonObject } from '../../../kit/json';
import { linkIO, type LinkContext, type LinkIO } from '../../../kit/link-io';
import type { CommonConversation } from '../../../schema/conversation.interface';
import { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import type { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import { LayerConversation } from './conversation.type';
import type { LayerScope } from './links';

@ObjectType('LayerMessagePart', { description: 'One MIME part of a Layer message.' })
export class LayerMessagePart {
  @Field(() => String, { nullable: true, description: 'Layer URI of the part (`layer:///messages/<uuid>/parts/<n>`).' })
  layerUri!: string | null;

  @Field(() => String, { description: 'MIME type (`mime_type`), e.g. `text/plain` or `image/png`.' })
  mimeType!: string;

  @Field(() => String, { nullable: true, description: 'Inline body; null for large parts served as rich `content`.' })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'Body encoding (`base64` for binary parts), when sent.' })
  encoding!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Rich content descriptor of a large part (download URL, size), when sent.' })
  content!: JsonObject | null;
}

@ObjectType('LayerSenderRef', { description: 'The sender as a v1.0 message names it, without any fetch.' })
export class LayerSenderRef {
  @Field(() => String, { nullable: true, description: 'User id of the sender (`sender.user_id`); null for system messages.' })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of a system sender (`sender.name`), e.g. "The System"; null for users.' })
  name!: string | null;
}

@ObjectType('LayerRecipientStatus', { description: 'Delivery state of a message for one participant (`recipient_status`).' })
export class LayerRecipientStatus {
  @Field(() => String, { description: 'User id of the participant.' })
  userId!: string;

  @Field(() => String, { description: 'State exactly as sent: `sent`, `delivered` or `read`.' })
  status!: string;
}

@ObjectType('LayerConversationRef', { description: 'The conversation a message belongs to, as the message links it.' })
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

  @Field(() => [LayerMessagePart], { description: 'The MIME parts, in order.' })
  parts!: LayerMessagePart[];

  @Field(() => DateTimeScalar, { description: 'When the sender sent it (`sent_at`), as sent.' })
  sentAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the perspective user received it (`received_at`); null in the system perspective.' })
  receivedAt!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Unread for the perspective user (`is_unread`); null in the system perspective.' })
  isUnread!: boolean | null;

  @Field(() => LayerSenderRef, { description: 'The sender as the message names it (no fetch); `sender` resolves it to a participant.' })
  senderRef!: LayerSenderRef;

  @Field(() => [LayerRecipientStatus], { description: 'Per-participant delivery state (`recipient_status`), sender included.' })
  recipientStatus!: LayerRecipientStatus[];

  @Field(() => LayerConversationRef, { description: 'The conversation link as sent (`conversation`).' })
  conversationRef!: LayerConversationRef;

  /** Set by the mapper; not GraphQL fields. Lower-case UUID of the conversation, for its global id and link. */
  conversationKey!: string;
  /** The sender object as sent (untouched), for a system sender's `raw`. */
  senderRaw!: JsonObject | null;
  /** Participants other than the sender, from `recipient_status`. */
  recipientIds!: string[];
  scope!: LayerScope;

  @Field(() => LayerConversation, { description: 'The conversation this message belongs to (one fetch at most, shared with the rest of the operation).' })
  conversation(@Ctx() ctx: LinkContext): Promise<CommonConversation> {
    return this.scope.links.conversation(this.conversationKey, linkIO(ctx, this.provider));
  }

  protected loadSender(io: LinkIO): Promise<Participant | null> {
    return this.scope.links.sender(this.senderRef, this.senderRaw, io);
  }

  protected loadRecipients(io: LinkIO): Promise<Participant[]> {
    return this.scope.links.participants(this.recipientIds, ['LayerMessage', 'recipients'], io);
  }
}
