import type { ProviderAdapter } from '../../kit/contract';
import { connect, ENV_VARS, hasCredentials } from './api/config';
import { BirdChannel } from './graphql/channel.type';
import { BirdConversation } from './graphql/conversation.type';
import { BirdMessage, BirdMessageFailure } from './graphql/message.type';
import { BirdContactAnnotation, BirdParticipant, BirdParticipantContact } from './graphql/participant.type';
import { BIRD } from './identity';
import { birdSimulator } from './simulator';

/** Bird Conversations API (api.bird.com, workspace-scoped, `Authorization: AccessKey …`). */
export const birdAdapter: ProviderAdapter = {
  identity: BIRD,
  conversationType: BirdConversation,
  types: [BirdMessage, BirdMessageFailure, BirdParticipant, BirdChannel, BirdParticipantContact, BirdContactAnnotation],
  envVars: ENV_VARS,
  hasCredentials,
  connect,
  simulator: birdSimulator,
};
