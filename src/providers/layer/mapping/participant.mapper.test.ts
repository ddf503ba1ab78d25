import { IDENTITY_BODY } from '../../../../test/fixtures/layer/layer.seed.fixture';
import { ParticipantRole } from '../../../schema/enums';
import { LayerIdentity, LayerSystemSender } from '../graphql/participant.type';
import { LAYER } from '../identity';
import { parseLayerIdentity } from '../wire/identity.wire';
import { mapLayerIdentity, mapLayerSystemSender } from './participant.mapper';

describe('Layer participant mapping', () => {
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
      id: 'layer:identity:FrodoDodo', provider: LAYER.name, nativeId: 'FrodoDodo', userId: 'FrodoDodo', hasIdentity: true, displayName: 'Frodo the Dodo',
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
    const sender = mapLayerSystemSender('The System', { user_id: null, name: 'The System' });
    expect(sender).toBeInstanceOf(LayerSystemSender);
    expect(sender).toMatchObject({ id: 'layer:system:The%20System', role: ParticipantRole.SYSTEM, displayName: 'The System', name: 'The System' });
  });

  it('names a system sender without a name "system" in its id', () => {
    expect(mapLayerSystemSender(null, null)).toMatchObject({ id: 'layer:system:system', nativeId: 'system', displayName: null });
  });
});
