import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Node } from '../../../schema/node.interface';
import { Participant } from '../../../schema/participant.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import { valueObject } from '../../../schema/value-object';
import type { JsonObject } from '../../../kit/json';
import {
  TextUsContactPhoneCollection, TextUsJsonLd, TextUsObjectCollection, TextUsPagedCollection, TextUsUserSettings,
} from './parts.type';

/** The names TextUs users and contacts both carry. Abstract: the schema never names it. */
@ObjectType('TextUsPerson')
export abstract class TextUsPerson extends Participant {
  @Field(() => String, { nullable: true, description: 'Full name, as sent.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'First name.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name.' })
  lastName!: string | null;
}

@ObjectType('TextUsUser', {
  implements: [Participant, Node],
  description: 'A TextUs user (`GET /users/:id`): an agent, or a bot when `automatedActor` is true. Id `textus:user:<slug>`.',
})
export class TextUsUser extends TextUsPerson {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/users/wqyODPA`).' })
  jsonLd!: TextUsJsonLd;

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
export class TextUsContact extends TextUsPerson {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/contacts/Vled2N`).' })
  jsonLd!: TextUsJsonLd;

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

@ObjectType('TextUsUserCollection', { description: valueObject('A hydra collection of TextUs users (a conversation\'s `participants`).') })
export class TextUsUserCollection extends TextUsPagedCollection {
  @Field(() => Int, { nullable: true, description: 'Number of users TextUs reports.' })
  totalItems!: number | null;

  @Field(() => [TextUsUser], { description: 'The users of this page of the collection.' })
  members!: TextUsUser[];
}

@ObjectType('TextUsContactCollection', { description: valueObject('A hydra collection of TextUs contacts (`associatedContacts`).') })
export class TextUsContactCollection extends TextUsPagedCollection {
  @Field(() => Int, { nullable: true, description: 'Number of contacts TextUs reports.' })
  totalItems!: number | null;

  @Field(() => [TextUsContact], { description: 'The contacts of this page of the collection.' })
  members!: TextUsContact[];
}
