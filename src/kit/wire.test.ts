import fc from 'fast-check';
import { isDateTime } from '../schema/scalars';
import { normalizeDateTime, zEpochSeconds, zScalarText } from './wire';

// normalizeDateTime as it was before its fast calendar check (every value went to Date.parse).
const VARIANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
function normalizedByDateParse(value: string): string | null {
  if (isDateTime(value)) return Number.isNaN(Date.parse(value)) ? null : value;
  const match = VARIANT.exec(value);
  if (!match) return null;
  const [, date, time, fraction, zone] = match as unknown as [string, string, string, string | undefined, string | undefined];
  let offset = 'Z';
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offset = `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
  }
  const normalized = `${date}T${time}${fraction ? `.${fraction.slice(0, 9)}` : ''}${offset}`;
  return isDateTime(normalized) && !Number.isNaN(Date.parse(normalized)) ? normalized : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
/** Date-shaped strings with every field in and out of range, in every spelling the readers meet. */
const dateShaped = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 19 }),
    day: fc.integer({ min: 0, max: 39 }),
    hour: fc.integer({ min: 0, max: 29 }),
    minute: fc.integer({ min: 0, max: 69 }),
    second: fc.integer({ min: 0, max: 69 }),
    fraction: fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
    separator: fc.constantFrom('T', 't', ' '),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', ''),
      fc.record({ sign: fc.constantFrom('+', '-'), hours: fc.integer({ min: 0, max: 29 }), minutes: fc.integer({ min: 0, max: 69 }), colon: fc.constantFrom(':', '') }).map(
        ({ sign, hours, minutes, colon }) => `${sign}${pad(hours)}${colon}${pad(minutes)}`,
      ),
    ),
  })
  .map((d) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}${d.separator}${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}${d.fraction ? `.${d.fraction}` : ''}${d.zone}`);

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

  it('accepts and rewrites exactly what Date.parse accepted, with fields in and out of the calendar (property)', () => {
    fc.assert(
      fc.property(dateShaped, (sent) => normalizeDateTime(sent) === normalizedByDateParse(sent)),
      { numRuns: 5000, examples: [['2024-02-29T00:00:00Z'], ['2023-02-29T00:00:00Z'], ['2024-04-31T00:00:00Z'], ['2024-01-01T24:00:00Z'], ['2024-01-01t00:00:00z'], ['2024-01-01T00:00:00+23:59'], ['2024-01-01T00:00:00+24:00'], ['1900-02-29T00:00:00Z'], ['2000-02-29T00:00:00Z']] },
    );
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
