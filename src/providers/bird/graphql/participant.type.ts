import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../../schema/node.interface';
import { Participant } from '../../../schema/participant.interface';
import { valueObject } from '../../../schema/value-object';

@ObjectType('BirdParticipantContact', { description: valueObject('How a contact participant is addressed on the channel (Bird `contact`).') })
export class BirdParticipantContact {
  @Field(() => String, { nullable: true, description: 'Identifier kind, e.g. `emailaddress` or `phonenumber`.' })
  identifierKey!: string | null;

  @Field(() => String, { nullable: true, description: 'Identifier value: the e-mail address, phone number…' })
  identifierValue!: string | null;

  @Field(() => String, { nullable: true, description: 'Address used on the platform (usually the identifier value).' })
  platformAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'Contact attribute the platform address was read from, e.g. `attributes.workEmail`.' })
  platformAddressSelector!: string | null;
}

@ObjectType('BirdContactAnnotation', { description: valueObject('What the sender called a recipient (Bird `contactAnnotation`).') })
export class BirdContactAnnotation {
  @Field(() => String, { nullable: true, description: 'Name given to the recipient.' })
  name!: string | null;
}

/**
 * A Bird conversation participant (contact, user, access key, flow, bot, connector, channel or
 * action rule), or a message recipient
 * read from the message itself. Id: `bird:participant:<conversation key>/<participant id>`.
 */
@ObjectType('BirdParticipant', {
  implements: [Participant, Node],
  description: 'A participant of a Bird conversation: a contact (CUSTOMER), user (AGENT), access key, campaign connector or Instagram echo channel (SYSTEM), flow, AI bot or action rule (BOT); any other type is UNKNOWN with the type in `participantType`.',
})
export class BirdParticipant extends Participant {
  @Field(() => String, { nullable: true, description: 'Bird participant type exactly as sent (`contact`, `user`, `accessKey`, `flow`, `bot`, `connector`, `channel`, `collaborationAutomation`, or any newer type; a non-string is rendered as text). Null for a recipient, which Bird does not type.' })
  participantType!: string | null;

  @Field(() => String, { nullable: true, description: 'Participation status, e.g. `active` (pending for join requests).' })
  status!: string | null;

  @Field(() => BirdParticipantContact, { nullable: true, description: 'How a contact is addressed on the channel; null for users, keys and flows.' })
  contact!: BirdParticipantContact | null;

  @Field(() => String, { nullable: true, description: 'For a message recipient: `to`, `cc` or `bcc`; null for conversation participants.' })
  recipientType!: string | null;

  @Field(() => BirdContactAnnotation, { nullable: true, description: 'For a message recipient: the name the sender gave it.' })
  contactAnnotation!: BirdContactAnnotation | null;
}
