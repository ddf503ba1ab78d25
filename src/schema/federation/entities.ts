import type { GraphQLResolveInfo } from 'graphql';
import type { ClassType } from 'type-graphql';
import type { Context } from '../../context';
import { badUserInput } from '../../errors/parley-error';
import { parseGlobalId, preview } from '../../ids/global-id';
import { OperationSelection } from '../../loaders/selection';
import type { CommonConversation } from '../conversation.interface';

/** The GraphQL name of a provider's conversation type and the class that implements it. */
export interface ConversationEntity {
  readonly typeName: string;
  readonly type: ClassType<CommonConversation>;
}

/** `Type.__resolveReference`, as @apollo/subgraph calls it for each `_entities` representation. */
export type ReferenceResolver = (reference: unknown, context: Context, info: GraphQLResolveInfo) => Promise<CommonConversation>;

/** The entity interface: a representation of it may name a conversation of any provider. */
export const ENTITY_INTERFACE = 'CommonConversation';

/**
 * Resolves a representation (`{ __typename, id }`) through the request's conversation loader,
 * exactly as `conversations(ids:)` does: representations of one operation share its batch, its
 * de-duplication and its lookahead. Async, so a refused representation costs its own slot of
 * `_entities` (null plus one error), never the whole list.
 */
export function conversationReference(typeName: string, expected?: ConversationEntity): ReferenceResolver {
  return async (reference, ctx, info) => {
    const id = typeof reference === 'object' && reference !== null ? (reference as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') throw badUserInput(`A ${typeName} representation needs its key field "id" as a string`);
    const parsed = parseGlobalId(id, ctx.gateway);
    const { slug, title } = parsed.runtime.adapter.identity;
    if (parsed.kind !== undefined) {
      throw badUserInput(`Id "${preview(id)}" names a ${parsed.kind}, not a conversation, so it cannot represent a ${typeName}`, slug);
    }
    // Checked before any request: the gateway trusts __typename, so a mismatch would answer
    // one provider's conversation under another provider's type.
    if (expected && parsed.runtime.adapter.conversationType !== expected.type) {
      throw badUserInput(`Id "${preview(id)}" is a ${title} conversation, not a ${typeName}`, slug);
    }
    ctx.lookahead.selection ??= OperationSelection.from(info);
    return await ctx.loaders.conversation.load(`${slug}:${parsed.key}`);
  };
}
