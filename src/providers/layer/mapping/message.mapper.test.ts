import { SEED_USER_BODY } from '../../../../test/fixtures/layer/layer.seed.fixture';
import { DeliveryStatus, MessageDirection, MessageKind } from '../../../schema/enums';
import { createLayerScope } from '../api/links';
import { LayerMessage } from '../graphql/message.type';
import { LAYER } from '../identity';
import { parseLayerMessage } from '../wire/message.wire';
import { aggregateDelivery, mapLayerMessage } from './message.mapper';

const scope = createLayerScope({ appId: '24f43c32-4d95-11e4-b3a2-0fd00000020d', userId: '1234567' });
const message = (overrides: Record<string, unknown>) => parseLayerMessage({ ...SEED_USER_BODY.last_message, ...overrides });

describe('Layer message mapping', () => {
  it('maps every value of the seed last_message to a typed field', () => {
    const mapped = mapLayerMessage(parseLayerMessage(SEED_USER_BODY.last_message), scope, '1234567');
    expect(mapped).toBeInstanceOf(LayerMessage);
    expect(mapped).toMatchObject({
      provider: LAYER.name,
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
    const mapped = mapLayerMessage(message({ recipient_status: { me: 'read', ...status }, sender: { user_id: 'me' } }), scope, null);
    expect(mapped).toMatchObject({ deliveryStatus: normalised, rawDeliveryStatus: raw });
  });

  it.each([
    ['the perspective user', '1234567', '1234567', MessageDirection.OUTBOUND],
    ['another participant', '2222222', '1234567', MessageDirection.INBOUND],
    ['a user while reading in the system perspective', '2222222', null, MessageDirection.UNKNOWN],
    ['the system (user_id null)', null, '1234567', MessageDirection.SYSTEM],
  ])('gives the direction of a message sent by %s', (_who, userId, viewer, expected) => {
    const mapped = mapLayerMessage(message({ sender: { user_id: userId, name: userId === null ? 'The System' : null } }), scope, viewer);
    expect(mapped.direction).toBe(expected);
  });

  it('splits text, html and attachment parts', () => {
    const parts = [
      { mime_type: 'text/plain', body: 'one' }, { mime_type: 'text/html', body: '<p>one</p>' },
      { mime_type: 'image/png', body: 'iVBOR', encoding: 'base64' }, { mime_type: 'video/mp4', content: { download_url: 'x', size: 9 } },
    ];
    const mapped = mapLayerMessage(message({ parts }), scope, null);
    expect(mapped).toMatchObject({ text: 'one', html: '<p>one</p>', attachmentCount: 2 });
    expect(mapped.parts?.[3]).toMatchObject({ body: null, content: { download_url: 'x', size: 9 } });
  });
});
