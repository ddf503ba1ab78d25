import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Channel } from '../../schema/enums';
import type { JsonObject } from '../shared/json';

@ObjectType('BirdParticipantContact', { description: 'How a contact participant is addressed on the channel (Bird `contact`).' })
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

@ObjectType('BirdContactAnnotation', { description: 'What the sender called a recipient (Bird `contactAnnotation`).' })
export class BirdContactAnnotation {
  @Field(() => String, { nullable: true, description: 'Name given to the recipient.' })
  name!: string | null;
}

@ObjectType('BirdChannel', { description: 'The Bird channel (an installed platform: email, SMS, WhatsApp…) a conversation runs on.' })
export class BirdChannel {
  @Field(() => String, { description: 'Channel UUID.' })
  channelId!: string;

  @Field(() => String, { description: 'Platform the channel is an installation of, e.g. `whatsapp`, `sms-messagebird`, `email-sparkpost`.' })
  platformId!: string;

  @Field(() => Channel, { description: 'The platform as a normalised medium; `UNKNOWN` when it has no mapping.' })
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
