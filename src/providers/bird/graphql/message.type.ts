import { Ctx, Field, ObjectType } from 'type-graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import type { JsonObject, JsonValue } from '../../../kit/json';
import { linkIO, type LinkContext } from '../../../kit/link-io';
import { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import type { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import { valueObject } from '../../../schema/value-object';
import type { BirdItemRef } from '../api/keys';
import type { BirdLinks } from './links';

@ObjectType('BirdMessageFailure', { description: valueObject('Why a message failed (`failure`): a channel-agnostic code and the platform\'s own error.') })
export class BirdMessageFailure {
  @Field(() => String, { nullable: true, description: 'Bird failure code (11xxx validation, 12xxx service, 14xxx customer, 15xxx platform errors), as text.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'Platform that reported the error (`failure.source.name`), e.g. `sms-messagebird`.' })
  sourceName!: string | null;

  @Field(() => String, { nullable: true, description: "The platform's own error code (`failure.source.code`), as text." })
  sourceCode!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The `failure` object as sent.' })
  raw!: JsonObject;
}

/**
 * A Bird conversation message (`bird:message:<conversation key>/<message id>`). The
 * conversation's `lastMessage` is only a preview: it maps to this type with `isPreview` true and
 * `text` holding the preview text; `fullMessage` fetches the whole message when selected.
 */
@ObjectType('BirdMessage', {
  implements: [Message, Node],
  description: 'A message of a Bird conversation. Sender and recipients are embedded by Bird and never fetched.',
})
export class BirdMessage extends Message {
  @Field(() => Boolean, { description: "True when built from the conversation's `lastMessage` preview: `text` is the preview, `html` and the body are unknown; see `fullMessage`." })
  isPreview!: boolean;

  @Field(() => String, { nullable: true, description: 'Conversation UUID the message belongs to.' })
  conversationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Body type exactly as sent: `text`, `html`, `image`, `file`, `list`…' })
  bodyType!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The message body as sent (all body types); null for a preview or a template message.' })
  body!: JsonObject | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Template the message was sent from, when it was.' })
  template!: JsonObject | null;

  @Field(() => String, { nullable: true, description: 'Caller-defined reference of a sent message.' })
  reference!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the message is a draft.' })
  draft!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Who created it: `conversations` (the Conversations API) or `channels`/external.' })
  source!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Failure reason when the status is `sending_failed` or `delivery_failed`: the platform-specific text Bird sends (e.g. `details: unknown subscriber; reason: unknown_subscriber; code: 1`). A code is rendered as text, an object gives its `message` (else its JSON); `rawReason` has the value as sent.',
  })
  reason!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: '`reason` exactly as sent (a string, or whatever JSON Bird sent instead).' })
  rawReason!: JsonValue | null;

  @Field(() => String, { nullable: true, description: 'Short failure detail (`details`), e.g. `unknown_subscriber`.' })
  details!: string | null;

  @Field(() => BirdMessageFailure, { nullable: true, description: 'Structured failure (`failure`) of a failed message, when sent.' })
  failure!: BirdMessageFailure | null;

  @Field(() => [GraphQLJSONObject], { nullable: true, description: 'Interactions recorded on the message (Bird sends null when none).' })
  interactions!: JsonObject[] | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Channel-specific metadata (`extraInformation`, e-mail headers…).' })
  meta!: JsonObject | null;

  @Field(() => [String], { nullable: true, description: 'Receiver types of an inbound e-mail (`to`, `cc`, `bcc`).' })
  receiverTypes!: string[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the message was last updated.' })
  updatedAt!: string | null;

  /** Set by the mapper; not GraphQL fields. */
  ref!: BirdItemRef;
  links!: BirdLinks<BirdMessage>;
  senderValue!: Participant | null;
  recipientValues!: Participant[];

  @Field(() => BirdMessage, { description: 'The whole message: this one when it is already complete, otherwise fetched once (`GET …/messages/{id}`).' })
  fullMessage(@Ctx() ctx: LinkContext): Promise<BirdMessage> {
    return this.isPreview ? this.links.fullMessage(this.ref, linkIO(ctx, this.provider)) : Promise.resolve(this);
  }

  protected loadSender(): Promise<Participant | null> {
    return Promise.resolve(this.senderValue);
  }

  protected loadRecipients(): Promise<Participant[]> {
    return Promise.resolve(this.recipientValues);
  }
}
