import { failureOf } from '../../../../test/support/errors';
import { linkHref } from './hal.wire';
import { parseConversationsPage, parseThreadsPage } from './page.wire';

describe('Help Scout HAL pages', () => {
  it('reads a HAL page with its items exactly as sent (parsed only when a window returns them) and its links', () => {
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
    expect(failureOf(() => parseConversationsPage({ _embedded: { conversations: [] } })).message).toContain('page');
  });

  it('leaves listed conversations unparsed, so one a window does not return cannot fail the page', () => {
    const body = { _embedded: { conversations: [{ id: 5 }] }, page: { size: 25, totalElements: 1, totalPages: 1, number: 1 } };
    expect(parseConversationsPage(body).items).toEqual([{ id: 5 }]);
  });

  it('keeps items that are not objects as sent, for the window to turn into unreadable edges', () => {
    const body = { _embedded: { conversations: ['x'] }, page: { size: 25, totalElements: 1, totalPages: 1, number: 1 } };
    expect(parseConversationsPage(body).items).toEqual(['x']);
  });
});
