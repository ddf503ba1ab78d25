import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { badResponse } from '../errors/parley-error';
import { compiled } from './compiled';
import { Defects, Unreadable, type WirePath } from './defects';
import { isJsonObject, type JsonObject } from './json';

/** A payload read tolerantly: what validated, the untouched JSON, and what was left out. */
export interface Tolerant<T> {
  wire: T;
  raw: JsonObject;
  defects: Defects;
}

export interface TolerantOptions {
  provider: string;
  /** What was read, for messages: `conversation`, `thread`… */
  what: string;
  /** Top-level keys without which the object is not this object (its id): losing one fails it. */
  identity: readonly string[];
}

/** Rounds of leaving parts out before a payload is given up on (each round handles every issue zod reported). */
const MAX_ROUNDS = 8;

/**
 * Copies made while leaving parts out, mapped to the objects as sent, so nested `keepRaw`
 * schemas still expose the untouched object even when a part of it was left out.
 */
const ORIGINALS = new WeakMap<object, JsonObject>();

/** The object as the provider sent it, for an object `readTolerant` may have copied. */
export function originalOf(value: JsonObject): JsonObject {
  return ORIGINALS.get(value) ?? value;
}

type Cut = { path: WirePath; issue: readonly string[]; message: string };

function valueAt(root: unknown, path: WirePath): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** The part to leave out for one issue: the value at its path, or its container when the value is missing. */
function cutFor(root: unknown, path: readonly PropertyKey[]): WirePath {
  const keys = path.filter((key): key is string | number => typeof key !== 'symbol');
  return valueAt(root, keys) === undefined ? keys.slice(0, -1) : keys;
}

function isPrefix(prefix: WirePath, path: WirePath): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

/** Copy-on-write removal: objects lose the key, lists lose the item; the input is never changed. */
function without(root: unknown, path: WirePath): unknown {
  if (path.length === 0) return undefined;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy: unknown[] = [...(root as unknown[])];
    if (rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = without(copy[Number(head)], rest);
    return copy;
  }
  if (!isJsonObject(root)) return root;
  const copy: JsonObject = { ...root };
  ORIGINALS.set(copy, originalOf(root));
  if (rest.length === 0) delete copy[String(head)];
  else copy[String(head)] = without(root[String(head)], rest) as JsonObject;
  return copy;
}

/** Deepest first and, within a list, the highest index first: removals never shift one another. */
function byRemovalOrder(a: Cut, b: Cut): number {
  const n = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.path[i] as string | number;
    const y = b.path[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(x) < String(y) ? -1 : 1;
  }
  return b.path.length - a.path.length;
}

/** A list item removed: its list (in the coordinates of the moment) and its index. */
type Removal = { parent: WirePath; index: number };

/** Moves `path` across one removal: `step` -1 after it (forward), +1 to undo it (back to the payload as sent). */
function shift(path: (string | number)[], removal: Removal, step: 1 | -1): void {
  const depth = removal.parent.length;
  const index = path[depth];
  if (path.length <= depth || typeof index !== 'number' || !isPrefix(removal.parent, path)) return;
  if (step === -1 ? index > removal.index : index >= removal.index) path[depth] = index + step;
}

/**
 * Tracks cuts in two coordinate systems: `path` in the payload as sent (for messages, matching
 * `raw`), `at` in the value being parsed, where a dropped list item moves later items up.
 */
class CutLog {
  readonly defects: { path: WirePath; at: (string | number)[]; message: string }[] = [];
  private readonly removals: Removal[] = [];

  record(at: WirePath, message: string): void {
    // A part cut because an earlier cut left it incomplete: report the first cause, at the part.
    const inner = this.defects.filter((defect) => defect.at.length > at.length && isPrefix(at, defect.at));
    const cause = inner[0];
    if (cause) {
      for (const defect of inner) this.defects.splice(this.defects.indexOf(defect), 1);
      this.defects.push({ path: cause.path, at: [...at], message: cause.message });
      return;
    }
    const path = [...at];
    for (let i = this.removals.length - 1; i >= 0; i -= 1) shift(path, this.removals[i] as Removal, 1);
    this.defects.push({ path, at: [...at], message });
  }

  removed(at: WirePath): void {
    const index = at[at.length - 1];
    if (typeof index !== 'number') return;
    const removal = { parent: at.slice(0, -1), index };
    for (const defect of this.defects) shift(defect.at, removal, -1);
    this.removals.push(removal);
  }
}

/**
 * Reads an upstream object as a tolerant reader: when the schema refuses part of it, that part
 * is left out (a key becomes absent, a list item is dropped) and recorded as a defect, and the
 * rest is read again. Only a payload whose identity keys cannot be read, or that is not an
 * object at all, fails as a whole (PROVIDER_BAD_RESPONSE). Schemas therefore make every
 * non-identity key optional; the mapper turns each defect into an error on the field that
 * shows it, raised only when a query selects that field.
 */
export function readTolerant<S extends z.ZodType>(schema: S, body: unknown, options: TolerantOptions): Tolerant<z.output<S>> {
  const read = attempt(schema, body, options);
  if ('reason' in read) throw badResponse(options.provider, read.reason);
  return read;
}

function attempt<S extends z.ZodType>(schema: S, body: unknown, options: TolerantOptions): Tolerant<z.output<S>> | { reason: string } {
  const { provider, what, identity } = options;
  if (!isJsonObject(body)) return { reason: `${what}: expected a JSON object` };
  const fast = compiled(schema);
  let input: unknown = body;
  // Created at the first refusal: a payload that validates as sent tracks no cuts.
  let log: CutLog | undefined;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const result = fast.safeParse(input);
    if (result.success) return { wire: result.data, raw: body, defects: log ? Defects.of(provider, what, log.defects) : Defects.none };
    log ??= new CutLog();
    const found = result.error.issues
      .map((issue) => ({ path: cutFor(input, issue.path), issue: issue.path.map(String), message: issue.message }))
      .sort(byRemovalOrder);
    const cuts: Cut[] = [];
    for (const cut of found) {
      const top = cut.path[0];
      if (top === undefined || (cut.path.length === 1 && identity.includes(String(top)))) {
        return { reason: `${what}.${cut.issue.join('.') || '(root)'}: ${cut.message}` };
      }
      // A cut inside a part this round removes anyway (or the same part twice) is moot.
      if (found.some((other) => other !== cut && isPrefix(other.path, cut.path) && other.path.length < cut.path.length)) continue;
      if (cuts.some((done) => done.path.length === cut.path.length && isPrefix(done.path, cut.path))) continue;
      cuts.push(cut);
    }
    for (const cut of cuts) log.record(cut.path, cut.message);
    for (const cut of cuts) {
      input = without(input, cut.path);
      log.removed(cut.path);
    }
  }
  return { reason: `${what}: too many unreadable parts` };
}

/**
 * Reads one list item: the item, or an `Unreadable` that keeps its place in the list (a null
 * node with this error at its path), keyed by its raw id when it has one.
 */
export function readItem<S extends z.ZodType>(schema: S, body: unknown, options: TolerantOptions): Tolerant<z.output<S>> | Unreadable {
  const read = attempt(schema, body, options);
  return 'reason' in read ? new Unreadable(options.provider, read.reason, unreadableKey(body), body) : read;
}

/** A key for an item whose id cannot be read: its raw id when it is a scalar, else a digest of the item. */
export function unreadableKey(body: unknown): string {
  const id = isJsonObject(body) ? body['id'] : undefined;
  if (typeof id === 'string' || typeof id === 'number') return String(id);
  return `#${createHash('sha1').update(JSON.stringify(body) ?? 'undefined').digest('base64url').slice(0, 16)}`;
}

/**
 * The identity check of a get-by-id: an upstream that answers a request for A with B is
 * PROVIDER_BAD_RESPONSE, never B served under A's id (and cached under it for the operation).
 */
export function expectIdentity(provider: string, what: string, asked: string, answered: string): void {
  if (asked !== answered) throw badResponse(provider, `asked for ${what} ${asked}, got ${answered}`);
}
