import { Field, InterfaceType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ParticipantRole } from './enums';
import { ProviderEnum } from './provider-enum';
import { Node } from './node.interface';
import type { JsonObject } from '../kit/json';

@InterfaceType('ConversationParticipant', {
  implements: Node,
  description: 'Someone taking part in a conversation: a customer, contact, agent, bot or system actor.',
})
export abstract class Participant extends Node {
  @Field(() => ProviderEnum, { description: 'Provider the participant belongs to.' })
  provider!: string;

  @Field(() => String, { description: "The provider's own id for this participant." })
  nativeId!: string;

  @Field(() => ParticipantRole, { description: 'Part the participant plays.' })
  role!: ParticipantRole;

  @Field(() => String, { nullable: true, description: 'Name to show, when the provider has one.' })
  displayName!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address, when known.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number (E.164 where the provider uses it), when known.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Avatar or photo URL, when known.' })
  avatarUrl!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The untouched upstream object this participant was read from.' })
  raw!: JsonObject | null;
}
