import { z } from 'zod';
import { compiled } from '../../../kit/compiled';
import type { Unreadable } from '../../../kit/defects';
import type { JsonObject } from '../../../kit/json';
import { readItem, readTolerant, originalOf, type Tolerant } from '../../../kit/tolerant';
import { zJsonObject } from '../../../kit/wire';
import { ITEM_ID, UUID } from '../api/keys';
import { BIRD } from '../identity';

/**
 * Validates `schema` and keeps the untouched object beside the parsed fields, so mappers can
 * expose `raw` for nested items (participants, messages) and not only for the whole body. The
 * object as sent, even when the tolerant reader left a part of it out.
 */
export function withRaw<S extends z.ZodType<object>>(schema: S) {
  // The inner parse runs inside a transform, where an enclosing schema's fast path cannot reach.
  const fast = compiled(schema);
  return zJsonObject.transform((raw, ctx): z.infer<S> & { raw: JsonObject } => {
    const result = fast.safeParse(raw);
    if (result.success) return { ...result.data, raw: originalOf(raw) };
    for (const issue of result.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, path: [...issue.path], input: raw });
    return z.NEVER;
  });
}

export const zText = z.string().nullish();
export const zUuid = z.string().regex(UUID, 'expected a UUID');
export const zItemId = z.string().regex(ITEM_ID, 'expected a Bird id');

/** A JSON value as text: strings as sent, numbers and booleans rendered, objects and lists as JSON. */
export function renderValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * A value Parley maps through a table (status, participant type, body type, platform style):
 * any JSON is read as its text, so an unexpected type is an unmapped value (UNKNOWN with the
 * text as raw), never an error on a non-null enum field.
 */
export const zLooseText = z.unknown().transform(renderValue).optional();

/** Reads one Bird object; only its own `id` (or a body that is no object) fails it as a whole. */
export function readBird<S extends z.ZodType>(schema: S, body: unknown, what: string): Tolerant<z.output<S>> {
  return readTolerant(schema, body, { provider: BIRD.slug, what, identity: ['id'] });
}

/** Bird's paginated list wrapper; the legacy shape has `results` only. Items are read one by one. */
const zList = z.object({
  results: z.array(z.unknown()),
  nextPageToken: zText,
  total: z.number().int().min(0).nullish(),
  totalType: zText,
});

export interface BirdList<T> {
  results: (Tolerant<T> | Unreadable)[];
  nextPageToken?: string | null;
  total?: number | null;
}

/**
 * A list page: without readable `results` or `nextPageToken` the page cannot be used (a broken
 * token would silently end the list); a bad `total` is only unknown; each item that cannot be
 * read keeps its place as an `Unreadable`.
 */
export function readList<S extends z.ZodType>(item: S, body: unknown, what: string): BirdList<z.output<S>> {
  const page = readTolerant(zList, body, { provider: BIRD.slug, what: `${what} list`, identity: ['results', 'nextPageToken'] }).wire;
  return {
    results: page.results.map((value, i) => readItem(item, value, { provider: BIRD.slug, what: `${what} list item ${i}`, identity: ['id'] })),
    nextPageToken: page.nextPageToken ?? null,
    total: page.total ?? null,
  };
}
