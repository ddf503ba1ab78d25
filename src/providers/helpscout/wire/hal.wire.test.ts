import { linkHref, rawObject } from './hal.wire';

describe('Help Scout HAL links', () => {
  it('takes the first link of a rel that holds a list', () => {
    expect(linkHref({ web: [{ href: 'a' }, { href: 'b' }] }, 'web')).toBe('a');
    expect(linkHref(null, 'web')).toBeNull();
  });

  it('refuses a body that is not a JSON object as PROVIDER_BAD_RESPONSE naming what was expected', () => {
    expect(() => rawObject([1], 'mailbox')).toThrow(expect.objectContaining({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringContaining('mailbox: expected a JSON object') }));
    expect(rawObject({ id: 1 }, 'mailbox')).toEqual({ id: 1 });
  });
});
