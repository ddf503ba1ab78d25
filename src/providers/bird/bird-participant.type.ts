import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../schema/node.interface';
import { Participant } from '../../schema/participant.interface';
import { BirdContactAnnotation, BirdParticipantContact } from './bird-objects.type';

/**
 * A Bird conversation participant (contact, user, access key or flow), or a message recipient
 * read from the message itself. Id: `bird:participant:<conversation key>/<participant id>`.
 */
@ObjectType('BirdParticipant', {
  implements: [Participant, Node],
  description: 'A participant of a Bird conversation: a contact (CUSTOMER), user (AGENT), access key (SYSTEM) or flow (BOT).',
})
export class BirdParticipant extends Participant {
  @Field(() => String, { nullable: true, description: 'Bird participant type exactly as sent: `contact`, `user`, `accessKey`, `flow`. Null for a recipient, which Bird does not type.' })
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
