import { failureOf } from '../../../../test/support/errors';
import { seedConversation, seedLucas } from '../simulator/seed';
import { parseConversation, parseConversationList } from './conversation.wire';

describe('Bird conversation wire schema', () => {
  it('parses the seed conversation and keeps the untouched body as raw', () => {
    const wire = parseConversation(seedConversation);
    expect(wire.id).toBe('907798f8-fd72-44d5-8042-fcc05c1bb570');
    expect(wire.featuredParticipants?.map((p) => p.type)).toEqual(['contact', 'accessKey']);
    expect(wire.lastMessage?.preview?.text).toBe('Hey, listen!');
    expect(wire.raw).toEqual(seedConversation);
    expect(wire.featuredParticipants?.[0]?.raw).toEqual(seedLucas);
  });

  it('tolerates fields it does not know and documented nulls', () => {
    const wire = parseConversation({ ...seedConversation, brandNewField: { a: 1 }, lastMessage: null, description: null });
    expect(wire.lastMessage).toBeNull();
    expect(wire.raw['brandNewField']).toEqual({ a: 1 });
  });

  it('accepts a lastMessage whose recipients are null (as in the docs)', () => {
    const lastMessage: unknown = Object.assign({}, seedConversation['lastMessage'], { recipients: null });
    expect(parseConversation({ ...seedConversation, lastMessage }).lastMessage?.recipients).toBeNull();
  });

  it('rejects a conversation id that is not a UUID, naming the path', () => {
    expect(failureOf(() => parseConversation({ ...seedConversation, id: '../../admin' })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/conversation: id: expected a UUID/) });
  });

  it('rejects a count of the wrong type', () => {
    expect(failureOf(() => parseConversation({ ...seedConversation, activeParticipantCount: '2' })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/activeParticipantCount/) });
  });

  it('rejects a date that is not RFC 3339', () => {
    expect(failureOf(() => parseConversation({ ...seedConversation, createdAt: '29/11/2024' })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/createdAt/) });
  });

  it('rejects a truncated participant (no id) inside the conversation, naming its index', () => {
    const featuredParticipants = [{ type: 'contact', displayName: 'Cut off' }];
    expect(failureOf(() => parseConversation({ ...seedConversation, featuredParticipants })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/featuredParticipants\.0\.id/) });
  });

  it('rejects a body that is not an object', () => {
    expect(failureOf(() => parseConversation('{"id": "tr')))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/\(root\)/) });
    expect(failureOf(() => parseConversation(null)))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/\(root\)/) });
  });

  it('reads the list wrapper with its token and total', () => {
    const list = parseConversationList({ results: [seedConversation], nextPageToken: 'abc', total: 1, totalType: '' });
    expect([list.results.length, list.nextPageToken, list.total]).toEqual([1, 'abc', 1]);
  });
});
