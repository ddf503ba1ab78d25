import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../../src/schema/node.interface';
import { Participant } from '../../../src/schema/participant.interface';

@ObjectType('ExampleParticipant', {
  implements: [Participant, Node],
  description: 'Someone in an Example Chat conversation, as embedded in the conversation. Id: `example:participant:<conversation key>/<participant id>`.',
})
export class ExampleParticipant extends Participant {
  @Field(() => String, { nullable: true, description: 'Role exactly as Example Chat sent it (`customer`, `agent`).' })
  rawRole!: string | null;
}
