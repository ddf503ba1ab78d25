import fc from 'fast-check';
import { routeTemplate } from './route-template';

describe('routeTemplate', () => {
  it.each([
    ['/v2/conversations/123/threads', '/v2/conversations/{id}/threads'],
    ['/v2/conversations', '/v2/conversations'],
    ['/v2/oauth2/token', '/v2/{id}/token'],
    ['/workspaces/a1405560-c8d3-4b1a-877d-3f449ad95352/conversations/907798F8-FD72-44D5-8042-FCC05C1BB570/messages', '/workspaces/{id}/conversations/{id}/messages'],
    ['/conversations/kY1QwY/associated_contacts', '/conversations/{id}/associated_contacts'],
    ['/users/hikvlD', '/users/{id}'],
    ['/actions/000JKG', '/actions/{id}'],
    ['/demo-account/conversation_filters/all/conversations', '/demo-account/conversation_filters/all/conversations'],
    ['/apps/24f43c32-4d95-11e4-b3a2-0fd00000020d/users/1234567/identity', '/apps/{id}/users/{id}/identity'],
    ['/v1.2/conversationFilters', '/v1.2/conversationFilters'],
    ['/people/jane%40example.com', '/people/{id}'],
    ['/tokens/abcdefghijklmnopqrstuvwxyzabcdefghijklmnop', '/tokens/{id}'],
    ['/items/a', '/items/{id}'],
    ['/', '/'],
    ['/v2/conversations/', '/v2/conversations/'],
  ])('%s → %s', (path, template) => {
    expect(routeTemplate(path)).toBe(template);
  });

  // Ids as the five providers issue them: numbers, UUIDs, base62 tokens with a digit or with an
  // upper-case letter not followed by two lower-case ones (TextUs's hikvlD).
  const id = fc.oneof(
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map(String),
    fc.uuid(),
    fc.stringMatching(/^[A-Za-z0-9]{0,7}[0-9][A-Za-z0-9]{0,7}$/).filter((token) => !/^v\d+$/.test(token)),
    fc.stringMatching(/^[a-z]{1,6}[A-Z][A-Z0-9]?$/),
  );
  const word = fc.constantFrom('v2', 'conversations', 'threads', 'messages', 'participants', 'associated_contacts', 'identity', 'users', 'apps');

  it('replaces every id and keeps every word, wherever they stand', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word.map((w) => ({ w, t: w })), id.map((i) => ({ w: i, t: '{id}' }))), { minLength: 1, maxLength: 8 }), (parts) => {
        expect(routeTemplate(`/${parts.map((p) => p.w).join('/')}`)).toBe(`/${parts.map((p) => p.t).join('/')}`);
      }),
    );
  });
});
