import {
  createOperationDescriptor, fetchQuery, getFragment, getRequest, getSelector, graphql,
  type Environment, type GraphQLTaggedNode, type SingularReaderSelector,
} from 'relay-runtime';
import type { conversation_helpScout$data, conversation_helpScout$key } from './__generated__/conversation_helpScout.graphql';
import type { conversation_textUs$data, conversation_textUs$key } from './__generated__/conversation_textUs.graphql';
import HelpScoutRefetchQuery, { type conversationHelpScoutRefetchQuery } from './__generated__/conversationHelpScoutRefetchQuery.graphql';
import type { conversationQuery } from './__generated__/conversationQuery.graphql';

// A provider's fragment spread into the `Conversation` union matches only that provider's
// conversations: `@alias` makes the spread a field that is null for any other provider.
export const ConversationQuery = graphql`
  query conversationQuery($id: ID!) {
    conversation(id: $id) {
      __typename
      ...conversation_helpScout @alias(as: "helpScout")
      ...conversation_textUs @alias(as: "textUs")
    }
  }
`;

// Refetchable: Relay generates the refetch query through `node(id:)`.
export const HelpScoutFragment = graphql`
  fragment conversation_helpScout on HelpScoutConversation @refetchable(queryName: "conversationHelpScoutRefetchQuery") {
    id
    subject
    customFields { id name text }
  }
`;

export const TextUsFragment = graphql`
  fragment conversation_textUs on TextUsConversation {
    id
    phoneNumber
    currentState
  }
`;

/** A fragment's data for `ref`, read from the store (what `useFragment` does in React). */
function read<TData>(environment: Environment, fragment: GraphQLTaggedNode, ref: unknown): TData {
  const selector = getSelector(getFragment(fragment), ref) as SingularReaderSelector;
  return environment.lookup(selector).data as TData;
}

export interface ConversationView {
  typename: string | null;
  helpScout: conversation_helpScout$data | null;
  textUs: conversation_textUs$data | null;
}

/** The fragment of the conversation's provider (the others are null). */
function viewOf(environment: Environment, data: conversationQuery['response'] | undefined): ConversationView {
  const conversation = data?.conversation;
  const helpScout: conversation_helpScout$key | null | undefined = conversation?.helpScout;
  const textUs: conversation_textUs$key | null | undefined = conversation?.textUs;
  return {
    typename: conversation?.__typename ?? null,
    helpScout: helpScout ? read<conversation_helpScout$data>(environment, HelpScoutFragment, helpScout) : null,
    textUs: textUs ? read<conversation_textUs$data>(environment, TextUsFragment, textUs) : null,
  };
}

/** Fetches one conversation and reads it. */
export async function readConversation(environment: Environment, id: string): Promise<ConversationView> {
  return viewOf(environment, await fetchQuery<conversationQuery>(environment, ConversationQuery, { id }).toPromise());
}

/** The conversation as the store holds it now, without a request (what a component renders from). */
export function lookupConversation(environment: Environment, id: string): ConversationView {
  const operation = createOperationDescriptor(getRequest(ConversationQuery), { id });
  return viewOf(environment, environment.lookup(operation.fragment).data as conversationQuery['response']);
}

/** Fetches a Help Scout conversation again through `node(id:)` (the generated refetch query) and reads it. */
export async function refetchHelpScout(environment: Environment, id: string): Promise<conversation_helpScout$data | null> {
  const data = await fetchQuery<conversationHelpScoutRefetchQuery>(environment, HelpScoutRefetchQuery, { id }).toPromise();
  return data?.node ? read<conversation_helpScout$data>(environment, HelpScoutFragment, data.node) : null;
}
