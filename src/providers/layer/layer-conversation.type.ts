import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Context } from '../../context';
import { CommonConversation } from '../../schema/conversation.interface';
import type { Message } from '../../schema/message.interface';
import { Node } from '../../schema/node.interface';
import type { PageRequest, PageResult } from '../../schema/paging';
import type { Participant } from '../../schema/participant.interface';
import type { JsonObject } from '../shared/json';
import type { LayerSettings } from './layer.config';
import { layerIO, loadParticipants } from './layer.links';
import { mapLayerMessage } from './layer.mapper';
import { loadMessagePage, loadNewestMessage } from './layer.messages';
import type { Parsed } from '../shared/wire';
import type { LayerMessageWire } from './layer.wire';

/**
 * A Layer conversation (Platform API v1.0). Read in the user perspective of LAYER_USER_ID when
 * that user takes part (adds `last_message` and `unread_message_count`), else in the system
 * perspective. Layer has no status, subject or channel: status is OPEN, channel IN_APP.
 */
@ObjectType('LayerConversation', {
  implements: [CommonConversation, Node],
  description: 'A Layer conversation. Layer has no status, subject or assignment: status is OPEN, channel IN_APP, subject/customer/assignee null.',
})
export class LayerConversation extends CommonConversation {
  @Field(() => String, { description: 'Layer URI of the conversation (`layer:///conversations/<uuid>`); also accepted as `layer:///conversations/<uuid>` in ids.' })
  layerUri!: string;

  @Field(() => String, { description: 'API URL of the conversation (`url`), in the perspective it was read in.' })
  url!: string;

  @Field(() => String, { description: 'API URL of its messages (`messages_url`); `messages` reads it.' })
  messagesUrl!: string;

  @Field(() => Boolean, { description: 'True for a distinct conversation (one per set of participants).' })
  distinct!: boolean;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'App-defined conversation metadata, as sent.' })
  metadata!: JsonObject | null;

  @Field(() => [String], { description: 'User ids of the participants, as sent (`participants`); `participants` resolves them to identities.' })
  participantIds!: string[];

  @Field(() => Int, { nullable: true, description: 'Unread messages for the perspective user (`unread_message_count`); null in the system perspective.' })
  unreadMessageCount!: number | null;

  @Field(() => String, { description: 'UUID of the Layer app the conversation belongs to (LAYER_APP_ID).' })
  appId!: string;

  @Field(() => String, { nullable: true, description: 'User whose perspective it was read in (LAYER_USER_ID), or null for the system perspective.' })
  perspectiveUserId!: string | null;

  settings!: LayerSettings;
  /** `last_message` as embedded: undefined when absent (system perspective), null when there is none. */
  lastMessageEmbedded!: Parsed<LayerMessageWire> | null | undefined;

  /** The configured user, when they take part: messages they sent are OUTBOUND, others INBOUND. */
  get viewer(): string | null {
    const user = this.settings.userId;
    return user !== null && this.participantIds.includes(user) ? user : null;
  }

  protected loadParticipants(ctx: Context): Promise<Participant[]> {
    return loadParticipants(ctx, this.settings, this.participantIds, ['LayerConversation', 'participants']);
  }

  // Layer conversations have no customer or assignee: which participant plays which part is app-defined.
  protected loadCustomer(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected loadAssignee(): Promise<Participant | null> {
    return Promise.resolve(null);
  }

  protected async loadLastMessage(ctx: Context): Promise<Message | null> {
    if (this.lastMessageEmbedded !== undefined) {
      return this.lastMessageEmbedded && mapLayerMessage(this.lastMessageEmbedded, this.settings, this.viewer);
    }
    const io = layerIO(ctx);
    // The full first page is what `messages` reads first: asking for it lets both share one request.
    const newest = await loadNewestMessage(io, io.resolve(this.messagesUrl), io.selects('LayerConversation', 'messages'));
    return newest && mapLayerMessage(newest, this.settings, this.viewer);
  }

  protected async loadMessages(request: PageRequest, ctx: Context): Promise<PageResult<Message>> {
    const io = layerIO(ctx);
    const page = await loadMessagePage(io, io.resolve(this.messagesUrl), request);
    return {
      ...page,
      items: page.items.map((item) => ({ cursor: item.cursor, node: mapLayerMessage(item.node, this.settings, this.viewer) })),
    };
  }
}
