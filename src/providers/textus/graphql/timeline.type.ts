import { Ctx, Field, ID, Int, ObjectType } from 'type-graphql';
import { linkIO, type LinkContext } from '../../../kit/link-io';
import { Message } from '../../../schema/message.interface';
import { DateTimeScalar } from '../../../schema/scalars';
import { TEXTUS } from '../identity';
import type { Listed, TextUsLinks, TextUsTimelineRef } from './links';
import { TextUsCollectionView, TextUsJsonLd } from './parts.type';

@ObjectType('TextUsTimeline', {
  description: "A conversation's timeline as TextUs embeds it: its first page, newest first. `messages` pages through all of it oldest first.",
})
export class TextUsTimeline {
  @Field(() => ID, { description: 'Id of the timeline of its conversation, `textus:kY1QwY#timeline`, for normalised caches; a part, not a node.' })
  id!: string;

  @Field(() => TextUsJsonLd, { description: 'JSON-LD identity (`/conversations/kY1QwY/timeline`).' })
  jsonLd!: TextUsJsonLd;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Position of the newest item (also `lastActivityAt`).' })
  latestPosition!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of items (messages and events) in the whole timeline (also `messageCount`).' })
  totalItems!: number | null;

  @Field(() => TextUsCollectionView, { nullable: true, description: 'Paging links of the first page.' })
  view!: TextUsCollectionView | null;

  /** Where `members` reads the page from. */
  ref!: TextUsTimelineRef;

  links!: TextUsLinks;

  @Field(() => [Message], {
    nullable: 'items',
    description: 'The items of the first page, in TextUs order (newest first per its docs); no request when embedded. An item whose id cannot be read is null with an error at its index.',
  })
  members(@Ctx() ctx: LinkContext): Promise<Listed<Message>[]> {
    return this.links.firstTimelinePage(this.ref, linkIO(ctx, TEXTUS.name));
  }
}
