import { Channel, ConversationStatus, DeliveryStatus, MessageDirection, MessageKind, ParticipantRole, Provider } from '../../schema/enums';
import type { LayerSettings } from './layer.config';
import { LayerConversation } from './layer-conversation.type';
import { LayerMessage } from './layer-message.type';
import { LayerIdentity, LayerSystemSender } from './layer-participant.type';
import { aggregateDelivery, mapLayerConversation, mapLayerIdentity, mapLayerMessage, mapLayerSystemSender } from './layer.mapper';
import { IDENTITY_BODY, SEED_SYSTEM_BODY, SEED_USER_BODY } from './layer.seed.fixture';
import { parseLayerConversation, parseLayerIdentity, parseLayerMessage } from './layer.wire';

const settings: LayerSettings = { appId: '24f43c32-4d95-11e4-b3a2-0fd00000020d', userId: '1234567' };
const message = (overrides: Record<string, unknown>) => parseLayerMessage({ ...SEED_USER_BODY.last_message, ...overrides });

describe('Layer mapping', () => {
  it('maps the user-perspective seed to common fields and typed Layer fields', () => {
    const conversation = mapLayerConversation(parseLayerConversation(SEED_USER_BODY), settings, '1234567');
    expect(conversation).toBeInstanceOf(LayerConversation);
    expect(conversation).toMatchObject({
      id: 'layer:90a3dd7e-59f2-4369-a522-a3e4f767af10', provider: Provider.LAYER, nativeId: '90a3dd7e-59f2-4369-a522-a3e4f767af10',
      subject: null, status: ConversationStatus.OPEN, rawStatus: null, channel: Channel.IN_APP, rawChannel: null,
      createdAt: '2015-12-28T22:59:57.433Z', updatedAt: null, lastActivityAt: '2015-12-28T23:07:51.112Z', preview: 'hello',
      messageCount: null, webUrl: null, raw: SEED_USER_BODY,
      layerUri: SEED_USER_BODY.id, url: SEED_USER_BODY.url, messagesUrl: SEED_USER_BODY.messages_url, distinct: true,
      metadata: { background_color: '#3c3c3c' }, participantIds: ['2222222', '1234567'], unreadMessageCount: 0,
      appId: settings.appId, perspectiveUserId: '1234567',
    });
    expect(conversation.viewer).toBe('1234567');
  });

  it('maps the system-perspective seed with the created_at offset kept and no last message', () => {
    const conversation = mapLayerConversation(parseLayerConversation(SEED_SYSTEM_BODY), settings, null);
    expect(conversation).toMatchObject({
      createdAt: '2014-09-15T04:44:47+00:00', lastActivityAt: null, preview: null, unreadMessageCount: null,
      distinct: false, participantIds: ['1234', '5678'], perspectiveUserId: null, lastMessageEmbedded: undefined,
    });
    // The configured user is not a participant: directions stay UNKNOWN.
    expect(conversation.viewer).toBeNull();
  });

  it('maps every value of the seed last_message to a typed field', () => {
    const mapped = mapLayerMessage(parseLayerMessage(SEED_USER_BODY.last_message), settings, '1234567');
    expect(mapped).toBeInstanceOf(LayerMessage);
    expect(mapped).toMatchObject({
      id: 'layer:message:90a3dd7e-59f2-4369-a522-a3e4f767af10/62a1469c-4257-4515-a3e9-3f816dd0e3c5',
      nativeId: 'layer:///messages/62a1469c-4257-4515-a3e9-3f816dd0e3c5', layerUri: 'layer:///messages/62a1469c-4257-4515-a3e9-3f816dd0e3c5',
      kind: MessageKind.MESSAGE, direction: MessageDirection.OUTBOUND, text: 'hello', html: null,
      createdAt: '2015-12-28T23:07:51.112Z', sentAt: '2015-12-28T23:07:51.112Z', receivedAt: '2015-12-28T23:07:51.123Z',
      position: 5494669312, isUnread: false, url: null, attachmentCount: 0,
      deliveryStatus: DeliveryStatus.SENT, rawDeliveryStatus: 'sent',
      parts: [{ layerUri: 'layer:///messages/62a1469c-4257-4515-a3e9-3f816dd0e3c5/parts/0', mimeType: 'text/plain', body: 'hello', encoding: null, content: null }],
      senderRef: { userId: '1234567', name: null },
      // JSON objects with integer-like keys iterate in numeric order, whatever order Layer sent.
      recipientStatus: [{ userId: '1234567', status: 'read' }, { userId: '2222222', status: 'sent' }],
      conversationRef: { layerUri: SEED_USER_BODY.id, url: SEED_USER_BODY.url },
      recipientIds: ['2222222'],
      raw: SEED_USER_BODY.last_message,
    });
  });

  it.each([
    [{ a: 'sent', b: 'read' }, 'sent', DeliveryStatus.SENT],
    [{ a: 'delivered', b: 'read' }, 'delivered', DeliveryStatus.DELIVERED],
    [{ a: 'read', b: 'read' }, 'read', DeliveryStatus.READ],
    [{ a: 'read', b: 'bounced' }, 'bounced', DeliveryStatus.UNKNOWN],
    [{ me: 'read' }, null, DeliveryStatus.UNKNOWN],
  ])('aggregates recipient_status %j (sender "me") to %j / %s', (status, raw, normalised) => {
    expect(aggregateDelivery(status, 'me')).toBe(raw);
    const mapped = mapLayerMessage(message({ recipient_status: { me: 'read', ...status }, sender: { user_id: 'me' } }), settings, null);
    expect(mapped).toMatchObject({ deliveryStatus: normalised, rawDeliveryStatus: raw });
  });

  it.each([
    ['the perspective user', '1234567', '1234567', MessageDirection.OUTBOUND],
    ['another participant', '2222222', '1234567', MessageDirection.INBOUND],
    ['a user while reading in the system perspective', '2222222', null, MessageDirection.UNKNOWN],
    ['the system (user_id null)', null, '1234567', MessageDirection.SYSTEM],
  ])('gives the direction of a message sent by %s', (_who, userId, viewer, expected) => {
    const mapped = mapLayerMessage(message({ sender: { user_id: userId, name: userId === null ? 'The System' : null } }), settings, viewer);
    expect(mapped.direction).toBe(expected);
  });

  it('splits text, html and attachment parts', () => {
    const parts = [
      { mime_type: 'text/plain', body: 'one' }, { mime_type: 'text/html', body: '<p>one</p>' },
      { mime_type: 'image/png', body: 'iVBOR', encoding: 'base64' }, { mime_type: 'video/mp4', content: { download_url: 'x', size: 9 } },
    ];
    const mapped = mapLayerMessage(message({ parts }), settings, null);
    expect(mapped).toMatchObject({ text: 'one', html: '<p>one</p>', attachmentCount: 2 });
    expect(mapped.parts[3]).toMatchObject({ body: null, content: { download_url: 'x', size: 9 } });
  });

  it.each([
    ['bot', ParticipantRole.BOT],
    ['user', ParticipantRole.UNKNOWN],
    ['robot', ParticipantRole.UNKNOWN],
  ])('maps identity_type "%s" to role %s and keeps the raw value', (type, role) => {
    const identity = mapLayerIdentity('FrodoDodo', parseLayerIdentity({ ...IDENTITY_BODY, identity_type: type }));
    expect(identity).toMatchObject({ role, identityType: type });
  });

  it('maps every identity value to a typed field', () => {
    const identity = mapLayerIdentity('FrodoDodo', parseLayerIdentity(IDENTITY_BODY));
    expect(identity).toBeInstanceOf(LayerIdentity);
    expect(identity).toMatchObject({
      id: 'layer:identity:FrodoDodo', nativeId: 'FrodoDodo', userId: 'FrodoDodo', hasIdentity: true, displayName: 'Frodo the Dodo',
      email: 'frodo@example.com', phone: '13791379137', avatarUrl: 'https://example.com/frodo.png', firstName: 'Frodo',
      lastName: 'Baggins', layerUri: 'layer:///identities/FrodoDodo', url: IDENTITY_BODY.url, metadata: { level: '35' }, raw: IDENTITY_BODY,
    });
  });

  it('maps a user without identity to an id-only participant, with an encoded global id', () => {
    expect(mapLayerIdentity('frodo@shire.example', null)).toMatchObject({
      id: 'layer:identity:frodo%40shire.example', nativeId: 'frodo@shire.example', hasIdentity: false, displayName: null, raw: null,
    });
  });

  it('maps a system sender to role SYSTEM with its name', () => {
    const sender = mapLayerSystemSender({ user_id: null, name: 'The System' }, { user_id: null, name: 'The System' });
    expect(sender).toBeInstanceOf(LayerSystemSender);
    expect(sender).toMatchObject({ id: 'layer:system:The%20System', role: ParticipantRole.SYSTEM, displayName: 'The System', name: 'The System' });
  });
});
