import { Unreadable } from '../../../kit/defects';
import { eventPages } from './pages';

const MESSAGE = '6dc5cd3d-e233-4359-be70-088833f89bff';
const OTHER = '25025025-0250-4250-a250-250250250250';
// A base with a path prefix: the message's page is under it, not beside it.
const BASE = new URL('https://backoffice.example/api/');

describe('MailPerformance event pages', () => {
  const pages = eventPages(BASE, MESSAGE);

  it("names the list by the message's own address, relative to the base URL", () => {
    expect(pages.address).toBe(`messages/${MESSAGE}`);
  });

  it('finds an event again by its node key <message uuid>.<index>', () => {
    expect(pages.key({ nativeId: `${MESSAGE}.7` })).toBe(`${MESSAGE}.7`);
  });

  it('finds an unreadable event again by the key it was given for its index', () => {
    expect(pages.key(new Unreadable('mailperformance', 'message.events.3: expected a JSON object', `${MESSAGE}.3`, 7))).toBe(`${MESSAGE}.3`);
  });

  it("owns the message's own page under the base URL", () => {
    expect(pages.owns(new URL(`https://backoffice.example/api/messages/${MESSAGE}`))).toBe(true);
  });

  it.each([
    ['another message', `https://backoffice.example/api/messages/${OTHER}`],
    ['the same message beside the base path', `https://backoffice.example/messages/${MESSAGE}`],
    ['a target', 'https://backoffice.example/api/targets/000QE6KY'],
    ['the message with a query string', `https://backoffice.example/api/messages/${MESSAGE}?page=2`],
    ['a sub-path of the message', `https://backoffice.example/api/messages/${MESSAGE}/events`],
    ['the message spelt in upper case', `https://backoffice.example/api/messages/${MESSAGE.toUpperCase()}`],
  ])('does not own %s', (_, url) => {
    expect(pages.owns(new URL(url))).toBe(false);
  });
});
