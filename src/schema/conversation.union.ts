import { createUnionType } from 'type-graphql';
import { adapters } from '../providers/registry';

/**
 * The union of every provider's conversation type. Its members come from the registry, so
 * adding a provider adds a member here without touching this file.
 */
export const ConversationUnion = createUnionType({
  name: 'Conversation',
  description: 'A conversation from any provider. Every member implements `CommonConversation`; use inline fragments for provider-specific fields.',
  types: () => adapters.map((adapter) => adapter.conversationType),
});
