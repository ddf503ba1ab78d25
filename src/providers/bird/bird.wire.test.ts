import { ParleyError } from '../../errors/parley-error';
import { seedChannels, seedConversation, seedLucas, seedMessages } from './bird.sim-data';
import { birdErrorRef, parseChannel, parseConversation, parseMessage, parseMessageList, parseParticipantList } from './bird.wire';

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

describe('Bird wire schemas', () => {
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

  it('parses text and html messages', () => {
    expect(parseMessage(seedMessages[0]).body?.html?.html).toBe('<p>test</p>');
    expect(parseMessage(seedMessages[1]).body?.text?.text).toBe('Hey, listen!');
  });

  it('rejects a message without a sender', () => {
    const withoutSender: unknown = Object.fromEntries(Object.entries(seedMessages[1] ?? {}).filter(([key]) => key !== 'sender'));
    expectBadResponse(() => parseMessage(withoutSender), /message: sender/);
  });

  it('rejects a message id that could leave its path segment', () => {
    expectBadResponse(() => parseMessage({ ...seedMessages[1], id: 'a/../b' }), /message: id/);
  });

  it('reads the paginated list wrapper and the legacy {results} shape', () => {
    expect(parseMessageList({ results: seedMessages, nextPageToken: 'abc', total: 2, totalType: '' }).total).toBe(2);
    expect(parseParticipantList({ results: [] }).nextPageToken).toBeUndefined();
  });

  it('rejects a list whose results is not an array', () => {
    expectBadResponse(() => parseMessageList({ results: {} }), /message list: results/);
  });

  it('parses a channel and requires its platformId', () => {
    const [, channel] = seedChannels[0] ?? [];
    expect(parseChannel(channel).platformId).toBe('email-sparkpost');
    expectBadResponse(() => parseChannel({ ...channel, platformId: undefined }), /platformId/);
  });

  it('reads the error code as the upstream reference and ignores anything else', () => {
    expect(birdErrorRef({ code: 'NotFound', message: 'The resource specified in the URL was not found' })).toBe('NotFound');
    expect(birdErrorRef('<html>')).toBeUndefined();
    expect(birdErrorRef({ code: 42 })).toBeUndefined();
  });
});
