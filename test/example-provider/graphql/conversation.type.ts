import { Directive, Field, ObjectType } from 'type-graphql';
import type { Unreadable } from '../../../src/kit/defects';
import type { PageRequest, PageResult } from '../../../src/kit/paging/request';
import type { LinkIO } from '../../../src/kit/link-io';
import { CommonConversation } from '../../../src/schema/conversation.interface';
import { ParticipantRole } from '../../../src/schema/enums';
import type { Message } from '../../../src/schema/message.interface';
import { Node } from '../../../src/schema/node.interface';
import type { Participant } from '../../../src/schema/participant.interface';
import type { ExampleLinks } from './links';
import type { ExampleMessage } from './message.type';
import type { ExampleParticipant } from './participant.type';

// Federation entity: other subgraphs reference the conversation by its global id alone.
@Directive('@key(fields: "id")')
@ObjectType('ExampleConversation', {
  implements: [CommonConversation, Node],
  description: 'An Example Chat conversation (`GET /conversations/{id}`). Id: `example:<key>`, the key being `c` followed by digits.',
})
export class ExampleConversation extends CommonConversation {
  @Field(() => String, { nullable: true, description: 'Priority exactly as Example Chat sent it (`normal`, `high`).' })
  priority!: string | null;

  /** Set by the mapper; not GraphQL fields. */
  links!: ExampleLinks;
  participantValues!: ExampleParticipant[];
  lastMessageValue!: ExampleMessage | null;

  // Participants are embedded in the conversation payload: no request.
  protected loadParticipants(): Promise<Participant[]> {
    return Promise.resolve(this.participantValues);
  }

  protected loadCustomer(): Promise<Participant | null> {
    return Promise.resolve(this.participantValues.find((participant) => participant.role === ParticipantRole.CUSTOMER) ?? null);
  }

  // Example Chat has no assignment.
  protected loadAssignee(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected loadLastMessage(): Promise<Message | null> {
    return Promise.resolve(this.lastMessageValue);
  }

  protected loadMessages(request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>> {
    return this.links.messages(this, request, io);
  }
}
