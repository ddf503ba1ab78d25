import { badResponse, type ParleyError } from '../errors/parley-error';

/** Where a part of an upstream payload sits: object keys and list indexes from the parsed root. */
export type WirePath = readonly (string | number)[];

/** One part of an upstream payload that did not validate and was left out of the parsed value. */
export interface Defect {
  /** Where it is in the payload as sent (what operators find in `raw`). */
  path: WirePath;
  /** Where it is in the parsed value, after items left out before it closed up their lists. */
  at: WirePath;
  message: string;
}

/**
 * The GraphQL fields of one built object whose upstream part could not be read, with the
 * reason. The schema's field guard (`guardFields`) turns a selected entry into a
 * PROVIDER_BAD_RESPONSE error at that field's path; an object nobody selects costs nothing.
 */
export interface FieldDefects {
  provider: string;
  /** Per field: why its upstream part is unreadable (raised as PROVIDER_BAD_RESPONSE). */
  reasons: Readonly<Record<string, string>>;
  /**
   * Per field: the error of a fetch its value needed (a lookahead fetch made while mapping), so
   * it keeps its own code (`RATE_LIMITED` with `retryAfter`, `PROVIDER_UNAVAILABLE`…).
   */
  errors?: Readonly<Record<string, ParleyError>>;
}

/** Symbol-keyed, so it is never a GraphQL field and never in `raw` or a JSON rendering. */
export const DEFECTS: unique symbol = Symbol('parley.defects');

export interface WithDefects {
  [DEFECTS]?: FieldDefects;
}

/** Attaches field defects to a built object (nothing at all when there are none). */
export function attachDefects<T extends object>(target: T, defects: FieldDefects | undefined): T {
  if (defects !== undefined) Object.defineProperty(target, DEFECTS, { value: defects, enumerable: false });
  return target;
}

/**
 * One object's field defects from several sources (its own keys, a part nested under
 * `_embedded`, a lookahead fetch): for a field named twice, the earlier source wins.
 */
export function mergeDefects(...parts: readonly (FieldDefects | undefined)[]): FieldDefects | undefined {
  const present = parts.filter((part): part is FieldDefects => part !== undefined);
  const [first] = present;
  if (present.length <= 1) return first;
  const reasons: Record<string, string> = {};
  const errors: Record<string, ParleyError> = {};
  for (const part of [...present].reverse()) {
    Object.assign(reasons, part.reasons);
    Object.assign(errors, part.errors);
  }
  return { provider: first?.provider ?? '', reasons, ...(Object.keys(errors).length > 0 ? { errors } : {}) };
}

/** The error a guarded field throws: the provider, what was read and the upstream path. */
export function fieldError(defects: FieldDefects, field: string): ParleyError | undefined {
  const failed = defects.errors?.[field];
  if (failed) return failed;
  const reason = defects.reasons[field];
  return reason === undefined ? undefined : badResponse(defects.provider, reason);
}

function render(path: WirePath): string {
  return path.length === 0 ? '(root)' : path.join('.');
}

/**
 * The defects of one parsed payload, scoped to one object inside it. Mappers hand each nested
 * object its own scope (`under`), so a broken leaf is reported at the nested field that shows
 * it, and `forFields` names the GraphQL fields of the object being built.
 */
export class Defects {
  static readonly none = new Defects('', '', []);

  constructor(
    private readonly provider: string,
    private readonly what: string,
    private readonly entries: readonly { path: WirePath; rel: WirePath; message: string }[],
  ) {}

  static of(provider: string, what: string, defects: readonly Defect[]): Defects {
    if (defects.length === 0) return Defects.none;
    return new Defects(provider, what, defects.map((d) => ({ path: d.path, rel: d.at, message: d.message })));
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  /** Every defect as `what.path: message` (for logs and whole-payload failures). */
  get messages(): string[] {
    return this.entries.map((e) => `${this.what}.${render(e.path)}: ${e.message}`);
  }

  /** The defects inside the part at `prefix` (relative to this scope), with `prefix` removed. */
  under(...prefix: WirePath): Defects {
    if (this.entries.length === 0) return this;
    const inside = this.entries.filter((e) => e.rel.length > prefix.length && prefix.every((key, i) => e.rel[i] === key));
    if (inside.length === 0) return Defects.none;
    return new Defects(this.provider, this.what, inside.map((e) => ({ ...e, rel: e.rel.slice(prefix.length) })));
  }

  /**
   * The GraphQL fields of this object that show a defect. A defect belongs to the field named
   * like its first wire key, and to every field whose `sources` list that key (a field can be
   * computed from several keys). Keys in `nested` are parts a nested mapper reports itself (via
   * `under`): only their complete loss is reported here.
   */
  forFields(sources: Readonly<Record<string, readonly string[]>> = {}, nested: readonly string[] = []): FieldDefects | undefined {
    if (this.entries.length === 0) return undefined;
    const reasons: Record<string, string> = {};
    const add = (field: string, reason: string): void => {
      reasons[field] ??= reason;
    };
    for (const entry of this.entries) {
      const key = entry.rel[0];
      if (key === undefined) continue;
      const keyName = String(key);
      // A nested part's own leaves are its mapper's; here only its loss, or an item left out of it.
      if (nested.includes(keyName) && entry.rel.length > (typeof entry.rel[1] === 'number' ? 2 : 1)) continue;
      const reason = `${this.what}.${render(entry.path)}: ${entry.message}`;
      add(keyName, reason);
      for (const [field, keys] of Object.entries(sources)) if (keys.includes(keyName)) add(field, reason);
    }
    return Object.keys(reasons).length === 0 ? undefined : { provider: this.provider, reasons };
  }
}

/**
 * A list item (a listed conversation, a message on a page) whose identity could not be read:
 * its edge stays in the connection with a null node and this error at the node's path.
 */
export class Unreadable {
  constructor(
    readonly provider: string,
    /** Why, as `what.path: message` (the error message adds who answered). */
    readonly reason: string,
    /** Finds the item again on its page (its raw id when it has one, else a digest of it). */
    readonly key: string,
    readonly raw: unknown,
  ) {}
}

/** The defects of an edge whose node is unreadable. */
export function unreadableNode(item: Unreadable): FieldDefects {
  return { provider: item.provider, reasons: { node: item.reason } };
}
