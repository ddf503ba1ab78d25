import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { JsonObject } from '../../../kit/json';
import { Node } from '../../../schema/node.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import { valueObject } from '../../../schema/value-object';

// Full representations (one GET each). Summaries embedded in conversations never stand in for these.

@ObjectType('HelpScoutContactEntry', { description: 'One e-mail, phone, chat handle, social profile or website of a customer.' })
export class HelpScoutContactEntry {
  @Field(() => ID, {
    description:
      'Id of this entry under its customer, `helpscout:customer:238604#email/1` (by position, `…#email/%400`, when Help Scout sent no entry id), for normalised caches; a part, not a node.',
  })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Help Scout entry id.' })
  entryId!: number | null;

  @Field(() => String, { nullable: true, description: 'The address, number, handle or URL.' })
  value!: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of entry, e.g. `work`, `home`, `mobile`.' })
  type!: string | null;
}

@ObjectType('HelpScoutAddress', { description: valueObject("A customer's postal address.") })
export class HelpScoutAddress {
  @Field(() => [String], { nullable: true, description: 'Street lines.' })
  lines!: string[];

  @Field(() => String, { nullable: true, description: 'City.' })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'State or region.' })
  state!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Country code.' })
  country!: string | null;
}

@ObjectType('HelpScoutCustomerProfile', { description: valueObject('The full customer record (`GET /v2/customers/{id}`).') })
export class HelpScoutCustomerProfile {
  @Field(() => String, { description: 'Customer id.' })
  nativeId!: string;

  @Field(() => String, { nullable: true, description: 'First name.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name.' })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'Gender as recorded.' })
  gender!: string | null;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  jobTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'Location.' })
  location!: string | null;

  @Field(() => String, { nullable: true, description: 'Organization (company).' })
  organization!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the photo comes from, e.g. `twitter`.' })
  photoType!: string | null;

  @Field(() => String, { nullable: true, description: 'Photo URL.' })
  photoUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Age (free text).' })
  age!: string | null;

  @Field(() => String, { nullable: true, description: 'Notes about the customer.' })
  background!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the customer is a draft.' })
  draft!: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the customer was created.' })
  createdAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the customer was last updated.' })
  updatedAt!: string | null;

  @Field(() => [HelpScoutContactEntry], { nullable: true, description: 'E-mail addresses.' })
  emails!: HelpScoutContactEntry[];

  @Field(() => [HelpScoutContactEntry], { nullable: true, description: 'Phone numbers.' })
  phones!: HelpScoutContactEntry[];

  @Field(() => [HelpScoutContactEntry], { nullable: true, description: 'Chat handles.' })
  chats!: HelpScoutContactEntry[];

  @Field(() => [HelpScoutContactEntry], { nullable: true, description: 'Social profiles.' })
  socialProfiles!: HelpScoutContactEntry[];

  @Field(() => [HelpScoutContactEntry], { nullable: true, description: 'Websites.' })
  websites!: HelpScoutContactEntry[];

  @Field(() => HelpScoutAddress, { nullable: true, description: 'Postal address, when recorded.' })
  address!: HelpScoutAddress | null;

  @Field(() => GraphQLJSONObject, { description: 'The untouched customer object.' })
  raw!: JsonObject;
}

@ObjectType('HelpScoutUserProfile', { description: valueObject('The full user (agent) record (`GET /v2/users/{id}`).') })
export class HelpScoutUserProfile {
  @Field(() => String, { description: 'User id.' })
  nativeId!: string;

  @Field(() => String, { nullable: true, description: 'First name.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name.' })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Role: `owner`, `admin`, `user`.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. `America/New_York`.' })
  timezone!: string | null;

  @Field(() => String, { nullable: true, description: 'Photo URL.' })
  photoUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'User type (`user`, `team`).' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Handle used in @mentions.' })
  mention!: string | null;

  @Field(() => String, { nullable: true, description: 'Initials.' })
  initials!: string | null;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  jobTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone!: string | null;

  @Field(() => [String], { nullable: true, description: 'Other e-mail addresses of the user.' })
  alternateEmails!: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the user was created.' })
  createdAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the user was last updated.' })
  updatedAt!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The untouched user object.' })
  raw!: JsonObject;
}

@ObjectType('HelpScoutMailbox', { implements: [Node], description: 'A Help Scout mailbox (`GET /v2/mailboxes/{id}`).' })
export class HelpScoutMailbox extends Node {
  @Field(() => String, { description: 'Mailbox id.' })
  nativeId!: string;

  @Field(() => String, { nullable: true, description: 'Mailbox name.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'URL slug of the mailbox.' })
  slug!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address of the mailbox.' })
  email!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the mailbox was created.' })
  createdAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the mailbox was last updated.' })
  updatedAt!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The untouched mailbox object.' })
  raw!: JsonObject;
}
