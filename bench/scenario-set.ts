import 'reflect-metadata';
import { startGateway } from '../src/bootstrap';
import { createContext } from '../src/context';
import { silentLogger } from '../src/logger';
import { simData } from '../src/providers/mailperformance/simulator/seed';
import { createServer } from '../src/server';
import type { Scenario } from './scenarios';

const COMMON = 'id provider nativeId subject status rawStatus channel createdAt updatedAt lastActivityAt preview messageCount webUrl';

const ONE_COMMON = `query One($id: ID!) { conversation(id: $id) { __typename ... on CommonConversation { ${COMMON} } } }`;
const ONE_DEEP = `query Deep($id: ID!) { conversation(id: $id) { __typename ... on CommonConversation {
  id subject participants { id displayName role }
  messages(first: 20) { edges { node { id text createdAt sender { id displayName } } } } } } }`;
const LIST = `query List($name: ConversationProvider!) { provider(name: $name) { conversations(first: 20) { edges { node {
  __typename ... on CommonConversation { id subject participants { id displayName } } } } } } }`;
const MULTI = `query Multi($ids: [ID!]!) { conversations(ids: $ids) { __typename ... on CommonConversation { id provider subject status createdAt } } }`;

type Executor = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** Runs operations in-process against the simulators (to collect ids for the multi-get). */
async function withExecutor<T>(env: Record<string, string>, use: (run: Executor) => Promise<T>): Promise<T> {
  const started = await startGateway(env);
  const server = await createServer({ gateway: started.gateway, logger: silentLogger, production: false });
  try {
    return await use(async (query, variables) => {
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue: createContext(started.gateway, silentLogger) });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(`setup query failed: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental')}`);
      }
      return response.body.singleResult.data ?? {};
    });
  } finally {
    await server.apollo.stop();
    await started.stop();
  }
}

async function listedIds(run: Executor, provider: string, count: number): Promise<string[]> {
  const data = await run(`query($name: ConversationProvider!, $first: Int) { provider(name: $name) { conversations(first: $first) { edges { node { ... on CommonConversation { id } } } } } }`, { name: provider, first: count });
  const edges = (data['provider'] as { conversations: { edges: { node: { id: string } }[] } }).conversations.edges;
  return edges.map((edge) => edge.node.id);
}

/** The four scenarios of the benchmark issue, with their lower bounds. */
export async function buildScenarios(env: Record<string, string>): Promise<Scenario[]> {
  const mailIds = simData().generatedIds.slice(0, 10);
  const ids = await withExecutor(env, async (run) => [
    ...(await listedIds(run, 'HELP_SCOUT', 10)),
    ...(await listedIds(run, 'TEXT_US', 10)),
    ...(await listedIds(run, 'BIRD', 10)),
    ...(await listedIds(run, 'LAYER', 10)),
    ...mailIds.map((id) => `mailperformance:${id}`),
  ]);
  // A MailPerformance message has no subject of its own: its action carries it (one GET per distinct action).
  const messages = simData().messages;
  const actions = new Set(mailIds.map((id) => JSON.stringify(messages.get(id)?.['actionId'])));
  return [
    {
      name: 'one-common', title: 'One conversation, common fields', query: ONE_COMMON, variables: { id: 'helpscout:123' },
      lowerBound: 1, lowerBoundWhy: 'GET /v2/conversations/123', roundTrips: 1, ceiling: true,
    },
    {
      name: 'one-deep', title: 'One conversation with messages, senders and participants', query: ONE_DEEP, variables: { id: 'helpscout:123' },
      lowerBound: 1, lowerBoundWhy: 'GET /v2/conversations/123?embed=threads (threads and person summaries embedded)', roundTrips: 1,
    },
    {
      name: 'list-20', title: '20 listed conversations with participants', query: LIST, variables: { name: 'HELP_SCOUT' },
      lowerBound: 1, lowerBoundWhy: 'GET /v2/conversations?page=1 (participants are embedded summaries)', roundTrips: 1,
    },
    {
      name: 'multi-50', title: 'Multi-get of 50 conversations across the five providers', query: MULTI, variables: { ids },
      lowerBound: 50 + actions.size,
      lowerBoundWhy: `one GET per conversation (no provider has a multi-get) + ${actions.size} distinct MailPerformance actions for subject`,
      roundTrips: 2, dependent: /^\/actions\//,
    },
  ];
}

/** What the ceiling targets need: the one-conversation response, and the upstream URL to fetch once. */
export function ceilingEnv(env: Record<string, string>, scenarios: Scenario[]): Record<string, string> {
  const one = scenarios.find((s) => s.ceiling);
  if (!one) return {};
  return {
    CEILING_RESPONSE: JSON.stringify(CEILING_RESPONSES[one.name] ?? {}),
    CEILING_UPSTREAM: new URL('v2/conversations/123', env['HELPSCOUT_BASE_URL']).href,
    CEILING_UPSTREAM_HEADERS: JSON.stringify({ authorization: `Bearer ${env['HELPSCOUT_TOKEN'] ?? ''}` }),
  };
}

/** Filled by recordCeilingResponse: the exact data Parley returned, so the ceiling serves the same bytes. */
const CEILING_RESPONSES: Record<string, unknown> = {};

export function recordCeilingResponse(scenario: string, conversation: unknown): void {
  CEILING_RESPONSES[scenario] = conversation;
}
