import { Ctx, Field, ObjectType } from 'type-graphql';
import { linkIO, type LinkContext } from '../../../kit/link-io';
import { Node } from '../../../schema/node.interface';
import { Participant } from '../../../schema/participant.interface';
import type { LinkRef } from '../api/keys';
import type { HelpScoutLinks } from './links';
import { HelpScoutCustomerProfile, HelpScoutUserProfile } from './profile.type';

/**
 * What a Help Scout person summary (customer, user or team) carries, as a conversation or thread
 * embeds it. Abstract: the participant types inherit its fields, the schema never names it.
 */
@ObjectType('HelpScoutPersonSummary')
export abstract class HelpScoutPersonSummary extends Participant {
  @Field(() => String, { nullable: true, description: 'First name from the summary.' })
  first!: string | null;

  @Field(() => String, { nullable: true, description: 'Last name from the summary.' })
  last!: string | null;

  @Field(() => String, { nullable: true, description: 'Photo URL from the summary.' })
  photoUrl!: string | null;

  /** Follows the subclass's `profileLink` with the request's IO. */
  follow!: HelpScoutLinks;
}

/**
 * A Help Scout customer as a conversation or thread names it. The plain fields come from the
 * embedded summary (no request); `profile` is the full record, fetched only when selected.
 */
@ObjectType('HelpScoutCustomer', {
  implements: [Participant, Node],
  description: 'A Help Scout customer. Plain fields come from the embedded summary; `profile` fetches the full record when selected.',
})
export class HelpScoutCustomer extends HelpScoutPersonSummary {
  @Field(() => String, { nullable: true, description: 'Person type as sent (`customer`).' })
  type!: string | null;

  /** Where the full record lives (HAL link of the embedding payload, or the documented path). */
  profileLink!: LinkRef;

  @Field(() => HelpScoutCustomerProfile, {
    nullable: true,
    description: 'The full customer (`GET /v2/customers/{id}`): e-mails, phones, organization, job title… One request per customer per operation.',
  })
  profile(@Ctx() ctx: LinkContext): Promise<HelpScoutCustomerProfile | null> {
    return this.follow.customerProfile(this.profileLink, linkIO(ctx, this.provider));
  }
}

/** A Help Scout user (agent) or team, as a conversation or thread names it. */
@ObjectType('HelpScoutUser', {
  implements: [Participant, Node],
  description: 'A Help Scout user (agent) or team. Plain fields come from the embedded summary; `profile` fetches the full user when selected.',
})
export class HelpScoutUser extends HelpScoutPersonSummary {
  @Field(() => String, { nullable: true, description: 'Person type as sent: `user` or `team`.' })
  type!: string | null;

  /** Where the full record lives; null for teams, which have no user record. */
  profileLink!: LinkRef | null;

  @Field(() => HelpScoutUserProfile, {
    nullable: true,
    description: 'The full user (`GET /v2/users/{id}`): role, time zone, phone… Null (and no request) for teams. One request per user per operation.',
  })
  profile(@Ctx() ctx: LinkContext): Promise<HelpScoutUserProfile | null> {
    return this.profileLink === null ? Promise.resolve(null) : this.follow.userProfile(this.profileLink, linkIO(ctx, this.provider));
  }
}

/**
 * An e-mail address a thread was sent to (`to`, `cc`, `bcc`) that Help Scout does not tie to a
 * customer id. Its global id is the address itself, so `node(id:)` rebuilds it without a request.
 */
@ObjectType('HelpScoutEmailAddress', {
  implements: [Participant, Node],
  description: 'An e-mail address a thread was addressed to, without a Help Scout customer id.',
})
export class HelpScoutEmailAddress extends Participant {}
