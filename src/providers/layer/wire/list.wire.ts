import { z } from 'zod';
import type { HeaderReader } from '../../../http/status-error';
import { parseWire, parseWithRaw, zJsonObject, type Parsed } from '../../../kit/wire';
import { LAYER } from '../identity';

// Layer answers objects, or lists as bare JSON arrays with the total in a `Layer-Count` header.

/** One Layer object, with its untouched JSON kept for `raw`. */
export const withRaw = <S extends z.ZodType>(schema: S, body: unknown, what: string): Parsed<z.infer<S>> =>
  parseWithRaw(schema, body, LAYER.slug, what);

/** A bare JSON array of objects; an error names the failing item. */
export function listWithRaw<S extends z.ZodType>(schema: S, body: unknown, what: string): Parsed<z.infer<S>>[] {
  const items = parseWire(z.array(zJsonObject), body, LAYER.slug, `${what} (a JSON array)`);
  return items.map((item, index) => withRaw(schema, item, `${what} item ${index}`));
}

/** The total a list response reports in `Layer-Count`, or null when absent or unreadable. */
export function layerCount(headers: HeaderReader): number | null {
  const value = headers.get('layer-count')?.trim();
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : null;
}
