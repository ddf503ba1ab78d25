import { failureOf } from '../../../../test/support/errors';
import { SEED_SYSTEM_BODY, SEED_USER_BODY } from '../../../../test/fixtures/layer/layer.seed.fixture';
import { Unreadable } from '../../../kit/defects';
import { parseLayerConversation, parseLayerConversationList } from './conversation.wire';

describe('Layer conversation wire parsing', () => {
  it('parses the user-perspective seed body with its last message', () => {
    const { wire, raw } = parseLayerConversation(SEED_USER_BODY);
    expect(wire.last_message?.position).toBe(5494669312);
    expect(wire.last_message?.sender).toEqual({ user_id: '1234567' });
    expect(wire.unread_message_count).toBe(0);
    expect(raw).toEqual(SEED_USER_BODY);
  });

  it('parses the system-perspective seed body without last_message', () => {
    const { wire } = parseLayerConversation(SEED_SYSTEM_BODY);
    expect(wire.last_message).toBeUndefined();
    expect(wire.created_at).toBe('2014-09-15T04:44:47+00:00');
  });

  it('keeps extra upstream fields in raw and tolerates a null last_message and metadata', () => {
    const body = { ...SEED_SYSTEM_BODY, last_message: null, metadata: null, future_field: { a: 1 } };
    const { wire, raw } = parseLayerConversation(body);
    expect(wire.last_message).toBeNull();
    expect(raw['future_field']).toEqual({ a: 1 });
  });

  it.each([
    ['participants is not a list', { ...SEED_SYSTEM_BODY, participants: '1234' }, 'participants'],
    ['created_at is not a date', { ...SEED_SYSTEM_BODY, created_at: 'yesterday' }, 'created_at'],
    ['distinct is a string', { ...SEED_SYSTEM_BODY, distinct: 'false' }, 'distinct'],
    ['a sender user id is a number', { ...SEED_USER_BODY, last_message: { ...SEED_USER_BODY.last_message, sender: { user_id: 1234567 } } }, 'last_message.sender.user_id'],
  ])('leaves the key out and records it, naming the path, when %s', (_what, body, path) => {
    const { defects } = parseLayerConversation(body);
    expect(defects.messages).toEqual([expect.stringMatching(new RegExp(`^conversation\\.${path.replace(/\./g, '\\.')}: `))]);
  });

  it('reads a conversation without messages_url with no defect', () => {
    const { wire, defects } = parseLayerConversation({ ...SEED_SYSTEM_BODY, messages_url: undefined });
    expect([wire.messages_url, defects.isEmpty]).toEqual([undefined, true]);
  });

  it('answers PROVIDER_BAD_RESPONSE naming the id when it is not a conversation URI', () => {
    const error = failureOf(() => parseLayerConversation({ ...SEED_SYSTEM_BODY, id: 'f3cc7b32-3c92-11e4-baad-164230d1df67' }));
    expect([error.code, error.message]).toEqual(['PROVIDER_BAD_RESPONSE', expect.stringContaining('conversation.id')]);
  });

  it.each([
    ['a truncated string', '{"id": "layer:///conv'],
    ['null', null],
    ['an array', [SEED_SYSTEM_BODY]],
  ])('answers PROVIDER_BAD_RESPONSE for a conversation body that is %s', (_what, body) => {
    expect(failureOf(() => parseLayerConversation(body)).code).toBe('PROVIDER_BAD_RESPONSE');
  });

  it('parses a bare JSON array of conversations and keeps an item without a readable id as unreadable, naming it', () => {
    expect(parseLayerConversationList([SEED_SYSTEM_BODY, SEED_USER_BODY])).toHaveLength(2);
    const [, broken] = parseLayerConversationList([SEED_SYSTEM_BODY, { id: 3 }]);
    expect(broken).toBeInstanceOf(Unreadable);
    expect(broken).toMatchObject({ reason: expect.stringContaining('conversation list item 1.id') });
  });
});
