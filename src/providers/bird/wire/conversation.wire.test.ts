import { failureOf } from '../../../../test/support/errors';
import { seedConversation, seedLucas } from '../simulator/seed';
import { parseConversation, parseConversationList } from './conversation.wire';

describe('Bird conversation wire schema', () => {
  it('parses the seed conversation without defects and keeps the untouched body as raw', () => {
    const { wire, raw, defects } = parseConversation(seedConversation);
    expect(wire.id).toBe('907798f8-fd72-44d5-8042-fcc05c1bb570');
    expect(wire.featuredParticipants?.map((p) => p.type)).toEqual(['contact', 'accessKey']);
    expect(wire.lastMessage?.preview?.text).toBe('Hey, listen!');
    expect([wire.raw, raw]).toEqual([seedConversation, seedConversation]);
    expect(wire.featuredParticipants?.[0]?.raw).toEqual(seedLucas);
    expect(defects.isEmpty).toBe(true);
  });

  it('tolerates fields it does not know and documented nulls', () => {
    const { wire } = parseConversation({ ...seedConversation, brandNewField: { a: 1 }, lastMessage: null, description: null });
    expect(wire.lastMessage).toBeNull();
    expect(wire.raw['brandNewField']).toEqual({ a: 1 });
  });

  it('accepts a lastMessage whose recipients are null (as in the docs)', () => {
    const lastMessage: unknown = Object.assign({}, seedConversation['lastMessage'], { recipients: null });
    expect(parseConversation({ ...seedConversation, lastMessage }).wire.lastMessage?.recipients).toBeNull();
  });

  it('refuses the whole conversation only when its id is not a UUID, naming the path', () => {
    expect(failureOf(() => parseConversation({ ...seedConversation, id: '../../admin' })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/conversation\.id: expected a UUID/) });
  });

  it('leaves out a count of the wrong type and a date that is not a date, recording each as a defect', () => {
    const read = parseConversation({ ...seedConversation, activeParticipantCount: '2', createdAt: '29/11/2024' });
    expect([read.wire.activeParticipantCount, read.wire.createdAt, read.wire.name]).toEqual([undefined, undefined, 'test']);
    expect(read.defects.messages).toEqual([
      expect.stringMatching(/^conversation\.activeParticipantCount: /), expect.stringMatching(/^conversation\.createdAt: expected an RFC 3339 date-time/),
    ]);
    expect(read.raw['activeParticipantCount']).toBe('2');
  });

  it('reads a status or platform style of an unexpected type as text, never as a defect', () => {
    const read = parseConversation({ ...seedConversation, status: 3, platformStyle: { kind: 'email' } });
    expect([read.wire.status, read.wire.platformStyle, read.defects.isEmpty]).toEqual(['3', '{"kind":"email"}', true]);
  });

  it('leaves out a featured participant without an id and keeps the others, naming its index', () => {
    const featuredParticipants = [{ type: 'contact', displayName: 'Cut off' }, seedLucas];
    const read = parseConversation({ ...seedConversation, featuredParticipants });
    expect(read.wire.featuredParticipants?.map((p) => p.displayName)).toEqual(['Lucas De Mitri']);
    expect(read.defects.messages).toEqual([expect.stringMatching(/^conversation\.featuredParticipants\.0: /)]);
  });

  it('refuses a body that is not an object', () => {
    expect(failureOf(() => parseConversation('{"id": "tr')))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/conversation: expected a JSON object/) });
    expect(failureOf(() => parseConversation(null)))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/conversation: expected a JSON object/) });
  });

  it('reads the list wrapper with its token and total, keeping an item without a readable id as unreadable', () => {
    const list = parseConversationList({ results: [seedConversation, { name: 'no id' }], nextPageToken: 'abc', total: 1, totalType: '' });
    expect([list.results.length, list.nextPageToken, list.total]).toEqual([2, 'abc', 1]);
    expect(list.results[1]).toMatchObject({ provider: 'bird', reason: expect.stringMatching(/conversation list item 1\.id/) });
  });

  it('refuses a list whose nextPageToken is unreadable: continuing without it would silently end the list', () => {
    expect(failureOf(() => parseConversationList({ results: [], nextPageToken: 42 })))
      .toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringMatching(/conversation list\.nextPageToken/) });
  });
});
