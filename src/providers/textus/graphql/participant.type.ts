import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Node } from '../../../schema/node.interface';
import { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import type { JsonObject } from '../../../kit/json';
import {
  TextUsCollectionView, TextUsContactPhoneCollection, TextUsJsonLd, TextUsObjectCollection, TextUsUserSettings,
} from './parts.type';

@ObjectType('TextUsUser', {
  implements: [Participant, Node],
  description: 'A TextUs user (`GET /users/:id`): an agent, or a bot when `automatedActor` is true. Id `textus:user:<slug>`.',
})
export class TextUsUser extends Participant {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/users/wqyODPA`).' })
  jsonLd!: TextUsJsonLd;

  @Field(() => String, { nullable: true, description: 'Full name, as sent.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'First name.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name.' })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'Avatar URL, as sent (also in `avatarUrl`).' })
  avatar!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True for automated actors (role `BOT`).' })
  automatedActor!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the user has set a password.' })
  hasPassword!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the user was removed (discarded) from TextUs.' })
  discarded!: boolean | null;

  @Field(() => TextUsUserSettings, { nullable: true, description: "The user's settings." })
  settings!: TextUsUserSettings | null;

  @Field(() => String, { nullable: true, description: "Link to the user's account memberships, as sent." })
  membershipsPath!: string | null;
}

@ObjectType('TextUsContact', {
  implements: [Participant, Node],
  description: 'A TextUs contact (`GET /contacts/:id`): the person texting with the account. Id `textus:contact:<slug>`.',
})
export class TextUsContact extends Participant {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/contacts/Vled2N`).' })
  jsonLd!: TextUsJsonLd;

  @Field(() => String, { nullable: true, description: 'Full name, as sent.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'First name.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name.' })
  lastName!: string | null;

  @Field(() => TextUsContactPhoneCollection, { nullable: true, description: "The contact's phone numbers (`phone` is the first)." })
  phones!: TextUsContactPhoneCollection | null;

  @Field(() => TextUsObjectCollection, { nullable: true, description: 'Notes on the contact, as embedded.' })
  notes!: TextUsObjectCollection | null;

  @Field(() => String, { nullable: true, description: "Link to the contact's conversations, as sent." })
  conversationsPath!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Account-defined contact data, untouched.' })
  data!: JsonObject | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the contact was created.' })
  createdAt!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Contact data formatted for display, untouched.' })
  formattedData!: JsonObject | null;
}

@ObjectType('TextUsUserCollection', { description: 'A hydra collection of TextUs users (a conversation\'s `participants`).' })
export class TextUsUserCollection {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity of the collection.' })
  jsonLd!: TextUsJsonLd;

  @Field(() => Int, { description: 'Number of users TextUs reports.' })
  totalItems!: number;

  @Field(() => [TextUsUser], { description: 'The users of this page of the collection.' })
  members!: TextUsUser[];

  @Field(() => TextUsCollectionView, { nullable: true, description: 'Paging links, when the collection is paginated.' })
  view!: TextUsCollectionView | null;
}

@ObjectType('TextUsContactCollection', { description: 'A hydra collection of TextUs contacts (`associatedContacts`).' })
export class TextUsContactCollection {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity of the collection.' })
  jsonLd!: TextUsJsonLd;

  @Field(() => Int, { description: 'Number of contacts TextUs reports.' })
  totalItems!: number;

  @Field(() => [TextUsContact], { description: 'The contacts of this page of the collection.' })
  members!: TextUsContact[];

  @Field(() => TextUsCollectionView, { nullable: true, description: 'Paging links, when the collection is paginated.' })
  view!: TextUsCollectionView | null;
}
