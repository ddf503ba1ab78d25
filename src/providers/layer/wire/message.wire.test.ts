import { failureOf } from '../../../../test/support/errors';
import { SEED_USER_BODY } from '../../../../test/fixtures/layer/layer.seed.fixture';
import { parseLayerMessage, parseLayerMessageList } from './message.wire';

describe('Layer message wire parsing', () => {
  it('parses the seed last_message as a message on its own', () => {
    const { wire, raw } = parseLayerMessage(SEED_USER_BODY.last_message);
    expect(wire.parts).toEqual([{ id: 'layer:///messages/62a1469c-4257-4515-a3e9-3f816dd0e3c5/parts/0', mime_type: 'text/plain', body: 'hello' }]);
    expect(raw).toEqual(SEED_USER_BODY.last_message);
  });

  it('parses a message list whose messages lack received_at and is_unread (system perspective)', () => {
    const message = { ...SEED_USER_BODY.last_message, received_at: null, is_unread: null, url: 'https://api.layer.com/x' };
    expect(parseLayerMessageList([message])[0]?.wire.received_at).toBeNull();
  });

  it('answers PROVIDER_BAD_RESPONSE for a message list that is not a bare array', () => {
    expect(failureOf(() => parseLayerMessageList({ messages: [] })).code).toBe('PROVIDER_BAD_RESPONSE');
  });

  it('answers PROVIDER_BAD_RESPONSE naming the path when a message id is not a message URI', () => {
    expect(() => parseLayerMessage({ ...SEED_USER_BODY.last_message, id: 'layer:///conversations/x' })).toThrow(
      expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringContaining('id') }),
    );
  });
});
