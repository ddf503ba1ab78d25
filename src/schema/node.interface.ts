import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description: 'An object with a global id that `Query.node(id:)` can fetch again (Relay).',
})
export abstract class Node {
  @Field(() => ID, {
    description: 'Global id `<provider slug>:<native key>`, readable and stable; accepted by `conversation(id:)` and `node(id:)`.',
  })
  id!: string;
}
