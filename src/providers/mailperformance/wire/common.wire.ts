import { z } from 'zod';
import type { JsonValue } from '../../../kit/json';
import { zDateTime, zEpochSeconds } from '../../../kit/wire';
import { CODE } from '../api/keys';

/** A target or action code as a payload names it: it goes into a path, so nothing else is accepted. */
export const zCode = z.string().regex(CODE, 'expected an alphanumeric MailPerformance code');
export const zText = z.string().nullish();

/** A value GraphQL shows as text next to the value exactly as sent. */
export interface LooseValue {
  text: string;
  raw: JsonValue;
}

/**
 * Field ids, bounce types and reasons: the Target doc sends numbers (`"reason": 1`) where other
 * payloads send text, so both are read, shown as text, and kept as sent beside it.
 */
export const zLoose = z.union([z.string(), z.number(), z.boolean()]).transform((raw): LooseValue => ({ text: String(raw), raw }));

/**
 * A target timestamp: Unix seconds as the docs send them (`"1465831160"`, or a number), as UTC;
 * an RFC 3339 value is read too, since the same API sends those on targets' own dates.
 */
export const zStamp = z.union([zEpochSeconds, zDateTime]);
