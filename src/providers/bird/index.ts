import { Provider } from '../../schema/enums';
import type { ProviderAdapter } from '../adapter';
import { BIRD_ENV_VARS, connectBird, hasBirdCredentials } from './bird.config';
import { SLUG } from './bird.keys';
import { createBirdSimulator } from './bird.simulator';
import { BirdConversation } from './bird-conversation.type';
import { BirdMessage } from './bird-message.type';
import { BirdChannel, BirdContactAnnotation, BirdParticipantContact } from './bird-objects.type';
import { BirdParticipant } from './bird-participant.type';

/** Bird Conversations API (api.bird.com, workspace-scoped, `Authorization: AccessKey …`). */
export const birdAdapter: ProviderAdapter = {
  slug: SLUG,
  provider: Provider.BIRD,
  title: 'Bird',
  conversationType: BirdConversation,
  types: [BirdMessage, BirdParticipant, BirdChannel, BirdParticipantContact, BirdContactAnnotation],
  envVars: BIRD_ENV_VARS,
  hasCredentials: hasBirdCredentials,
  connect: connectBird,
  createSimulator: createBirdSimulator,
};
