import { ParleyError } from '../../../errors/parley-error';
import { seedConversation, seedLucas } from '../simulator/seed';
import { parseConversation, parseConversationList } from './conversation.wire';

/** Runs `fn` and checks it failed as PROVIDER_BAD_RESPONSE with a message naming `where`. */
function expectBadResponse(fn: () => unknown, where: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ParleyError);
  expect(caught).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE' });
  expect(caught instanceof Error ? caught.message : '').toMatch(where);
}

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
    expectBadResponse(() => parseConversation({ ...seedConversation, id: '../../admin' }), /conversation: id: expected a UUID/);
  });

  it('rejects a count of the wrong type', () => {
    expectBadResponse(() => parseConversation({ ...seedConversation, activeParticipantCount: '2' }), /activeParticipantCount/);
  });

  it('rejects a date that is not RFC 3339', () => {
    expectBadResponse(() => parseConversation({ ...seedConversation, createdAt: '29/11/2024' }), /createdAt/);
  });

  it('rejects a truncated participant (no id) inside the conversation, naming its index', () => {
    const featuredParticipants = [{ type: 'contact', displayName: 'Cut off' }];
    expectBadResponse(() => parseConversation({ ...seedConversation, featuredParticipants }), /featuredParticipants\.0\.id/);
  });

  it('rejects a body that is not an object', () => {
    expectBadResponse(() => parseConversation('{"id": "tr'), /\(root\)/);
    expectBadResponse(() => parseConversation(null), /\(root\)/);
  });

  it('reads the list wrapper with its token and total', () => {
    const list = parseConversationList({ results: [seedConversation], nextPageToken: 'abc', total: 1, totalType: '' });
    expect([list.results.length, list.nextPageToken, list.total]).toEqual([1, 'abc', 1]);
  });
});
