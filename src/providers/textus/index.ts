import type { ProviderAdapter } from '../../kit/contract';
import { connect, ENV_VARS, hasCredentials } from './api/config';
import { TextUsConversation } from './graphql/conversation.type';
import { TextUsConversationEvent, TextUsMessage } from './graphql/message.type';
import { TextUsContact, TextUsUser } from './graphql/participant.type';
import { TEXTUS } from './identity';
import { textUsSimulator } from './simulator';

/** TextUs ("TextUs Next" JSON-LD API): conversations are SMS threads with one contact. */
export const textUsAdapter: ProviderAdapter = {
  identity: TEXTUS,
  conversationType: TextUsConversation,
  // Reached only through the Message and Participant interfaces, so listed for the schema.
  types: [TextUsMessage, TextUsConversationEvent, TextUsUser, TextUsContact],
  envVars: ENV_VARS,
  hasCredentials,
  connect,
  simulator: textUsSimulator,
};
