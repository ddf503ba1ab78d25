import { SEED_SYSTEM_BODY, SEED_USER_BODY } from '../../../../test/fixtures/layer/layer.seed.fixture';
import { Channel, ConversationStatus } from '../../../schema/enums';
import { createLayerScope } from '../api/links';
import { LayerConversation } from '../graphql/conversation.type';
import { LayerMessage } from '../graphql/message.type';
import { LAYER } from '../identity';
import { parseLayerConversation } from '../wire/conversation.wire';
import { mapLayerConversation } from './conversation.mapper';

const scope = createLayerScope({ appId: '24f43c32-4d95-11e4-b3a2-0fd00000020d', userId: '1234567' });

describe('Layer conversation mapping', () => {
  it('maps the user-perspective seed to common fields and typed Layer fields', () => {
    const conversation = mapLayerConversation(parseLayerConversation(SEED_USER_BODY), scope, '1234567');
    expect(conversation).toBeInstanceOf(LayerConversation);
    expect(conversation).toMatchObject({
      id: 'layer:90a3dd7e-59f2-4369-a522-a3e4f767af10', provider: LAYER.name, nativeId: '90a3dd7e-59f2-4369-a522-a3e4f767af10',
      subject: null, status: ConversationStatus.OPEN, rawStatus: null, channel: Channel.IN_APP, rawChannel: null,
      createdAt: '2015-12-28T22:59:57.433Z', updatedAt: null, lastActivityAt: '2015-12-28T23:07:51.112Z', preview: 'hello',
      messageCount: null, webUrl: null, raw: SEED_USER_BODY,
      layerUri: SEED_USER_BODY.id, url: SEED_USER_BODY.url, messagesUrl: SEED_USER_BODY.messages_url, distinct: true,
      metadata: { background_color: '#3c3c3c' }, participantIds: ['2222222', '1234567'], unreadMessageCount: 0,
      appId: scope.appId, perspectiveUserId: '1234567',
    });
    expect(conversation.viewer).toBe('1234567');
  });

  it('maps the embedded last_message once, in the viewer perspective, with its untouched JSON as raw', () => {
    const conversation = mapLayerConversation(parseLayerConversation(SEED_USER_BODY), scope, '1234567');
    expect(conversation.lastMessageValue).toBeInstanceOf(LayerMessage);
    expect(conversation.lastMessageValue).toMatchObject({ text: 'hello', direction: 'OUTBOUND', raw: SEED_USER_BODY.last_message });
  });

  it('maps the system-perspective seed with the created_at offset kept and no last message', () => {
    const conversation = mapLayerConversation(parseLayerConversation(SEED_SYSTEM_BODY), scope, null);
    expect(conversation).toMatchObject({
      createdAt: '2014-09-15T04:44:47+00:00', lastActivityAt: null, preview: null, unreadMessageCount: null,
      distinct: false, participantIds: ['1234', '5678'], perspectiveUserId: null, lastMessageValue: undefined,
    });
    // The configured user is not a participant: directions stay UNKNOWN.
    expect(conversation.viewer).toBeNull();
  });

  it('keeps a null last_message as null, meaning the conversation has no message', () => {
    const conversation = mapLayerConversation(parseLayerConversation({ ...SEED_USER_BODY, last_message: null }), scope, '1234567');
    expect(conversation).toMatchObject({ lastMessageValue: null, lastActivityAt: null, preview: null });
  });
});
