import { Field, Int, ObjectType } from 'type-graphql';
import type { CommonConversation } from './conversation.interface';
import { ConversationUnion } from './conversation.union';
import { PageInfo } from './connection.types';
import { valueObject } from './value-object';

// Kept apart from connection.types.ts: the union pulls in every provider, and the provider
// types themselves need the message connection types, so one file would form an import cycle.

@ObjectType('ConversationEdge', { description: valueObject('A conversation and the cursor that continues after it.') })
export class ConversationEdge {
  @Field(() => String, { description: 'Opaque cursor: pass it as `after` to continue after this conversation.' })
  cursor!: string;

  @Field(() => ConversationUnion, {
    nullable: true,
    description: 'The conversation; null (with a PROVIDER_BAD_RESPONSE error at this path) when its listed item has no readable id. One broken conversation costs its own edge, never the page.',
  })
  node!: CommonConversation | null;
}

@ObjectType('ConversationConnection', { description: valueObject("A page of a provider's conversations, newest first.") })
export class ConversationConnection {
  @Field(() => [ConversationEdge], { description: 'The conversations of this page, newest first.' })
  edges!: ConversationEdge[];

  @Field(() => PageInfo, { description: 'Where this page stands.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: 'Total number of conversations, when the provider reports it.' })
  totalCount!: number | null;
}

