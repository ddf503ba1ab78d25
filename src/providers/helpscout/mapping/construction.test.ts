import fc from 'fast-check';
import { displayName } from './person.mapper';

/** The join the mapper used before issue 12 (an array filtered and joined per person): the oracle. */
function joinedName(first: string | null | undefined, last: string | null | undefined): string | null {
  const name = [first, last].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' ');
  return name === '' ? null : name;
}

describe('Help Scout display names without a per-person array (issue 12)', () => {
  it('joins names as filter/join did: blank parts skipped, the others kept as sent (property)', () => {
    const part = fc.oneof(fc.string(), fc.constantFrom('', ' ', '\t', ' Ann ', null, undefined));
    fc.assert(fc.property(part, part, (first, last) => expect(displayName(first, last)).toBe(joinedName(first, last))));
  });
});
