import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTimeScalar } from '../../../schema/scalars';
import { valueObject } from '../../../schema/value-object';
import type { JsonObject } from '../../../kit/json';

@ObjectType('TextUsJsonLd', { description: valueObject('JSON-LD identity of a TextUs object, exactly as sent.') })
export class TextUsJsonLd {
  @Field(() => String, {
    description:
      'The JSON-LD `id` as sent: a host-relative path such as `/conversations/kY1QwY`. Not named `id`: it does not identify one object (a collection and its first view share it, and TextUs examples give two messages one attachments path), so caches must not key by it.',
  })
  path!: string;

  @Field(() => String, { description: 'The `@type` (`Conversation`, `Message`, `hydra:Collection`…).' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'The `@context` link (`/contexts/Conversation.jsonld`); Parley never fetches it.' })
  context!: string | null;
}

@ObjectType('TextUsCollectionView', { description: valueObject('hydra:PartialCollectionView: links to the pages of a paginated collection.') })
export class TextUsCollectionView {
  @Field(() => TextUsJsonLd, { nullable: true, description: 'JSON-LD identity of the view.' })
  jsonLd!: TextUsJsonLd | null;

  @Field(() => String, { nullable: true, description: 'Link to the first page.' })
  first!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the next (older) page, with its `cursor`; null on the last page.' })
  next!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the previous (newer) page; null on the first page.' })
  previous!: string | null;
}

@ObjectType('TextUsContactPhone', { description: valueObject('A phone number of a TextUs contact (ContactPhone).') })
export class TextUsContactPhone {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/contact_phones/…`).' })
  jsonLd!: TextUsJsonLd;

  @Field(() => String, { nullable: true, description: 'E.164 number (`+13035551234`).' })
  phoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Number formatted for display (`(303) 555-1234`).' })
  formattedPhoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Extension, when any.' })
  extension!: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of phone as TextUs labels it (`Mobile`).' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Whether texts reach this number (`unknown`, …), as sent.' })
  deliverabilityStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the contact the number belongs to, as sent.' })
  contactPath!: string | null;
}

/**
 * What every TextUs hydra collection type shares; each one adds its `totalItems` and `members`.
 * Abstract: the GraphQL types inherit its fields, the schema never names it.
 */
@ObjectType('TextUsCollection')
export abstract class TextUsCollection {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity of the collection.' })
  jsonLd!: TextUsJsonLd;
}

/** A TextUs collection that may be paginated (people collections): `view` links its pages. */
@ObjectType('TextUsPagedCollection')
export abstract class TextUsPagedCollection extends TextUsCollection {
  @Field(() => TextUsCollectionView, { nullable: true, description: 'Paging links, when the collection is paginated.' })
  view!: TextUsCollectionView | null;
}

@ObjectType('TextUsContactPhoneCollection', { description: valueObject("A contact's phone numbers (hydra collection).") })
export class TextUsContactPhoneCollection extends TextUsCollection {
  @Field(() => Int, { nullable: true, description: 'Number of phones TextUs reports.' })
  totalItems!: number | null;

  @Field(() => [TextUsContactPhone], { description: 'The phones embedded in the collection.' })
  members!: TextUsContactPhone[];
}

@ObjectType('TextUsObjectCollection', {
  description: valueObject('A hydra collection whose members TextUs does not document precisely (attachments, contact notes): members are kept as JSON.'),
})
export class TextUsObjectCollection extends TextUsCollection {
  @Field(() => Int, { nullable: true, description: 'Number of members TextUs reports.' })
  totalItems!: number | null;

  @Field(() => [GraphQLJSONObject], { description: 'The embedded members, untouched.' })
  members!: JsonObject[];
}

@ObjectType('TextUsAccount', { description: valueObject('The TextUs account of a conversation, when the answer embeds it (`{"@type":"Account","id":"/accounts/my_account","name":…}`).') })
export class TextUsAccount {
  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/accounts/my_account`).' })
  jsonLd!: TextUsJsonLd;

  @Field(() => String, { nullable: true, description: 'Account name, as sent.' })
  name!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The untouched upstream object.' })
  raw!: JsonObject;
}

@ObjectType('TextUsUserSettings', { description: valueObject("A TextUs user's settings.") })
export class TextUsUserSettings {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Account-defined custom settings, untouched.' })
  customSettings!: JsonObject | null;
}

@ObjectType('TextUsUserInfo', { description: valueObject('What the requesting user (the token owner) has done with the conversation.') })
export class TextUsUserInfo {
  @Field(() => Boolean, { nullable: true, description: 'Whether the requesting user has read the conversation.' })
  read!: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Timeline position up to which the requesting user has read.' })
  readToTimelinePosition!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the requesting user starred the conversation.' })
  starred!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the conversation is assigned to the requesting user.' })
  assigned!: boolean | null;

  @Field(() => GraphQLJSONObject, { description: 'The untouched upstream object.' })
  raw!: JsonObject;
}

@ObjectType('TextUsConversationActions', {
  description: valueObject('Action links of a conversation, as sent (host-relative paths to POST to); null when the action does not apply now. Parley is read-only and never follows them.'),
})
export class TextUsConversationActions {
  @Field(() => String, { nullable: true, description: 'Assign a contact (`assignContact`).' })
  assignContact!: string | null;

  @Field(() => String, { nullable: true, description: 'Reopen a closed conversation.' })
  reopenConversation!: string | null;

  @Field(() => String, { nullable: true, description: 'Close an open conversation.' })
  closeConversation!: string | null;

  @Field(() => String, { nullable: true, description: 'Mark as read.' })
  readConversation!: string | null;

  @Field(() => String, { nullable: true, description: 'Mark as unread (TextUs sends the same path as `readConversation`).' })
  unreadConversation!: string | null;

  @Field(() => String, { nullable: true, description: 'Star.' })
  starConversation!: string | null;

  @Field(() => String, { nullable: true, description: 'Remove the star.' })
  unstarConversation!: string | null;

  @Field(() => String, { nullable: true, description: 'Block the contact.' })
  blockConversation!: string | null;

  @Field(() => String, { nullable: true, description: 'Unblock the contact.' })
  unblockConversation!: string | null;

  @Field(() => String, { nullable: true, description: 'Subscribe the contact again.' })
  subscribeConversation!: string | null;

  @Field(() => String, { nullable: true, description: 'Unsubscribe the contact.' })
  unsubscribeConversation!: string | null;
}
