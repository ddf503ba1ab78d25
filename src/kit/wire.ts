import { z } from 'zod';
import { badResponse } from '../errors/parley-error';
import { isDateTime } from '../schema/scalars';
import { compiled } from './compiled';
import type { JsonObject } from './json';
import { originalOf } from './tolerant';

// The variants these APIs send besides RFC 3339: a space for `T`, `+0000` or `+00` offsets, no
// zone at all (the providers document UTC), and fractions of any length.
const DATE_VARIANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const digits = (value: string, at: number): number => (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * True when `Date.parse` certainly reads `value`, an RFC 3339 string (`isDateTime`): uppercase
 * `T` and `Z`, and every field within the calendar. Date.parse costs most of a date's read and
 * nearly every date is such a value; false sends the rest (April 31, hour 24, a lowercase `t`…,
 * which Date.parse reads leniently or not at all) to Date.parse, so the answer stays Date.parse's.
 */
function surelyParses(value: string): boolean {
  if (value.charCodeAt(10) !== 84 /* T */) return false;
  const year = digits(value, 0) * 100 + digits(value, 2);
  const month = digits(value, 5);
  const day = digits(value, 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (DAYS_IN_MONTH[month - 1] as number) + (leap ? 1 : 0)) return false;
  if (digits(value, 11) > 23 || digits(value, 14) > 59 || digits(value, 17) > 59) return false;
  const end = value.length;
  const zone = value.charCodeAt(end - 1);
  if (zone === 90 /* Z */) return true;
  if (zone === 122 /* z */) return false;
  // `±HH:MM`
  return digits(value, end - 5) <= 23 && digits(value, end - 2) <= 59;
}

/** `Date.parse` reads this RFC 3339 string (`isDateTime`) as an instant. */
const readsAsInstant = (value: string): boolean => surelyParses(value) || !Number.isNaN(Date.parse(value));

/**
 * An upstream timestamp as RFC 3339: a valid RFC 3339 value exactly as sent (offset and
 * precision kept), a common variant rewritten (`+0000` → `+00:00`, no zone → `Z`, fractions cut
 * to nanoseconds), anything else null. A rewritten value names the same instant.
 */
export function normalizeDateTime(value: string): string | null {
  if (isDateTime(value)) return readsAsInstant(value) ? value : null;
  const match = DATE_VARIANT.exec(value);
  if (!match) return null;
  const [, date, time, fraction, zone] = match as unknown as [string, string, string, string | undefined, string | undefined];
  let offset = 'Z';
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offset = `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
  }
  const normalized = `${date}T${time}${fraction ? `.${fraction.slice(0, 9)}` : ''}${offset}`;
  return isDateTime(normalized) && readsAsInstant(normalized) ? normalized : null;
}

/** An upstream timestamp, read as `normalizeDateTime` does; a value that is no date at all does not validate. */
export const zDateTime = z.string().transform((value, ctx) => {
  const normalized = normalizeDateTime(value);
  if (normalized === null) {
    ctx.issues.push({ code: 'custom', message: 'expected an RFC 3339 date-time', input: value });
    return z.NEVER;
  }
  return normalized;
});

/** Unix seconds, as a number or a digit string (MailPerformance), as an RFC 3339 UTC timestamp. */
export const zEpochSeconds = z.union([z.number(), z.string().regex(/^\d{1,12}$/, 'expected Unix seconds')]).transform((value, ctx) => {
  const date = new Date(Number(value) * 1000);
  if (Number.isNaN(date.getTime())) {
    ctx.issues.push({ code: 'custom', message: 'expected Unix seconds', input: value });
    return z.NEVER;
  }
  return date.toISOString();
});

/**
 * A value the provider documents as a string, number or boolean (a custom field value, a reason
 * code): its string rendering, with the value as sent left in `raw`.
 */
export const zScalarText = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value));

/** Any JSON object, typed as JsonObject (for `raw` and free-form provider maps). */
export const zJsonObject = z.custom<JsonObject>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'expected a JSON object',
);

/**
 * Validates upstream JSON against a provider schema. Upstream data is `unknown` until it
 * passes here; a body that does not fit is PROVIDER_BAD_RESPONSE naming the first bad path,
 * never a crash and never a half-filled object.
 */
export function parseWire<S extends z.ZodType>(schema: S, body: unknown, provider: string, what: string): z.infer<S> {
  const result = compiled(schema).safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return failWire(provider, `${what}: ${path}: ${issue?.message ?? 'unexpected shape'}`);
}

function failWire(provider: string, message: string): never {
  throw badResponse(provider, message);
}

/** A parsed object next to the untouched upstream JSON it came from (for `raw` fields and priming). */
export interface Parsed<T> {
  wire: T;
  raw: JsonObject;
}

/**
 * Parses `schema` but keeps the input object too: zod strips unknown keys, while `raw` must be
 * the object exactly as the provider sent it. Issues keep their paths, so errors still name the
 * bad field. Usable inside other schemas (nested items) as well as at the top.
 */
export function keepRaw<S extends z.ZodType>(schema: S) {
  // The inner parse runs inside a transform, where an enclosing schema's fast path cannot reach.
  const fast = compiled(schema);
  return zJsonObject.transform((raw, ctx): Parsed<z.output<S>> => {
    const parsed = fast.safeParse(raw);
    if (parsed.success) return { wire: parsed.data, raw: originalOf(raw) };
    for (const issue of parsed.error.issues) {
      ctx.issues.push({ code: 'custom', message: issue.message, path: [...issue.path], input: raw });
    }
    return z.NEVER;
  });
}

// One `keepRaw` wrapper per schema: a fresh one per call would be compiled again on every call.
/** Maps a provider value through a table; unmapped values give `fallback` and never throw. */
export function mapValue<T>(raw: string | null | undefined, table: Readonly<Record<string, T>>, fallback: T): T {
  if (raw === null || raw === undefined) return fallback;
  return Object.prototype.hasOwnProperty.call(table, raw) ? (table[raw] as T) : fallback;
}
