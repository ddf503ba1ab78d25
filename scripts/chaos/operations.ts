import { adapters } from '../../src/providers/registry';
import { codesOf, post, type Outcome } from './post';

/** The operations the child-process rows send: every provider, and every query shape clients use. */

export interface Operation {
  name: string;
  body: string;
}

const COMMON = `query One($id: ID!) { conversation(id: $id) { __typename ... on CommonConversation { id provider subject status createdAt preview } } }`;
const DEEP = `query Deep($id: ID!) { conversation(id: $id) { __typename ... on CommonConversation {
  id subject participants { id displayName role }
  messages(first: 20) { edges { node { id text createdAt sender { id displayName } } } } } } }`;
const LIST = `query List($name: ConversationProvider!) { provider(name: $name) { conversations(first: 10) { edges { node {
  __typename ... on CommonConversation { id subject participants { id displayName } } } } } } }`;
const MULTI = `query Multi($ids: [ID!]!) { conversations(ids: $ids) { __typename ... on CommonConversation { id provider subject status } } }`;

const operation = (name: string, query: string, variables: Record<string, unknown>): Operation => ({ name, body: JSON.stringify({ query, variables }) });

/** Each provider's seeded demo conversation, as a Parley id. */
export const demoIds = adapters.map((a) => ({ slug: a.identity.slug, name: a.identity.name, id: `${a.identity.slug}:${a.simulator.demo.seedKey}` }));

/** One conversation, common fields and deep, for every provider (what SIGTERM interrupts). */
export const singleOperations: readonly Operation[] = demoIds.flatMap(({ slug, id }) => [operation(`${slug} one`, COMMON, { id }), operation(`${slug} deep`, DEEP, { id })]);

/** Conversation ids from each listable provider's first page, for the multi-get. */
export async function listedIds(url: URL, perProvider: number): Promise<string[]> {
  const ids: string[] = [];
  for (const { name } of demoIds) {
    const outcome: Outcome = await post(url, operation('list', LIST, { name }).body);
    if (codesOf(outcome).length > 0 || !('body' in outcome)) continue;
    const data = JSON.parse(outcome.body) as { data?: { provider?: { conversations?: { edges?: { node?: { id?: string } }[] } } } };
    const edges = data.data?.provider?.conversations?.edges ?? [];
    ids.push(...edges.slice(0, perProvider).flatMap((edge) => (edge.node?.id ? [edge.node.id] : [])));
  }
  return ids;
}

/** The soak's mix: single and deep reads, lists and a multi-get across all five providers. */
export function mixedOperations(listed: readonly string[]): Operation[] {
  const lists = demoIds.filter((d) => d.slug !== 'mailperformance').map(({ slug, name }) => operation(`${slug} list`, LIST, { name }));
  const multi = operation('multi-get', MULTI, { ids: [...demoIds.map((d) => d.id), ...listed] });
  return [...singleOperations, ...lists, multi];
}
