import { z } from 'zod';
import type { JsonObject } from '../../../kit/json';
import { zJsonObject } from '../../../kit/wire';
import { ITEM_ID, UUID } from '../api/keys';

/**
 * Validates `schema` and keeps the untouched object beside the parsed fields, so mappers can
 * expose `raw` for nested items (participants, messages) and not only for the whole body.
 */
export function withRaw<S extends z.ZodType<object>>(schema: S) {
  return zJsonObject.transform((raw, ctx): z.infer<S> & { raw: JsonObject } => {
    const result = schema.safeParse(raw);
    if (result.success) return { ...result.data, raw };
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

export const zText = z.string().nullish();
export const zUuid = z.string().regex(UUID, 'expected a UUID');
export const zItemId = z.string().regex(ITEM_ID, 'expected a Bird id');

/** Bird's paginated list wrapper; the legacy shape has `results` only. */
export function zList<T extends z.ZodType>(item: T) {
  return z.object({
    results: z.array(item),
    nextPageToken: zText,
    total: z.number().int().min(0).nullish(),
    totalType: zText,
  });
}

export type BirdList<T> = { results: T[]; nextPageToken?: string | null; total?: number | null; totalType?: string | null };
