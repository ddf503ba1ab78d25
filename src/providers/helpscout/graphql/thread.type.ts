import { Field, Int, ObjectType } from 'type-graphql';
import { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import { HelpScoutCustomer, HelpScoutUser } from './participant.type';
import { HelpScoutAttachment, HelpScoutLink, HelpScoutSource, HelpScoutThreadAction } from './parts.type';

/**
 * One thread of a Help Scout conversation: a customer message, an agent reply, a note, a chat or
 * phone entry, or a line item (system event). Everything here comes from the thread object
 * itself; only the persons' `profile` fields fetch more.
 */
@ObjectType('HelpScoutThread', {
  implements: [Message, Node],
  description: 'A Help Scout thread (customer message, reply, note, chat, phone call or line item). Global id `helpscout:thread:<conversationId>/<threadId>`.',
})
export class HelpScoutThread extends Message {
  @Field(() => String, { description: 'Native id of the conversation the thread belongs to.' })
  conversationId!: string;

  @Field(() => String, { nullable: true, description: 'Thread type as sent: `customer`, `message`, `note`, `lineitem`, `chat`, `phone`… (an unmapped one gives `direction: UNKNOWN`).' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Conversation status this thread set (`active`, `closed`, `nochange`…).' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'Thread state: `published`, `draft`, `underreview`, `hidden`.' })
  state!: string | null;

  @Field(() => HelpScoutThreadAction, { nullable: true, description: 'What a line item records.' })
  action!: HelpScoutThreadAction | null;

  @Field(() => HelpScoutSource, { nullable: true, description: 'Where the thread came from.' })
  source!: HelpScoutSource | null;

  @Field(() => HelpScoutCustomer, { nullable: true, description: 'The customer the thread is about (summary).' })
  customer!: HelpScoutCustomer | null;

  @Field(() => Participant, { nullable: true, description: 'Who wrote the thread (summary); same as `sender`.' })
  createdBy!: HelpScoutCustomer | HelpScoutUser | null;

  @Field(() => HelpScoutUser, { nullable: true, description: 'User or team the thread assigned the conversation to.' })
  assignedTo!: HelpScoutUser | null;

  @Field(() => Int, { nullable: true, description: 'Saved reply the thread was written from.' })
  savedReplyId!: number | null;

  @Field(() => [String], { nullable: true, description: '`To` addresses as sent.' })
  to!: string[];

  @Field(() => [String], { nullable: true, description: '`Cc` addresses as sent.' })
  cc!: string[];

  @Field(() => [String], { nullable: true, description: '`Bcc` addresses as sent.' })
  bcc!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the customer opened the reply, when tracked.' })
  openedAt!: string | null;

  @Field(() => [HelpScoutAttachment], { nullable: true, description: 'Attached files (`_embedded.attachments`).' })
  attachments!: HelpScoutAttachment[];

  @Field(() => [HelpScoutLink], { nullable: true, description: 'HAL links of the thread, as sent.' })
  links!: HelpScoutLink[];

  /** Recipients worked out by the mapper from the thread alone (no request). */
  recipientList!: Participant[];

  protected loadSender(): Promise<Participant | null> {
    return Promise.resolve(this.createdBy);
  }

  protected loadRecipients(): Promise<Participant[]> {
    return Promise.resolve(this.recipientList);
  }
}
