import type { ProviderAdapter } from '../../src/kit/contract';
import { connect, ENV_VARS, hasCredentials } from './api/config';
import { ExampleConversation } from './graphql/conversation.type';
import { ExampleMessage } from './graphql/message.type';
import { ExampleParticipant } from './graphql/participant.type';
import { EXAMPLE } from './identity';
import { exampleSimulator } from './simulator';

/** Example Chat: lives only under `test/`, registered by one line in a test build. */
export const exampleAdapter: ProviderAdapter = {
  identity: EXAMPLE,
  conversationType: ExampleConversation,
  // Reached only through the Message and Participant interfaces, so listed for the schema.
  types: [ExampleMessage, ExampleParticipant],
  envVars: ENV_VARS,
  hasCredentials,
  connect,
  simulator: exampleSimulator,
};
