import fc from 'fast-check';
import { build, type FieldsOf } from './build';
import { DEFECTS, type WithDefects } from './defects';

abstract class Base {
  id!: string;
  note!: string | null;
}

class Leaf extends Base {
  count!: number | null;
  /** Declared only: no class field is emitted for it, so a fresh instance does not list it. */
  declare extra: string;

  label(): string {
    return `${this.id}:${String(this.count)}`;
  }
}

/** `build` as it was: `Object.assign` onto a fresh instance. */
function assigned(fields: FieldsOf<Leaf>): Leaf {
  return Object.assign(new Leaf(), fields);
}

describe('build', () => {
  it('gives an instance of the class with every field set, in the order the classes declare them', () => {
    const leaf = build(Leaf, { count: 2, extra: 'x', note: null, id: 'a' });
    expect(leaf).toBeInstanceOf(Leaf);
    expect(Object.keys(leaf)).toEqual(['id', 'note', 'count', 'extra']);
    expect(leaf.label()).toBe('a:2');
  });

  it('copies a field the class declares without emitting it', () => {
    expect(build(Leaf, { id: 'b', note: 'n', count: null, extra: 'kept' }).extra).toBe('kept');
  });

  it('attaches field defects under a symbol, out of the keys, and nothing when there are none', () => {
    const defects = { provider: 'acme', reasons: { note: 'acme.note: expected string' } };
    const broken = build(Leaf, { id: 'c', note: null, count: 1, extra: '' }, defects);
    expect((broken as WithDefects)[DEFECTS]).toBe(defects);
    expect(Object.keys(broken)).not.toContain(DEFECTS);
    expect(Object.getOwnPropertySymbols(build(Leaf, { id: 'd', note: null, count: 1, extra: '' }))).toEqual([]);
  });

  it('builds the same object Object.assign built, for any values (property)', () => {
    const value = fc.oneof(fc.string(), fc.constant(null));
    fc.assert(
      fc.property(fc.string(), value, fc.oneof(fc.integer(), fc.constant(null)), fc.string(), (id, note, count, extra) => {
        const fields = { id, note, count, extra };
        const built = build(Leaf, fields);
        expect(built).toStrictEqual(assigned(fields));
        expect(Object.keys(built)).toEqual(Object.keys(assigned(fields)));
      }),
    );
  });
});
