import { Ctx, Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { JsonObject } from '../../../kit/json';
import { linkIO, type LinkContext } from '../../../kit/link-io';
import { valueObject } from '../../../schema/value-object';
import { TEXTUS } from '../identity';
import type { EmbeddedOrLink, Listed, TextUsLinks } from './links';
import { TextUsUser } from './participant.type';
import { TextUsJsonLd, TextUsPagedCollection } from './parts.type';

@ObjectType('TextUsAssignment', {
  description: valueObject('A ConversationAssignment: who the conversation is assigned to and by whom. Members that are bare Users (or user links) have no assignment object: `jsonLd` and `raw` are then null.'),
})
export class TextUsAssignment {
  @Field(() => TextUsJsonLd, { nullable: true, description: 'JSON-LD identity (`/assignments/aB6MA91`).' })
  jsonLd!: TextUsJsonLd | null;

  @Field(() => String, { nullable: true, description: 'Link to the assigned user, as sent (or the embedded user\'s id).' })
  assigneePath!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the user who assigned (`/users/wqyODPA`), as sent.' })
  assignerPath!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The untouched upstream object.' })
  raw!: JsonObject | null;

  /** The assignee as embedded (mapped) or as a link; an unreadable embedded user is its error. */
  assigneeRef!: EmbeddedOrLink<TextUsUser> | Error | null;

  links!: TextUsLinks;

  @Field(() => TextUsUser, { nullable: true, description: 'The assigned user: embedded, or fetched behind its link when selected.' })
  assignee(@Ctx() ctx: LinkContext): Promise<TextUsUser | null> {
    const ref = this.assigneeRef;
    if (ref instanceof Error) return Promise.reject(ref);
    if (typeof ref === 'string') return this.links.user(ref, linkIO(ctx, TEXTUS.name));
    return Promise.resolve(ref);
  }
}

@ObjectType('TextUsAssignmentCollection', { description: valueObject("A conversation's `assignments` (hydra collection), embedded or behind its link.") })
export class TextUsAssignmentCollection extends TextUsPagedCollection {
  @Field(() => Int, { nullable: true, description: 'Number of assignments TextUs reports.' })
  totalItems!: number | null;

  @Field(() => [TextUsAssignment], { nullable: 'items', description: 'The assignments; one that cannot be read is null with an error at its index.' })
  members!: Listed<TextUsAssignment>[];
}
