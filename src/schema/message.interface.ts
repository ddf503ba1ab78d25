import { Ctx, Field, Int, InterfaceType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DeliveryStatus, MessageDirection, MessageKind } from './enums';
import { ProviderEnum } from './provider-enum';
import { Node } from './node.interface';
import { Participant } from './participant.interface';
import { DateTimeScalar } from './scalars';
import type { JsonObject } from '../kit/json';
import { linkIO, type LinkContext, type LinkIO } from '../kit/link-io';

@InterfaceType('ConversationMessage', {
  implements: Node,
  description: 'One item of a conversation timeline: a message, an internal note or an event.',
})
export abstract class Message extends Node {
  @Field(() => ProviderEnum, { description: 'Provider the message belongs to.' })
  provider!: string;

  @Field(() => String, { description: "The provider's own id for this item." })
  nativeId!: string;

  @Field(() => MessageKind, { description: 'Message, internal note or event.' })
  kind!: MessageKind;

  @Field(() => MessageDirection, { description: 'Which way the message travelled.' })
  direction!: MessageDirection;

  @Field(() => String, { nullable: true, description: 'Plain-text body, when the provider has one.' })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'HTML body, when the provider has one.' })
  html!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the item was created or sent.' })
  createdAt!: string | null;

  @Field(() => DeliveryStatus, { description: 'Normalised delivery state; `UNKNOWN` when the provider gives none.' })
  deliveryStatus!: DeliveryStatus;

  @Field(() => String, { nullable: true, description: 'Delivery state exactly as the provider sent it.' })
  rawDeliveryStatus!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of attachments, when known without an extra request.' })
  attachmentCount!: number | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The untouched upstream object.' })
  raw!: JsonObject | null;

  @Field(() => Participant, { nullable: true, description: 'Who sent it, fetched only when selected and not already embedded.' })
  sender(@Ctx() ctx: LinkContext): Promise<Participant | null> {
    return this.loadSender(linkIO(ctx, this.provider));
  }

  @Field(() => [Participant], {
    nullable: true,
    description: 'Who it was sent to (deduplicated), fetched only when selected. Null with an error at this path when that fetch failed.',
  })
  recipients(@Ctx() ctx: LinkContext): Promise<Participant[]> {
    return this.loadRecipients(linkIO(ctx, this.provider));
  }

  protected abstract loadSender(io: LinkIO): Promise<Participant | null>;
  protected abstract loadRecipients(io: LinkIO): Promise<Participant[]>;
}
