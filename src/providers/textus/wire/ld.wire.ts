import { z } from 'zod';
import { compiled } from '../../../kit/compiled';

/** A link as sent (normally a host-relative path); followed only through `io.resolve`. */
export const zLink = z.string().min(1);

/** The JSON-LD `id` of a node Parley can fetch again: `/<collection>/<slug>`, checked strictly. */
export function zIdPath(collection: string) {
  return z.string().regex(new RegExp(`^/${collection}/[A-Za-z0-9]{1,32}$`), `expected an id like /${collection}/<slug>`);
}

/** Any fetchable JSON-LD id, `/<collection>/<slug>` (objects of a type the docs do not list). */
export const zAnyIdPath = z.string().regex(/^\/[a-z_]{1,40}\/[A-Za-z0-9]{1,32}$/, 'expected an id like /<collection>/<slug>');

/** The slug at the end of an id validated by `zIdPath`. */
export function slugOf(idPath: string): string {
  return idPath.slice(idPath.lastIndexOf('/') + 1);
}

/** JSON-LD keys every TextUs object carries (`@context` is a link Parley never fetches). */
export const ldShape = {
  '@type': z.string().nullish(),
  '@context': z.string().nullish(),
};

export const zOptionalString = z.string().nullish();
export const zOptionalBoolean = z.boolean().nullish();
export const zOptionalLink = zLink.nullish();
export const zOptionalCount = z.number().int().nonnegative().nullish();

/** hydra:PartialCollectionView: where the cursor lives (`next` carries `?cursor=`). */
export const zView = z.object({
  ...ldShape,
  id: zOptionalLink,
  first: zOptionalLink,
  next: zOptionalLink,
  previous: zOptionalLink,
});
export type TextUsViewWire = z.infer<typeof zView>;

/**
 * A hydra:Collection of `member`; paginated ones add `view`. Its `id` is what its GraphQL type
 * and priming need, so a collection without one is left out as a whole; a member that does not
 * validate is left out of `members`.
 */
export function zCollection<M extends z.ZodType>(member: M) {
  return z.object({
    ...ldShape,
    id: zLink,
    totalItems: zOptionalCount,
    members: z.array(member).nullish(),
    view: zView.nullish(),
  });
}

/** Collection metadata (what the GraphQL collection types expose besides members). */
export interface TextUsCollectionWire<M> {
  '@type'?: string | null | undefined;
  '@context'?: string | null | undefined;
  id: string;
  totalItems?: number | null | undefined;
  members?: M[] | null | undefined;
  view?: TextUsViewWire | null | undefined;
}

/**
 * A link or an embedded object (TextUs sends either for the same key). Not a `z.union`: a union
 * reports a broken embedded object as one issue at the key, so the whole key would be left out;
 * here its issues keep their own paths and only the broken part is left out.
 */
export function linkOr<S extends z.ZodType>(schema: S) {
  // The inner parse runs inside a transform, where an enclosing schema's fast path cannot reach.
  const fast = compiled(schema);
  return z.unknown().transform((value, ctx): string | z.output<S> => {
    if (typeof value === 'string' && value.length > 0) return value;
    const parsed = fast.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.issues.push({ code: 'custom', message: issue.message, path: [...issue.path], input: value });
    return z.NEVER;
  });
}
