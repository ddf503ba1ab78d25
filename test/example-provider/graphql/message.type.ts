import { Field, ObjectType } from 'type-graphql';
import { Message } from '../../../src/schema/message.interface';
import { Node } from '../../../src/schema/node.interface';
import type { Participant } from '../../../src/schema/participant.interface';
import type { ExampleItemRef } from '../api/keys';

@ObjectType('ExampleMessage', {
  implements: [Message, Node],
  description: 'A message of an Example Chat conversation. Id: `example:message:<conversation key>/<message id>`. Sender and recipients come from the conversation, never from a request.',
})
export class ExampleMessage extends Message {
  @Field(() => String, { description: 'Key of the conversation the message belongs to (`c1`).' })
  conversationKey!: string;

  /** Set by the mapper; not GraphQL fields. */
  ref!: ExampleItemRef;
  senderValue!: Participant | null;
  recipientValues!: Participant[];

  protected loadSender(): Promise<Participant | null> {
    return Promise.resolve(this.senderValue);
  }

  protected loadRecipients(): Promise<Participant[]> {
    return Promise.resolve(this.recipientValues);
  }
}
