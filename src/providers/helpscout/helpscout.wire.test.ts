import { ParleyError } from '../../errors/parley-error';
import { parseConversationsPage, parseThreadsPage, parseToken, readLogRef } from './helpscout-resources.wire';
import { seedConversation, seedThreads } from './helpscout.sim-data';
import { linkHref, parseConversation, parseThread } from './helpscout.wire';

function failure(run: () => unknown): ParleyError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParleyError) return error;
    throw error;
  }
  throw new Error('expected a ParleyError');
}

describe('Help Scout wire schemas', () => {
  it('parses the seed conversation with every documented field', () => {
    const wire = parseConversation({ ...seedConversation(), _embedded: { threads: [] } });
    expect(wire).toMatchObject({
      id: 123, number: 12, threads: 2, type: 'email', status: 'closed', state: 'published', closedBy: 14,
      customerWaitingSince: { time: '2012-07-24T20:18:33Z', friendly: '20 hours ago' },
      snooze: { snoozedBy: 4, unsnoozeOnCustomerReply: true },
      nextEvent: { eventType: 'snooze', userId: 4, cancelOnCustomerReply: true },
    });
    expect(wire.customFields).toHaveLength(2);
    expect(wire._embedded?.threads).toEqual([]);
  });

  it('accepts extra fields and documented nulls', () => {
    const wire = parseConversation({ ...seedConversation(), brandNewField: { x: 1 }, closedAt: null, assignee: null, snooze: null });
    expect(wire.closedAt).toBeNull();
    expect(wire.assignee).toBeNull();
  });

  it.each([
    ['an id that is a string', { id: '123' }, 'id'],
    ['a status that is a number', { status: 3 }, 'status'],
    ['a createdAt that is not a date-time', { createdAt: 'yesterday' }, 'createdAt'],
    ['a tag without its name', { tags: [{ id: 1 }] }, 'tags.0.tag'],
    ['a person without an id', { primaryCustomer: { first: 'Rob' } }, 'primaryCustomer.id'],
  ])('refuses a conversation with %s as PROVIDER_BAD_RESPONSE naming the path', (_, change, path) => {
    const error = failure(() => parseConversation({ ...seedConversation(), ...change }));
    expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    expect(error.message).toContain(path);
  });

  it('refuses a truncated conversation missing its required status', () => {
    expect(failure(() => parseConversation({ id: 123 })).message).toContain('status');
  });

  it('parses the seed threads with persons, recipients and attachments', () => {
    const [first, second] = seedThreads().map((raw) => parseThread(raw));
    expect(first).toMatchObject({ id: 123001, type: 'customer', createdBy: { id: 12, type: 'customer' } });
    expect(second?._embedded?.attachments?.[0]).toMatchObject({ id: 77, filename: 'invoice.pdf' });
  });

  it('refuses a thread without a type', () => {
    expect(failure(() => parseThread({ id: 1 })).code).toBe('PROVIDER_BAD_RESPONSE');
  });

  it('reads a HAL page with its items kept raw and its links', () => {
    const list = parseThreadsPage({
      _embedded: { threads: [{ id: 1, type: 'note', extra: true }] },
      _links: { next: { href: 'https://api.helpscout.net/v2/conversations/1/threads?page=2' } },
      page: { size: 50, totalElements: 51, totalPages: 2, number: 1 },
    });
    expect(list.items).toEqual([{ id: 1, type: 'note', extra: true }]);
    expect(linkHref(list.links, 'next')).toContain('page=2');
  });

  it('reads an empty conversations page without `_embedded`', () => {
    expect(parseConversationsPage({ page: { size: 25, totalElements: 0, totalPages: 0, number: 1 } }).items).toEqual([]);
  });

  it('refuses a page without its paging block', () => {
    expect(failure(() => parseConversationsPage({ _embedded: { conversations: [] } })).message).toContain('page');
  });

  it('takes the first link of a rel that holds a list', () => {
    expect(linkHref({ web: [{ href: 'a' }, { href: 'b' }] }, 'web')).toBe('a');
    expect(linkHref(null, 'web')).toBeNull();
  });

  it('reads a token response and refuses one without access_token', () => {
    expect(parseToken({ access_token: 'abc', token_type: 'bearer', expires_in: 172800 }).expires_in).toBe(172800);
    expect(failure(() => parseToken({ token_type: 'bearer', expires_in: 10 })).code).toBe('PROVIDER_BAD_RESPONSE');
  });

  it('reads logRef from the error envelope and ignores anything unsafe', () => {
    expect(readLogRef({ logRef: '64bb72b4-0a92-11e8-ba89-0ed5f89f718b', message: 'Bad request' })).toBe('64bb72b4-0a92-11e8-ba89-0ed5f89f718b');
    expect(readLogRef({ logRef: 'https://evil.example/?token=x' })).toBeUndefined();
    expect(readLogRef('oops')).toBeUndefined();
  });
});
