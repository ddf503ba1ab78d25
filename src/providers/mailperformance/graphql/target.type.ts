import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import type { JsonObject, JsonValue } from '../../../kit/json';
import { Node } from '../../../schema/node.interface';
import { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import { valueObject } from '../../../schema/value-object';

@ObjectType('MailPerformanceTargetBounce', { description: valueObject('A bounce recorded on a target field.') })
export class MailPerformanceTargetBounce {
  @Field(() => String, { nullable: true, description: 'Id of the target field (address) that bounced, as text (`8102`).' })
  field!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The field id exactly as sent (the Target doc sends a number).' })
  rawField!: JsonValue | null;

  @Field(() => String, { nullable: true, description: 'Bounce type code as text (`1`).' })
  type!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The bounce type exactly as sent (a number in the Target doc).' })
  rawType!: JsonValue | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it bounced, in UTC (upstream sends Unix seconds, like `"1465831160"`).' })
  timestamp!: string | null;

  @Field(() => String, { nullable: true, description: 'Bounce reason code as text (`1`).' })
  reason!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The bounce reason exactly as sent (a number in the Target doc).' })
  rawReason!: JsonValue | null;
}

@ObjectType('MailPerformanceRedListEntry', { description: valueObject('Why and since when a target is on a red list (no sending).') })
export class MailPerformanceRedListEntry {
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the target was red-listed, in UTC (upstream sends Unix seconds).' })
  timestamp!: string | null;

  @Field(() => String, { nullable: true, description: 'Reason code as text (`1`).' })
  reason!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The reason exactly as sent (a number in the Target doc).' })
  rawReason!: JsonValue | null;
}

@ObjectType('MailPerformanceRedList', { description: valueObject('Red-list state of a target, per medium.') })
export class MailPerformanceRedList {
  @Field(() => MailPerformanceRedListEntry, { nullable: true, description: 'E-mail red-listing, if any.' })
  mail!: MailPerformanceRedListEntry | null;

  @Field(() => MailPerformanceRedListEntry, { nullable: true, description: 'SMS red-listing, if any.' })
  sms!: MailPerformanceRedListEntry | null;
}

/**
 * A MailPerformance target (the contact a message is sent to), from `GET /targets/{id}`.
 * Its `fields` are keyed by account-specific field ids; `email`, `phone` and the names come
 * from the field map configured in `MAILPERFORMANCE_TARGET_FIELDS`.
 */
@ObjectType('MailPerformanceTarget', {
  implements: [Participant, Node],
  description: 'A MailPerformance target: the contact a message is sent to. Global id `mailperformance:target:<code>`.',
})
export class MailPerformanceTarget extends Participant {
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the target was created.' })
  creationDate!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the target was last updated.' })
  lastUpdateDate!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Field values keyed by numeric field id (`{"8103": "jane@example.com"}`); null when the target has none.' })
  fields!: JsonObject | null;

  @Field(() => String, { nullable: true, description: 'First name, from the field configured as `firstName`.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name, from the field configured as `lastName`.' })
  lastName!: string | null;

  @Field(() => [MailPerformanceTargetBounce], { nullable: true, description: 'Bounces recorded on the target (often empty); null when the target has no bounce list.' })
  bounce!: MailPerformanceTargetBounce[] | null;

  @Field(() => MailPerformanceRedList, { nullable: true, description: 'Red-list state per medium; null when the target is on none.' })
  redList!: MailPerformanceRedList | null;
}
