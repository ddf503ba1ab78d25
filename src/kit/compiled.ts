import { z } from 'zod';

/**
 * Schemas with zod's generated fast path, keyed by the schema as written. `z.compile` answers
 * a payload that validates with the same output as the interpreter, and hands any other payload
 * to the interpreter, so issues (paths, messages) are exactly the interpreter's. It costs one
 * `new Function` per schema, so it is done once per module-level schema, never per call.
 */
const COMPILED = new WeakMap<z.ZodType, z.ZodType>();

/**
 * `schema` with the generated fast path (or `schema` itself where zod cannot compile it, e.g.
 * without `new Function`): same results, a fraction of the interpreter's cost on valid payloads.
 * Only for schemas built once (module level): each distinct schema object is compiled once.
 */
export function compiled<S extends z.ZodType>(schema: S): S {
  const known = COMPILED.get(schema);
  if (known) return known as S;
  const fast = z.compile(schema);
  COMPILED.set(schema, fast);
  return fast;
}
