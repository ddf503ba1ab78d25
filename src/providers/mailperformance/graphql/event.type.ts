import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { JsonValue } from '../../../kit/json';
import type { LinkIO } from '../../../kit/link-io';
import { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import type { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import type { MailPerformanceLinks } from './links';

/**
 * One delivery event of a MailPerformance message, projected as a timeline item. Events have
 * no id upstream: the key is `<message uuid>.<index>` (index from 0, in upstream order).
 */
@ObjectType('MailPerformanceEvent', {
  implements: [Message, Node],
  description: 'A delivery event of a MailPerformance message (`requested`, `received`, `bounced`, `canceled`), as a timeline item.',
})
export class MailPerformanceEvent extends Message {
  @Field(() => String, { nullable: true, description: 'Event type as sent: `requested`, `received`, `bounced`, `canceled` or a newer value.' })
  type!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the event happened, as sent (precision varies between events).' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the event came from (`smtp` on `received`).' })
  origin!: string | null;

  @Field(() => String, { nullable: true, description: 'Address the message was delivered to (on `received`).' })
  recipient!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the message bounced or was canceled, when the event says (undocumented upstream).' })
  reason!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The reason exactly as sent (text or a code).' })
  rawReason!: JsonValue | null;

  @Field(() => Int, { description: 'Position of the event in the message, from 0, oldest first.' })
  index!: number;

  @Field(() => String, { description: 'UUID of the message this event belongs to.' })
  messageId!: string;

  /** Code of the message's target: the party every delivery event is about (null when the message names none). */
  targetId!: string | null;

  /** Follows the target link; set by the mapper, not a GraphQL field. */
  links!: MailPerformanceLinks;

  /** Events are produced by the platform, not sent by anyone. */
  protected loadSender(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  /** A delivery event (one carrying an address, or `received`) was addressed to the target. */
  protected async loadRecipients(io: LinkIO): Promise<Participant[]> {
    if (this.targetId === null || (this.recipient === null && this.type !== 'received')) return [];
    return [await this.links.target(this.targetId, io)];
  }
}
