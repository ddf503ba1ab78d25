import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { Message } from './message.interface';
import { valueObject } from './value-object';

// Every Relay subgraph defines this exact type; shareable lets them all resolve it.
@Directive('@shareable')
@ObjectType('PageInfo', { description: valueObject('Relay page information.') })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when `after: endCursor` returns more items.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items exist before this page (false on the first page).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge, or null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` to read on.' })
  endCursor!: string | null;
}

@ObjectType('ConversationMessageEdge', { description: valueObject('A message and the cursor that continues after it.') })
export class MessageEdge {
  @Field(() => String, { description: 'Opaque cursor: pass it as `after` to continue after this message.' })
  cursor!: string;

  @Field(() => Message, {
    nullable: true,
    description: 'The message; null (with a PROVIDER_BAD_RESPONSE error at this path) when the provider sent an item Parley cannot read.',
  })
  node!: Message | null;
}

@ObjectType('ConversationMessageConnection', { description: valueObject("A page of a conversation's messages, oldest first.") })
export class MessageConnection {
  @Field(() => [MessageEdge], { description: 'The messages of this page, oldest first.' })
  edges!: MessageEdge[];

  @Field(() => PageInfo, { description: 'Where this page stands.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: 'Total number of messages, when the provider reports it without extra requests.' })
  totalCount!: number | null;
}

/** Arguments of every connection field: Relay forward paging, bounded to keep one query cheap. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many items to return, 0 to 100 (default 20).' })
  first!: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor (`endCursor` or an edge `cursor`) to continue after.' })
  after!: string | null;
}
