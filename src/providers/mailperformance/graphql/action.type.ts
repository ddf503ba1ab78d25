import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import type { JsonObject, JsonValue } from '../../../kit/json';
import { Node } from '../../../schema/node.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import { valueObject } from '../../../schema/value-object';

@ObjectType('MailPerformanceActionInformations', { description: valueObject('Where an action is filed and its state.') })
export class MailPerformanceActionInformations {
  @Field(() => String, { nullable: true, description: 'Folder id, or null when the action is in no folder.' })
  folder!: string | null;

  @Field(() => String, { nullable: true, description: 'Campaign category id.' })
  category!: string | null;

  @Field(() => Int, { nullable: true, description: 'Numeric state code as sent (for example 38 once validated, 20 when a test failed).' })
  state!: number | null;
}

@ObjectType('MailPerformanceSender', { description: valueObject('The `from` header of an action: `prefix@domain`, shown as `label`.') })
export class MailPerformanceSender {
  @Field(() => String, { nullable: true, description: 'Local part of the sender address.' })
  prefix!: string | null;

  @Field(() => String, { nullable: true, description: 'Domain of the sender address.' })
  domain!: string | null;

  @Field(() => String, { nullable: true, description: 'Display name of the sender.' })
  label!: string | null;
}

@ObjectType('MailPerformanceActionHeaders', { description: valueObject('Mail headers of an action.') })
export class MailPerformanceActionHeaders {
  @Field(() => MailPerformanceSender, { nullable: true, description: 'Sender.' })
  from!: MailPerformanceSender | null;

  @Field(() => String, { nullable: true, description: 'Reply-to address, whether sent as a string or as `{"reply": "…"}`.' })
  reply!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The reply-to header exactly as sent (a string or an object).' })
  rawReply!: JsonValue | null;
}

@ObjectType('MailPerformanceActionContent', { description: valueObject('What an action sends.') })
export class MailPerformanceActionContent {
  @Field(() => MailPerformanceActionHeaders, { nullable: true, description: 'Mail headers.' })
  headers!: MailPerformanceActionHeaders | null;

  @Field(() => String, { nullable: true, description: 'Subject line.' })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'HTML body (a template: it may hold personalisation tags).' })
  html!: string | null;

  @Field(() => String, { nullable: true, description: 'Plain-text body.' })
  text!: string | null;
}

/**
 * A MailPerformance action (campaign or transactional message template), from
 * `GET /actions/{id}`: gives a message its subject, sender and body.
 */
@ObjectType('MailPerformanceAction', {
  implements: Node,
  description: 'A MailPerformance action (mail/SMS campaign or message template). Global id `mailperformance:action:<code>`.',
})
export class MailPerformanceAction extends Node {
  @Field(() => String, { description: 'Action code (`000JKG`).' })
  nativeId!: string;

  @Field(() => String, { nullable: true, description: 'Kind as sent: `mailCampaign`, `mailMessage`, `smsCampaign`, `smsMessage` or a newer value.' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the action.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Description of the action.' })
  description!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the action was created.' })
  creationDate!: string | null;

  @Field(() => MailPerformanceActionInformations, { nullable: true, description: 'Folder, category and state.' })
  informations!: MailPerformanceActionInformations | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Settings as sent (field, culture, content format, templating…).' })
  settings!: JsonObject | null;

  @Field(() => MailPerformanceActionContent, { nullable: true, description: 'Headers, subject and bodies.' })
  content!: MailPerformanceActionContent | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Scheduling as sent (type, segments, speed); null for messages sent on demand.' })
  scheduler!: JsonObject | null;

  @Field(() => GraphQLJSONObject, { description: 'The untouched upstream action object.' })
  raw!: JsonObject;
}
