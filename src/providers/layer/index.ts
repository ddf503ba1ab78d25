import type { ProviderAdapter } from '../../kit/contract';
import { connect, ENV_VARS, hasCredentials } from './api/config';
import { LayerConversation } from './graphql/conversation.type';
import { LayerConversationRef, LayerMessage, LayerMessagePart, LayerRecipientStatus, LayerSenderRef } from './graphql/message.type';
import { LayerIdentity, LayerSystemSender } from './graphql/participant.type';
import { LAYER } from './identity';
import { layerSimulator } from './simulator';

/** Layer Platform API (v1.0): conversations, their messages, and user identities. */
export const layerAdapter: ProviderAdapter = {
  identity: LAYER,
  conversationType: LayerConversation,
  types: [LayerMessage, LayerMessagePart, LayerSenderRef, LayerRecipientStatus, LayerConversationRef, LayerIdentity, LayerSystemSender],
  envVars: ENV_VARS,
  hasCredentials,
  connect,
  simulator: layerSimulator,
};
