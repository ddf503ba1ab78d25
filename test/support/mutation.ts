import type { JsonObject, JsonValue } from '../../src/kit/json';

/**
 * The ways real upstreams drift from their documentation: keys dropped, leaves nulled or of
 * another type, unknown keys and enum values, lists reordered, values wrapped in objects.
 */
export const MUTATION_KINDS = ['drop', 'null', 'retype', 'unknownValue', 'addKey', 'reorder', 'nest'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** One change: `at` picks a node (modulo the node count), `seed` varies what is written. */
export interface Mutation {
  at: number;
  kind: MutationKind;
  seed: number;
}

type Path = (string | number)[];

function nodes(value: JsonValue, path: Path = [], out: Path[] = []): Path[] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((child, i) => nodes(child, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) nodes(child, [...path, key], out);
  return out;
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

/** A node may change unless it is an identity path, inside one, or an ancestor of one. */
function mutable(path: Path, identity: readonly (readonly (string | number)[])[]): boolean {
  return !identity.some((id) => startsWith(path, id) || startsWith(id, path));
}

const OTHER_TYPES: readonly JsonValue[] = [42, 'text', true, {}, [], 3.5, '2024-13-45T99:00:00Z', { nested: { deeper: [1] } }];

function retyped(value: JsonValue, seed: number): JsonValue {
  const choices = OTHER_TYPES.filter((candidate) => typeof candidate !== typeof value || Array.isArray(candidate) !== Array.isArray(value));
  return choices[seed % choices.length] ?? null;
}

function changed(value: JsonValue, kind: MutationKind, seed: number): JsonValue | undefined {
  switch (kind) {
    case 'drop':
      return undefined;
    case 'null':
      return null;
    case 'retype':
      return retyped(value, seed);
    case 'unknownValue':
      return typeof value === 'string' ? `parley_unknown_${seed % 7}` : typeof value === 'number' ? 900000 + (seed % 100) : retyped(value, seed);
    case 'addKey':
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return { ...value, [`unknownKey${seed % 5}`]: { added: [seed, 'x'] } };
      return { value, extra: seed };
    case 'reorder':
      if (Array.isArray(value)) return seed % 2 === 0 ? [...value].reverse() : [...value.slice(1), ...value.slice(0, 1)];
      return value;
    case 'nest':
      return { value };
  }
}

function replaced(root: JsonValue, path: Path, next: JsonValue | undefined): JsonValue {
  const [head, ...rest] = path;
  if (head === undefined) return next ?? null;
  if (Array.isArray(root)) {
    const copy = [...root];
    const index = Number(head);
    if (rest.length === 0 && next === undefined) copy.splice(index, 1);
    else copy[index] = replaced(copy[index] ?? null, rest, next);
    return copy;
  }
  if (root === null || typeof root !== 'object') return root;
  const copy: JsonObject = { ...root };
  if (rest.length === 0 && next === undefined) delete copy[String(head)];
  else copy[String(head)] = replaced(copy[String(head)] ?? null, rest, next);
  return copy;
}

function valueAt(root: JsonValue, path: Path): JsonValue {
  let value: JsonValue = root;
  for (const key of path) value = (value as Record<string | number, JsonValue>)[key] ?? null;
  return value;
}

/** Applies the mutations one after another to a copy of `body`; the identity paths are never touched. */
export function mutate(body: JsonValue, mutations: readonly Mutation[], identity: readonly (readonly (string | number)[])[]): JsonValue {
  let value: JsonValue = structuredClone(body);
  for (const { at, kind, seed } of mutations) {
    const candidates = nodes(value).filter((path) => mutable(path, identity));
    const path = candidates[at % Math.max(candidates.length, 1)];
    if (!path) continue;
    value = replaced(value, path, changed(valueAt(value, path), kind, seed));
  }
  return value;
}
