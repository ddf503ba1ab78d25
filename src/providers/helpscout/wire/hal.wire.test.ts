import { failureOf } from '../../../../test/support/errors';
import { checkIdentity, linkHref, zLooseText } from './hal.wire';
import { readMailbox } from './mailbox.wire';

describe('Help Scout HAL links', () => {
  it('takes the first link of a rel that holds a list', () => {
    expect(linkHref({ web: [{ href: 'a' }, { href: 'b' }] }, 'web')).toBe('a');
    expect(linkHref(null, 'web')).toBeNull();
  });

  it('refuses a record body that is not a JSON object as PROVIDER_BAD_RESPONSE naming what was expected', () => {
    expect(failureOf(() => readMailbox([1]))).toMatchObject({ code: 'PROVIDER_BAD_RESPONSE', message: expect.stringContaining('mailbox: expected a JSON object') });
  });

  it('reads a loose text value of any JSON type as its rendering, absent or null as null', () => {
    expect([zLooseText.parse('closed'), zLooseText.parse(3), zLooseText.parse(false), zLooseText.parse({ a: 1 }), zLooseText.parse(null)]).toEqual([
      'closed', '3', 'false', '{"a":1}', null,
    ]);
  });

  it('accepts the id asked for and refuses another one, naming both', () => {
    expect(() => checkIdentity('conversation', '123', 123)).not.toThrow();
    expect(failureOf(() => checkIdentity('conversation', '123', 124))).toMatchObject({
      code: 'PROVIDER_BAD_RESPONSE', message: 'helpscout answered with data Parley cannot read: asked for conversation 123, got 124',
    });
  });
});
