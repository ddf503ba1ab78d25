import { failureOf } from '../../../../test/support/errors';
import { SEED_USER_BODY } from '../../../../test/fixtures/layer/layer.seed.fixture';
import { Unreadable } from '../../../kit/defects';
import { parseLayerMessage, parseLayerMessageList } from './message.wire';

describe('Layer message wire parsing', () => {
  it('parses the seed last_message as a message on its own', () => {
    const { wire, raw, defects } = parseLayerMessage(SEED_USER_BODY.last_message);
    expect(wire.parts).toEqual([{ id: 'layer:///messages/62a1469c-4257-4515-a3e9-3f816dd0e3c5/parts/0', mime_type: 'text/plain', body: 'hello' }]);
    expect(raw).toEqual(SEED_USER_BODY.last_message);
    expect(defects.isEmpty).toBe(true);
  });

  it('parses the documented system-perspective single message: recipient_status, is_unread and received_at null', () => {
    const message = { ...SEED_USER_BODY.last_message, recipient_status: null, is_unread: null, received_at: null };
    const { wire, defects } = parseLayerMessage(message);
    expect([wire.recipient_status, wire.is_unread, wire.received_at, defects.isEmpty]).toEqual([null, null, null, true]);
  });

  it('parses a message list whose messages lack received_at and is_unread (system perspective)', () => {
    const message = { ...SEED_USER_BODY.last_message, received_at: null, is_unread: null, url: 'https://api.layer.com/x' };
    const [item] = parseLayerMessageList([message]);
    expect(item instanceof Unreadable ? item : item?.wire.received_at).toBeNull();
  });

  it('reads a recipient state of an unexpected type as text', () => {
    const { wire } = parseLayerMessage({ ...SEED_USER_BODY.last_message, recipient_status: { a: 2 } });
    expect(wire.recipient_status).toEqual({ a: '2' });
  });

  it('leaves out an unreadable sent_at and a part of the wrong type, recording both', () => {
    const { wire, defects } = parseLayerMessage({ ...SEED_USER_BODY.last_message, sent_at: 'yesterday', parts: ['oops', { mime_type: 'text/plain', body: 'hi' }] });
    expect([wire.sent_at, wire.parts]).toEqual([undefined, [{ mime_type: 'text/plain', body: 'hi' }]]);
    expect(defects.messages).toEqual([expect.stringMatching(/^message\.parts\.0: /), expect.stringMatching(/^message\.sent_at: /)]);
  });

  it('answers PROVIDER_BAD_RESPONSE for a message list that is not a bare array', () => {
    expect(failureOf(() => parseLayerMessageList({ messages: [] })).code).toBe('PROVIDER_BAD_RESPONSE');
  });

  it('answers PROVIDER_BAD_RESPONSE naming the path when a message id is not a message URI', () => {
    expect(() => parseLayerMessage({ ...SEED_USER_BODY.last_message, id: 'layer:///conversations/x' })).toThrow(
      expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringContaining('message.id') }),
    );
  });
});
