import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { JsonObject } from '../../../kit/json';
import { Node } from '../../../schema/node.interface';
import { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';

@ObjectType('MailPerformanceTargetBounce', { description: 'A bounce recorded on a target field.' })
export class MailPerformanceTargetBounce {
  @Field(() => String, { nullable: true, description: 'Id of the target field (address) that bounced.' })
  field!: string | null;

  @Field(() => String, { nullable: true, description: 'Bounce type as sent.' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'When it bounced, as sent (a Unix timestamp string).' })
  timestamp!: string | null;

  @Field(() => String, { nullable: true, description: 'Bounce reason as sent.' })
  reason!: string | null;
}

@ObjectType('MailPerformanceRedListEntry', { description: 'Why and since when a target is on a red list (no sending).' })
export class MailPerformanceRedListEntry {
  @Field(() => String, { nullable: true, description: 'When the target was red-listed, as sent (a Unix timestamp string).' })
  timestamp!: string | null;

  @Field(() => String, { nullable: true, description: 'Reason given.' })
  reason!: string | null;
}

@ObjectType('MailPerformanceRedList', { description: 'Red-list state of a target, per medium.' })
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

  @Field(() => GraphQLJSONObject, { description: 'Field values keyed by numeric field id (`{"8103": "jane@example.com"}`).' })
  fields!: JsonObject;

  @Field(() => String, { nullable: true, description: 'First name, from the field configured as `firstName`.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name, from the field configured as `lastName`.' })
  lastName!: string | null;

  @Field(() => [MailPerformanceTargetBounce], { description: 'Bounces recorded on the target (often empty).' })
  bounce!: MailPerformanceTargetBounce[];

  @Field(() => MailPerformanceRedList, { nullable: true, description: 'Red-list state per medium; null when the target is on none.' })
  redList!: MailPerformanceRedList | null;
}
