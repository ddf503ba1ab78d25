import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { JsonValue } from '../../../kit/json';
import { DateTimeScalar } from '../../../schema/scalars';
import { valueObject } from '../../../schema/value-object';

// Small parts of Help Scout payloads. They carry data only; the mappers fill them. Those with an
// `id` are parts of one parent (see formatPartId); the others are value objects.

@ObjectType('HelpScoutTag', { description: 'A Help Scout tag on a conversation.' })
export class HelpScoutTag {
  @Field(() => ID, {
    description: 'Id of this tag on this conversation, `helpscout:123#tag/9150`, for normalised caches; a part, not a node. The tag\'s own id is `tagId`.',
  })
  id!: string;

  @Field(() => Int, { description: 'Help Scout tag id (the same on every conversation with this tag).' })
  tagId!: number;

  @Field(() => String, { nullable: true, description: 'Display colour, e.g. `#929499`.' })
  color!: string | null;

  @Field(() => String, { nullable: true, description: 'Tag name, e.g. `vip`.' })
  tag!: string | null;
}

@ObjectType('HelpScoutCustomField', { description: 'A custom field value set on a conversation.' })
export class HelpScoutCustomField {
  @Field(() => ID, {
    description:
      'Id of this value: the conversation and the field, `helpscout:123#customField/8`, so normalised caches keep each conversation\'s value apart; a part, not a node. The field definition\'s own id, shared by every conversation, is `fieldId`.',
  })
  id!: string;

  @Field(() => Int, { description: 'Id of the custom field definition in Help Scout (`8`): the same in every conversation that sets the field.' })
  fieldId!: number;

  @Field(() => String, { nullable: true, description: "Custom field's name, e.g. `Account Type`." })
  name!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Stored value as a string (`42` for a number field, `8518` for a dropdown option id), whatever JSON type Help Scout sent; see `rawValue`.',
  })
  value!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Stored value exactly as sent: a string, number or boolean depending on the field type.' })
  rawValue!: string | number | boolean | null;

  @Field(() => String, { nullable: true, description: 'Text value as a string; for dropdowns the option label, otherwise equal to `value`.' })
  text!: string | null;
}

@ObjectType('HelpScoutSource', { description: valueObject('Where a conversation or thread came from.') })
export class HelpScoutSource {
  @Field(() => String, { nullable: true, description: 'Originating type: `email`, `chat`, `api`, `beacon`, `web`…' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Who started it: `customer` or `user`.' })
  via!: string | null;
}

@ObjectType('HelpScoutWaitingSince', { description: valueObject('Since when the customer has been waiting for a reply.') })
export class HelpScoutWaitingSince {
  @Field(() => DateTimeScalar, { nullable: true, description: 'UTC time since the last reply sent to the customer.' })
  time!: string | null;

  @Field(() => String, { nullable: true, description: 'The waiting period in words, e.g. `20 hours ago`.' })
  friendly!: string | null;
}

@ObjectType('HelpScoutSnooze', { description: valueObject('Snooze settings of a conversation.') })
export class HelpScoutSnooze {
  @Field(() => Int, { nullable: true, description: 'Id of the user who snoozed the conversation.' })
  snoozedBy!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Until when the conversation is snoozed.' })
  snoozedUntil!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a customer reply ends the snooze.' })
  unsnoozeOnCustomerReply!: boolean | null;
}

@ObjectType('HelpScoutNextEvent', { description: valueObject('The next scheduled event of a conversation (snooze end or scheduled send).') })
export class HelpScoutNextEvent {
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the event happens.' })
  time!: string | null;

  @Field(() => String, { nullable: true, description: 'Event type: `snooze` or `scheduled`.' })
  eventType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Id of the user who created the event.' })
  userId!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a customer reply cancels the event.' })
  cancelOnCustomerReply!: boolean | null;
}

@ObjectType('HelpScoutLink', { description: valueObject('A HAL link of a Help Scout resource (`_links.<rel>.href`), exactly as sent.') })
export class HelpScoutLink {
  @Field(() => String, { description: 'Relation name: `self`, `mailbox`, `primaryCustomer`, `threads`, `web`…' })
  rel!: string;

  @Field(() => String, { description: 'Target URL as sent (not followed by this field).' })
  href!: string;
}

@ObjectType('HelpScoutThreadAction', { description: valueObject('What a line item (system thread) records, e.g. a workflow run.') })
export class HelpScoutThreadAction {
  @Field(() => String, { nullable: true, description: 'Action type, e.g. `manual-workflow`.' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Human-readable description of the action.' })
  text!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Entities the action refers to, exactly as sent: Help Scout sends an object (`{}`) or a list (`[]`).' })
  associatedEntities!: JsonValue | null;
}

@ObjectType('HelpScoutAttachment', { description: 'A file attached to a thread.' })
export class HelpScoutAttachment {
  @Field(() => ID, {
    description: 'Id of this attachment under its thread, `helpscout:thread:123/123002#attachment/77`, for normalised caches; a part, not a node. Help Scout\'s own id is `attachmentId`.',
  })
  id!: string;

  @Field(() => Int, { description: 'Help Scout attachment id.' })
  attachmentId!: number;

  @Field(() => String, { nullable: true, description: 'File name.' })
  filename!: string | null;

  @Field(() => String, { nullable: true, description: 'MIME type.' })
  mimeType!: string | null;

  @Field(() => Int, { nullable: true, description: 'Size in bytes.' })
  size!: number | null;

  @Field(() => Int, { nullable: true, description: 'Image width in pixels, for images.' })
  width!: number | null;

  @Field(() => Int, { nullable: true, description: 'Image height in pixels, for images.' })
  height!: number | null;
}
