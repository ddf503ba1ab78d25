import fc from 'fast-check';
import { normalizeDateTime, zEpochSeconds, zScalarText } from './wire';

describe('normalizeDateTime', () => {
  it.each([
    ['2014-09-15T04:44:47+00:00', '2014-09-15T04:44:47+00:00'],
    ['2014-09-15T04:44:47.123Z', '2014-09-15T04:44:47.123Z'],
    ['2014-09-15T04:44:47+0000', '2014-09-15T04:44:47+00:00'],
    ['2014-09-15T04:44:47-0530', '2014-09-15T04:44:47-05:30'],
    ['2014-09-15T04:44:47+02', '2014-09-15T04:44:47+02:00'],
    ['2014-09-15T04:44:47', '2014-09-15T04:44:47Z'],
    ['2014-09-15 04:44:47', '2014-09-15T04:44:47Z'],
    ['2014-09-15T04:44:47.123456789012Z', '2014-09-15T04:44:47.123456789Z'],
  ])('reads %s as %s', (sent, expected) => {
    expect(normalizeDateTime(sent)).toBe(expected);
  });

  it.each(['', 'yesterday', '2014-13-45T99:00:00Z', '2014-09-15', '1465831160', '2014-09-15T04:44:47+5'])('gives null for %j', (sent) => {
    expect(normalizeDateTime(sent)).toBeNull();
  });

  it('names the same instant as the value sent, in every accepted variant (property)', () => {
    const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.constantFrom('Z', '+0000', '+00:00', '', ' '), (date, style) => {
        const iso = date.toISOString();
        const sent = style === ' ' ? iso.replace('T', ' ').replace('Z', '') : iso.replace('Z', style);
        const read = normalizeDateTime(sent);
        expect(read).not.toBeNull();
        expect(Date.parse(read ?? '')).toBe(date.getTime());
      }),
      { numRuns: 300 },
    );
  });
});

describe('zEpochSeconds and zScalarText', () => {
  it('reads Unix seconds sent as a digit string or a number as an ISO UTC timestamp', () => {
    expect(zEpochSeconds.parse('1465831160')).toBe('2016-06-13T15:19:20.000Z');
    expect(zEpochSeconds.parse(1465831160)).toBe('2016-06-13T15:19:20.000Z');
    expect(zEpochSeconds.safeParse('13 June').success).toBe(false);
  });

  it('renders a string, number or boolean value as a string', () => {
    expect([zScalarText.parse('Gold'), zScalarText.parse(42), zScalarText.parse(false)]).toEqual(['Gold', '42', 'false']);
    expect(zScalarText.safeParse({ value: 1 }).success).toBe(false);
  });
});
