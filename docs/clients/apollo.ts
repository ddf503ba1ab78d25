import { ApolloClient, gql, HttpLink, InMemoryCache, type ObservableQuery, type TypedDocumentNode } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import possibleTypes from '../../schema/possible-types.json';
import valueObjects from '../../schema/value-objects.json';

/** An Apollo Client for Parley's `/graphql` at `uri`, with the cache set up for Parley's schema. */
export function createParleyApolloClient(uri: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      // Generated from the schema: fragments on a union or interface match exactly.
      possibleTypes,
      typePolicies: {
        // A value object has no id: merge the copies one parent gets instead of replacing them.
        ...Object.fromEntries(valueObjects.map((typeName) => [typeName, { merge: true }])),
        // Inherited by every conversation type (through possibleTypes): pages of `messages`
        // append to one list, read back with `fetchMore({ variables: { after: endCursor } })`.
        CommonConversation: { fields: { messages: relayStylePagination() } },
      },
    }),
  });
}

interface ConversationSummary {
  __typename: string;
  id: string;
  subject: string | null;
  status: string;
}

export const CONVERSATIONS: TypedDocumentNode<{ conversations: (ConversationSummary | null)[] }, { ids: string[] }> = gql`
  query Conversations($ids: [ID!]!) {
    conversations(ids: $ids) {
      ... on CommonConversation { id subject status }
    }
  }
`;

/**
 * Many conversations at once. One unknown or failing id is `null` in its slot plus one error;
 * `errorPolicy: 'all'` keeps the other slots (the default, 'none', discards all the data).
 */
export async function readConversations(client: ApolloClient, ids: string[]) {
  const { data, error } = await client.query({ query: CONVERSATIONS, variables: { ids }, errorPolicy: 'all' });
  return { conversations: data?.conversations ?? [], error };
}

interface MessagesData {
  conversation: {
    id: string;
    messages: { edges: { cursor: string; node: { id: string; text: string | null } | null }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null;
  } | null;
}

export const MESSAGES: TypedDocumentNode<MessagesData, { id: string; after?: string | null }> = gql`
  query Messages($id: ID!, $after: String) {
    conversation(id: $id) {
      ... on CommonConversation {
        id
        messages(first: 20, after: $after) { edges { cursor node { id text } } pageInfo { hasNextPage endCursor } }
      }
    }
  }
`;

/** Appends the next page to the messages `watched` shows (`client.watchQuery({ query: MESSAGES, … })`). */
export async function loadMoreMessages(watched: ObservableQuery<MessagesData, { id: string; after?: string | null }>): Promise<void> {
  const pageInfo = watched.getCurrentResult().data?.conversation?.messages?.pageInfo;
  if (pageInfo?.hasNextPage) await watched.fetchMore({ variables: { after: pageInfo.endCursor } });
}
