import { Provider } from '../../schema/enums';
import type { ProviderAdapter } from '../adapter';
import { LayerClient } from './layer.client';
import { LAYER_ENV, LAYER_SLUG, connectLayerHttp, hasLayerCredentials, readLayerSettings } from './layer.config';
import { LayerConversation } from './layer-conversation.type';
import {
  LayerConversationRef, LayerMessage, LayerMessagePart, LayerRecipientStatus, LayerSenderRef,
} from './layer-message.type';
import { LayerIdentity, LayerSystemSender } from './layer-participant.type';
import { createLayerSimulator } from './layer.simulator';

/** Layer Platform API (v1.0): conversations, their messages, and user identities. */
export const layerAdapter: ProviderAdapter = {
  slug: LAYER_SLUG,
  provider: Provider.LAYER,
  title: 'Layer',
  conversationType: LayerConversation,
  types: [LayerMessage, LayerMessagePart, LayerSenderRef, LayerRecipientStatus, LayerConversationRef, LayerIdentity, LayerSystemSender],
  envVars: Object.values(LAYER_ENV),
  hasCredentials: hasLayerCredentials,
  connect(env, options) {
    const settings = readLayerSettings(env);
    return new LayerClient(connectLayerHttp(env, options), settings);
  },
  createSimulator: createLayerSimulator,
};
