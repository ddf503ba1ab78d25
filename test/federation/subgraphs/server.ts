import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/** The second team's subgraph SDL (tickets.graphql beside this file). */
export const TICKETS_SDL = readFileSync(join(__dirname, 'tickets.graphql'), 'utf8');

interface Ticket {
  id: string;
  title: string;
  provider: 'WEB_FORM' | 'EMAIL' | 'PHONE';
  /** A Parley global id: all this subgraph stores about the conversation. */
  conversationId: string;
}

/** Two Help Scout conversations and one TextUs conversation, all in the simulators' demo data. */
export const TICKETS: readonly Ticket[] = [
  { id: 't1', title: 'Refund for order 1042', provider: 'EMAIL', conversationId: 'helpscout:123' },
  { id: 't2', title: 'Stop the SMS reminders', provider: 'PHONE', conversationId: 'textus:kY1QwY' },
  { id: 't3', title: 'Moved to the billing mailbox', provider: 'WEB_FORM', conversationId: 'helpscout:666' },
];

const resolvers = {
  Query: {
    tickets: (_: unknown, { first }: { first: number }) => {
      const page = TICKETS.slice(0, first);
      return {
        edges: page.map((ticket) => ({ cursor: ticket.id, node: ticket })),
        pageInfo: { hasNextPage: first < TICKETS.length, hasPreviousPage: false, startCursor: page[0]?.id ?? null, endCursor: page.at(-1)?.id ?? null },
      };
    },
  },
  Ticket: {
    __resolveReference: ({ id }: { id: string }) => TICKETS.find((ticket) => ticket.id === id) ?? null,
    conversation: (ticket: Ticket) => ({ id: ticket.conversationId }),
    notes: (ticket: Ticket) => [{ id: `${ticket.id}-n1`, body: `Called the customer about "${ticket.title}".` }],
  },
  CommonConversation: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    tickets: ({ id }: { id: string }) => TICKETS.filter((ticket) => ticket.conversationId === id),
  },
};

export interface TicketsSubgraph {
  url: string;
  stop(): Promise<void>;
}

/** Serves the tickets subgraph over HTTP on loopback, as its team would run it. */
export async function startTicketsSubgraph(): Promise<TicketsSubgraph> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(TICKETS_SDL), resolvers }),
    // No Studio here: without this, Apollo Server turns inline tracing on for any subgraph and says so.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
