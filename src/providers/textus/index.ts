import { Provider } from '../../schema/enums';
import type { ProviderAdapter } from '../adapter';
import { TextUsConversation } from './textus-conversation.type';
import { TextUsConversationEvent, TextUsMessage } from './textus-message.type';
import { TextUsContact, TextUsUser } from './textus-participant.type';
import { TextUsClient } from './textus.client';
import { TEXTUS_ENV, createHttp, hasCredentials, readConfig } from './textus.config';
import { createTextUsSimulator } from './textus.simulator';

/** TextUs ("TextUs Next" JSON-LD API): conversations are SMS threads with one contact. */
export const textUsAdapter: ProviderAdapter = {
  slug: 'textus',
  provider: Provider.TEXT_US,
  title: 'TextUs',
  conversationType: TextUsConversation,
  // Reached only through the Message and Participant interfaces, so listed for the schema.
  types: [TextUsMessage, TextUsConversationEvent, TextUsUser, TextUsContact],
  envVars: Object.values(TEXTUS_ENV),
  hasCredentials,
  connect(env, options) {
    const config = readConfig(env);
    return new TextUsClient(createHttp(config, options), config.account);
  },
  createSimulator: createTextUsSimulator,
};
