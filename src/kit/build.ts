import { attachDefects, type FieldDefects } from './defects';

/** The data fields of a class: every public property that is not a method. */
export type FieldsOf<T> = {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- methods are what is left out
  [K in keyof T as T[K] extends Function ? never : K]: T[K];
};

type Copy = (target: object, fields: object) => void;

const copiers = new WeakMap<abstract new () => object, Copy>();

/**
 * A copier made for one class: one plain store per field, so every object of the class is
 * written through the same inline caches (a per-class hidden shape). `Object.assign` onto a
 * class instance goes through the runtime key by key, and a literal composed with spread
 * (`{ ...shared, id }`) first builds a slow intermediate object: both showed in the profiles as
 * several microseconds per built object. The keys are the class's own fields (emitted as class
 * fields, so a fresh instance lists them all) plus those of the first literal seen, so a field
 * declared without an emitted initializer is still copied.
 */
function copierFor(type: new () => object, fields: object): Copy {
  const known = copiers.get(type);
  if (known) return known;
  const keys = [...new Set([...Object.keys(new type()), ...Object.keys(fields)])];
  const body = keys.map((key) => `t[${JSON.stringify(key)}] = f[${JSON.stringify(key)}];`).join('\n');
  // Keys are JSON-quoted property names of our own classes, never upstream data.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated once per class, see above
  const copy = new Function('t', 'f', body) as Copy;
  copiers.set(type, copy);
  return copy;
}

/**
 * Constructs a GraphQL object type with every data field set. type-graphql classes declare
 * fields with `!` and no constructor, so `Object.assign(new X(), …)` compiles with a field
 * missing; here a missing or misspelt field is a compile error. Pass one flat object literal
 * (no spread: see `copierFor`), so the excess-property check covers every key. `defects` names
 * fields whose upstream part could not be read (see `Defects.forFields`).
 */
export function build<T extends object>(type: new () => T, fields: FieldsOf<T>, defects?: FieldDefects): T {
  const target = new type();
  copierFor(type, fields)(target, fields);
  return attachDefects(target, defects);
}
