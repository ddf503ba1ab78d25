import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { JsonObject } from '../../../kit/json';
import { Channel } from '../../../schema/enums';
import { Node } from '../../../schema/node.interface';

@ObjectType('BirdChannel', {
  implements: [Node],
  description:
    'The Bird channel (an installed platform: email, SMS, WhatsApp…) a conversation runs on (`GET /workspaces/{ws}/channels/{channelId}`). Id `bird:channel:<channelId>` in the configured default workspace, `bird:channel:<workspaceId>/<channelId>` elsewhere; shared by every conversation on the channel.',
})
export class BirdChannel extends Node {
  @Field(() => String, { description: 'Channel UUID.' })
  channelId!: string;

  @Field(() => String, { nullable: true, description: 'Platform the channel is an installation of, e.g. `whatsapp`, `sms-messagebird`, `email-sparkpost` (as text whatever type Bird sent); null when absent.' })
  platformId!: string | null;

  @Field(() => Channel, { description: 'The platform as a normalised medium; `UNKNOWN` when it has no mapping or is absent.' })
  medium!: Channel;

  @Field(() => String, { nullable: true, description: 'Channel name as set in Bird.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Connector that installed the channel.' })
  connectorId!: string | null;

  @Field(() => String, { nullable: true, description: 'Address of the channel on its platform (number, sender address…).' })
  identifier!: string | null;

  @Field(() => String, { nullable: true, description: 'Channel status, e.g. `active`.' })
  status!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The untouched upstream channel object.' })
  raw!: JsonObject;
}
