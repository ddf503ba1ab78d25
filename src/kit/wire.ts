import { z } from 'zod';
import { badResponse } from '../errors/parley-error';
import { isDateTime } from '../schema/scalars';
import type { JsonObject } from './json';

/** RFC 3339 timestamp as the provider wrote it (offset and precision kept). */
export const zDateTime = z.string().refine(isDateTime, 'expected an RFC 3339 date-time');

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
  const result = schema.safeParse(body);
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
  return zJsonObject.transform((raw, ctx): Parsed<z.output<S>> => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { wire: parsed.data, raw };
    for (const issue of parsed.error.issues) {
      ctx.issues.push({ code: 'custom', message: issue.message, path: [...issue.path], input: raw });
    }
    return z.NEVER;
  });
}

/** `parseWire` for an object payload whose untouched JSON is kept for `raw`. */
export function parseWithRaw<S extends z.ZodType>(schema: S, body: unknown, provider: string, what: string): Parsed<z.output<S>> {
  return parseWire(keepRaw(schema), body, provider, what);
}

/** Maps a provider value through a table; unmapped values give `fallback` and never throw. */
export function mapValue<T>(raw: string | null | undefined, table: Readonly<Record<string, T>>, fallback: T): T {
  if (raw === null || raw === undefined) return fallback;
  return Object.prototype.hasOwnProperty.call(table, raw) ? (table[raw] as T) : fallback;
}
