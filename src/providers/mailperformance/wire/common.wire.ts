import { z } from 'zod';
import { CODE } from '../api/keys';

/** A target or action code as a payload names it: it goes into a path, so nothing else is accepted. */
export const zCode = z.string().regex(CODE, 'expected an alphanumeric MailPerformance code');
export const zText = z.string().nullish();
/** Field ids and unix timestamps arrive as strings in the docs; numbers are accepted too and kept as text. */
export const zTextOrNumber = z.union([z.string(), z.number()]).nullish();
