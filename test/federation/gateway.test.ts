import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { composeSupergraph } from '../../scripts/supergraph/compose';
import { startHarness, type Harness } from '../support/harness';
import { startTicketsSubgraph, TICKETS_SDL, type TicketsSubgraph } from './subgraphs/server';

const PARLEY_SDL = readFileSync(join(__dirname, '..', '..', 'schema', 'subgraph.graphql'), 'utf8');

const TICKETS_WITH_CONVERSATIONS = /* GraphQL */ `
  query TicketsWithConversations {
    tickets(first: 3) {
      edges {
        node {
          title
          provider
          notes { body }
          conversation {
            __typename
            id
            provider
            subject
            ... on HelpScoutConversation { number }
            ... on TextUsConversation { phoneNumber }
            messages(first: 1) { edges { node { text } } pageInfo { hasNextPage } }
          }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const CONVERSATION_WITH_TICKETS = /* GraphQL */ `
  query ConversationWithTickets {
    conversation(id: "helpscout:123") { ... on CommonConversation { id subject tickets { title provider } } }
  }
`;

interface Answer {
  data?: Record<string, unknown>;
  errors?: unknown[];
}

/**
 * A supergraph of Parley (with its simulators) and the tickets subgraph, each served over HTTP on
 * loopback, behind @apollo/gateway: the query planner, not a test double, decides what each
 * subgraph is asked.
 */
describe('Parley and a second subgraph behind @apollo/gateway', () => {
  let h: Harness;
  let tickets: TicketsSubgraph;
  let gateway: ApolloServer;
  let url: string;
  const subgraphRequests: string[] = [];

  beforeAll(async () => {
    h = await startHarness();
    tickets = await startTicketsSubgraph();
    const { supergraphSdl } = composeSupergraph([
      { name: 'parley', url: h.url.href, sdl: PARLEY_SDL },
      { name: 'tickets', url: tickets.url, sdl: TICKETS_SDL },
    ]);
    const buildService = ({ name, url: serviceUrl }: { name: string; url?: string }): RemoteGraphQLDataSource =>
      new RemoteGraphQLDataSource({
        url: serviceUrl,
        willSendRequest: () => {
          subgraphRequests.push(name);
        },
      });
    gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl, buildService }) });
    ({ url } = await startStandaloneServer(gateway, { listen: { port: 0, host: '127.0.0.1' } }));
  });
  afterAll(async () => {
    await gateway.stop();
    await tickets.stop();
    await h.stop();
  });
  beforeEach(() => {
    h.reset();
    subgraphRequests.length = 0;
  });

  async function query(document: string): Promise<Answer> {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document }) });
    expect(res.status).toBe(200);
    return (await res.json()) as Answer;
  }

  it('answers tickets with their Parley conversations: one _entities call to Parley for all three, one upstream request per conversation', async () => {
    const answer = await query(TICKETS_WITH_CONVERSATIONS);
    expect(answer.errors).toBeUndefined();
    const edges = (answer.data?.['tickets'] as { edges: { node: Record<string, unknown> }[] }).edges;
    expect(edges.map(({ node }) => [node['title'], node['provider'], node['conversation']])).toEqual([
      [
        'Refund for order 1042',
        'EMAIL',
        {
          __typename: 'HelpScoutConversation',
          id: 'helpscout:123',
          provider: 'HELP_SCOUT',
          subject: 'Help',
          number: 12,
          messages: { edges: [{ node: { text: 'Help, please: our trial account & its invoices.' } }], pageInfo: { hasNextPage: true } },
        },
      ],
      ['Stop the SMS reminders', 'PHONE', expect.objectContaining({ __typename: 'TextUsConversation', id: 'textus:kY1QwY', provider: 'TEXT_US', phoneNumber: expect.any(String) })],
      ['Moved to the billing mailbox', 'WEB_FORM', expect.objectContaining({ __typename: 'HelpScoutConversation', id: 'helpscout:666', subject: 'Foreign link' })],
    ]);
    // The planner asks tickets for the ids, then Parley once for all three conversations.
    expect(subgraphRequests).toEqual(['tickets', 'parley']);
    expect(h.upstream('helpscout')).toEqual(['GET /v2/conversations/123?embed=threads', 'GET /v2/conversations/666?embed=threads']);
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY']);
    expect(h.upstream()).toHaveLength(3);
  });

  it("answers a conversation with the tickets another subgraph keeps about it (through @interfaceObject), with Parley's one request", async () => {
    const answer = await query(CONVERSATION_WITH_TICKETS);
    expect(answer).toEqual({
      data: { conversation: { id: 'helpscout:123', subject: 'Help', tickets: [{ title: 'Refund for order 1042', provider: 'EMAIL' }] } },
    });
    expect(subgraphRequests).toEqual(['parley', 'tickets']);
    expect(h.upstream()).toEqual(['GET /v2/conversations/123']);
  });
});
