import type { z } from 'zod';
import { badResponse } from '../../../errors/parley-error';
import type { HeaderReader } from '../../../http/status-error';
import type { Unreadable } from '../../../kit/defects';
import { readItem, readTolerant, type Tolerant } from '../../../kit/tolerant';
import { LAYER } from '../identity';

// Layer answers objects, or lists as bare JSON arrays with the total in a `Layer-Count` header.

/**
 * One Layer object read tolerantly: a part that does not validate is left out and recorded;
 * only an unreadable identity key (`id`, or `user_id` for identities) fails the whole object.
 */
export const readLayer = <S extends z.ZodType>(schema: S, body: unknown, what: string, identity: readonly string[] = ['id']): Tolerant<z.output<S>> =>
  readTolerant(schema, body, { provider: LAYER.slug, what, identity });

/** A Layer list item: the object, or an `Unreadable` keeping its place when its id cannot be read. */
export type LayerItem<T> = Tolerant<T> | Unreadable;

/** A bare JSON array of objects; each item that cannot be read keeps its place as an `Unreadable`. */
export function readLayerList<S extends z.ZodType>(schema: S, body: unknown, what: string): LayerItem<z.output<S>>[] {
  if (!Array.isArray(body)) throw badResponse(LAYER.slug, `${what}: expected a JSON array`);
  return body.map((item: unknown, index) => readItem(schema, item, { provider: LAYER.slug, what: `${what} item ${index}`, identity: ['id'] }));
}

/** The total a list response reports in `Layer-Count`, or null when absent or unreadable. */
export function layerCount(headers: HeaderReader): number | null {
  const value = headers.get('layer-count')?.trim();
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : null;
}
