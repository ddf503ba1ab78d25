import { attachDefects, type FieldDefects } from './defects';

/** The data fields of a class: every public property that is not a method. */
export type FieldsOf<T> = {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- methods are what is left out
  [K in keyof T as T[K] extends Function ? never : K]: T[K];
};

/**
 * Constructs a GraphQL object type with every data field set. type-graphql classes declare
 * fields with `!` and no constructor, so `Object.assign(new X(), …)` compiles with a field
 * missing; here a missing or misspelt field is a compile error. `defects` names fields whose
 * upstream part could not be read (see `Defects.forFields`).
 */
export function build<T extends object>(type: new () => T, fields: FieldsOf<T>, defects?: FieldDefects): T {
  return attachDefects(Object.assign(new type(), fields), defects);
}
