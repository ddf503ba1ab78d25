import { IDENTITY_BODY } from '../../../../test/fixtures/layer/layer.seed.fixture';
import { parseLayerIdentity } from './identity.wire';

describe('Layer identity wire parsing', () => {
  it('parses an identity with every documented field', () => {
    expect(parseLayerIdentity(IDENTITY_BODY).wire).toMatchObject({ user_id: 'FrodoDodo', display_name: 'Frodo the Dodo', identity_type: 'user' });
  });

  it('answers PROVIDER_BAD_RESPONSE naming user_id when it is missing', () => {
    expect(() => parseLayerIdentity({ ...IDENTITY_BODY, user_id: undefined })).toThrow(
      expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringContaining('user_id') }),
    );
  });
});
