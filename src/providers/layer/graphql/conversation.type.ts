import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Unreadable } from '../../../kit/defects';
import type { JsonObject } from '../../../kit/json';
import type { LinkIO } from '../../../kit/link-io';
import type { PageRequest, PageResult } from '../../../kit/paging/request';
import { CommonConversation } from '../../../schema/conversation.interface';
import type { Message } from '../../../schema/message.interface';
import { Node } from '../../../schema/node.interface';
import type { Participant } from '../../../schema/participant.interface';
import type { LayerScope } from './links';

/**
 * A Layer conversation (Platform API v1.0). Read in the user perspective of LAYER_USER_ID when
 * that user takes part (adds `last_message` and `unread_message_count`), else in the system
 * perspective. Layer has no status, subject or channel: status is OPEN, channel IN_APP.
 */
// Federation entity: other subgraphs reference the conversation by its global id alone.
@Directive('@key(fields: "id")')
@ObjectType('LayerConversation', {
  implements: [CommonConversation, Node],
  description: 'A Layer conversation. Layer has no status, subject or assignment: status is OPEN, channel IN_APP, subject/customer/assignee null.',
})
export class LayerConversation extends CommonConversation {
  @Field(() => String, { description: 'Layer URI of the conversation (`layer:///conversations/<uuid>`); also accepted as `layer:///conversations/<uuid>` in ids.' })
  layerUri!: string;

  @Field(() => String, { nullable: true, description: 'API URL of the conversation (`url`), in the perspective it was read in.' })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "API URL of its messages (`messages_url`); `messages` reads it (or, when Layer sent none, the documented `…/conversations/:uuid/messages` of the perspective it was read in).",
  })
  messagesUrl!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for a distinct conversation (one per set of participants).' })
  distinct!: boolean | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'App-defined conversation metadata, as sent.' })
  metadata!: JsonObject | null;

  @Field(() => [String], { nullable: true, description: 'User ids of the participants, as sent (`participants`); `participants` resolves them to identities. Null when Layer sent none.' })
  participantIds!: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Unread messages for the perspective user (`unread_message_count`); null in the system perspective.' })
  unreadMessageCount!: number | null;

  @Field(() => String, { description: 'UUID of the Layer app the conversation belongs to (LAYER_APP_ID).' })
  appId!: string;

  @Field(() => String, { nullable: true, description: 'User whose perspective it was read in (LAYER_USER_ID), or null for the system perspective.' })
  perspectiveUserId!: string | null;

  /** Set by the mapper; not GraphQL fields. */
  scope!: LayerScope;
  /** The configured user, when they take part: messages they sent are OUTBOUND, others INBOUND. */
  viewer!: string | null;
  /** `last_message` as embedded: undefined when absent (system perspective), null when there is none. */
  lastMessageValue!: Message | null | undefined;

  protected loadParticipants(io: LinkIO): Promise<Participant[]> {
    return this.scope.links.participants(this.participantIds ?? [], ['LayerConversation', 'participants'], io);
  }

  // Layer conversations have no customer or assignee: which participant plays which part is app-defined.
  protected loadCustomer(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected loadAssignee(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected loadLastMessage(io: LinkIO): Promise<Message | null> {
    if (this.lastMessageValue !== undefined) return Promise.resolve(this.lastMessageValue);
    return this.scope.links.newestMessage(this, io);
  }

  protected loadMessages(request: PageRequest, io: LinkIO): Promise<PageResult<Message | Unreadable>> {
    return this.scope.links.messages(this, request, io);
  }
}
