import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { JsonObject } from '../../../kit/json';
import { Node } from '../../../schema/node.interface';
import { Participant } from '../../../schema/participant.interface';

/**
 * A Layer user as its identity (`GET /apps/:app/users/:user_id/identity`). Conversations and
 * messages only name user ids; the identity is fetched once per user per operation, and only
 * when the operation selects a field that needs it (see `IDENTITY_PROFILE_FIELDS`).
 */
@ObjectType('LayerIdentity', {
  implements: [Participant, Node],
  description: 'A Layer user and their identity. Role is `BOT` for bot identities and `UNKNOWN` otherwise: whether a user is a customer or an agent is up to each app.',
})
export class LayerIdentity extends Participant {
  @Field(() => String, { description: 'The app-defined user id (as listed in `participants` and `sender.user_id`).' })
  userId!: string;

  @Field(() => Boolean, { description: 'False when Layer has no identity for this user id (404): only the user id is known.' })
  hasIdentity!: boolean;

  @Field(() => String, { nullable: true, description: 'Layer URI of the identity (`layer:///identities/<user_id>`).' })
  layerUri!: string | null;

  @Field(() => String, { nullable: true, description: 'API URL of the identity, as Layer sent it.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'First name (`first_name`).' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name (`last_name`).' })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'Identity type exactly as sent (`user` or `bot`).' })
  identityType!: string | null;

  @Field(() => String, { nullable: true, description: 'Public key of the identity, when the app stores one.' })
  publicKey!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'App-defined identity metadata (string values, at most 16 keys).' })
  metadata!: JsonObject | null;
}

/** Messages Layer sends itself have `sender: {user_id: null, name: "The System"}`: no identity exists. */
@ObjectType('LayerSystemSender', {
  implements: [Participant, Node],
  description: 'The sender of a message Layer or the app sent as the system (no user id, only a name). Never fetched.',
})
export class LayerSystemSender extends Participant {
  @Field(() => String, { nullable: true, description: 'Sender name exactly as sent (`sender.name`), e.g. "The System".' })
  name!: string | null;
}

/** Fields of a LayerIdentity (or Participant) that can only be answered from the fetched identity. */
export const IDENTITY_PROFILE_FIELDS = [
  'role', 'displayName', 'email', 'phone', 'avatarUrl', 'raw', 'hasIdentity', 'layerUri', 'url',
  'firstName', 'lastName', 'identityType', 'publicKey', 'metadata',
] as const;
