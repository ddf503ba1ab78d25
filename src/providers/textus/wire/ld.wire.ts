import { z } from 'zod';

/** A link as sent (normally a host-relative path); followed only through `io.resolve`. */
export const zLink = z.string().min(1);

/** The JSON-LD `id` of a node Parley can fetch again: `/<collection>/<slug>`, checked strictly. */
export function zIdPath(collection: string) {
  return z.string().regex(new RegExp(`^/${collection}/[A-Za-z0-9]{1,32}$`), `expected an id like /${collection}/<slug>`);
}

/** The slug at the end of an id validated by `zIdPath`. */
export function slugOf(idPath: string): string {
  return idPath.slice(idPath.lastIndexOf('/') + 1);
}

/** JSON-LD keys every TextUs object carries (`@context` is a link Parley never fetches). */
export const ldShape = {
  '@type': z.string(),
  '@context': z.string().nullable().optional(),
};

/** hydra:PartialCollectionView: where the cursor lives (`next` carries `?cursor=`). */
export const zView = z.object({
  ...ldShape,
  '@type': z.string().optional(),
  id: zLink.optional(),
  first: zLink.nullable().optional(),
  next: zLink.nullable().optional(),
  previous: zLink.nullable().optional(),
});
export type TextUsViewWire = z.infer<typeof zView>;

/** A hydra:Collection of `member`; paginated ones add `view`. */
export function zCollection<M extends z.ZodType>(member: M) {
  return z.object({
    ...ldShape,
    id: zLink,
    totalItems: z.number().int().nonnegative(),
    members: z.array(member),
    view: zView.nullable().optional(),
  });
}

/** Collection metadata without members (what the GraphQL collection types expose besides members). */
export interface TextUsCollectionWire<M> {
  '@type': string;
  '@context'?: string | null | undefined;
  id: string;
  totalItems: number;
  members: M[];
  view?: TextUsViewWire | null | undefined;
}

export const zOptionalString = z.string().nullable().optional();
export const zOptionalBoolean = z.boolean().nullable().optional();
export const zOptionalLink = zLink.nullable().optional();
