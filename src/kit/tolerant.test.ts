import fc from 'fast-check';
import { z } from 'zod';
import { isJsonObject, type JsonValue } from './json';
import { readItem, readTolerant } from './tolerant';
import { Unreadable } from './defects';
import { keepRaw } from './wire';

const OPTIONS = { provider: 'example', what: 'conversation', identity: ['id'] } as const;

const zItem = keepRaw(z.object({ id: z.string(), name: z.string().nullish(), size: z.number().nullish() }));
const zDoc = z.object({
  id: z.string(),
  subject: z.string().nullish(),
  owner: z.object({ id: z.number(), email: z.string().nullish() }).nullish(),
  items: z.array(zItem).nullish(),
});

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of path) value = isJsonObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
  return value;
}

describe('readTolerant', () => {
  it('leaves out a part that does not validate, records it, and keeps raw untouched', () => {
    const body = { id: 'c1', subject: 7, owner: { id: 1, email: 'a@b.c' } };
    const read = readTolerant(zDoc, body, OPTIONS);
    expect(read.wire).toEqual({ id: 'c1', owner: { id: 1, email: 'a@b.c' } });
    expect(read.raw).toBe(body);
    expect(read.raw['subject']).toBe(7);
    expect(read.defects.messages).toEqual(['conversation.subject: Invalid input: expected string, received number']);
  });

  it('cuts the containing object when a required key inside it is missing', () => {
    const read = readTolerant(zDoc, { id: 'c1', owner: { email: 'a@b.c' } }, OPTIONS);
    expect(read.wire.owner).toBeUndefined();
    expect(read.defects.messages).toEqual(['conversation.owner: Invalid input: expected number, received undefined']);
  });

  it('drops an unreadable list item, shifts later defects to parsed indexes and keeps nested raw as sent', () => {
    const items = [{ id: 'a' }, { name: 'no id' }, { id: 'c', name: 5, size: 1 }];
    const read = readTolerant(zDoc, { id: 'c1', items }, OPTIONS);
    expect(read.wire.items?.map((item) => item.wire.id)).toEqual(['a', 'c']);
    expect(read.wire.items?.[1]?.raw).toBe(items[2]);
    expect(read.defects.under('items', 1).forFields()).toEqual({ provider: 'example', reasons: { name: 'conversation.items.2.name: Invalid input: expected string, received number' } });
    expect(read.defects.forFields({}, ['items'])?.reasons).toEqual({ items: 'conversation.items.1: Invalid input: expected string, received undefined' });
  });

  it('refuses the whole payload with PROVIDER_BAD_RESPONSE only when the identity is unreadable', () => {
    expect(() => readTolerant(zDoc, { id: 12, subject: 'x' }, OPTIONS)).toThrow(
      expect.objectContaining({ message: 'example answered with data Parley cannot read: conversation.id: Invalid input: expected string, received number', extensions: { code: 'PROVIDER_BAD_RESPONSE', provider: 'example' } }),
    );
    expect(() => readTolerant(zDoc, { subject: 'x' }, OPTIONS)).toThrow('conversation.id: Invalid input: expected string, received undefined');
    expect(() => readTolerant(zDoc, ['not', 'an', 'object'], OPTIONS)).toThrow('conversation: expected a JSON object');
  });

  it('reads a list item without an id as Unreadable keyed by a digest, and one with an id by that id', () => {
    const broken = readItem(zDoc, { subject: 'x' }, OPTIONS);
    const wrongType = readItem(zDoc, { id: 99 }, OPTIONS);
    expect(broken).toBeInstanceOf(Unreadable);
    expect((broken as Unreadable).key).toMatch(/^#[\w-]{16}$/);
    expect((wrongType as Unreadable).key).toBe('99');
    expect((wrongType as Unreadable).reason).toBe('conversation.id: Invalid input: expected string, received number');
  });

  const arbLeaf: fc.Arbitrary<JsonValue> = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null));
  const arbPart: fc.Arbitrary<JsonValue> = fc.oneof(arbLeaf, fc.dictionary(fc.constantFrom('id', 'email', 'name', 'size', 'x'), arbLeaf, { maxKeys: 4 }));
  const arbItems = fc.array(fc.oneof(arbPart, fc.record({ id: fc.string({ maxLength: 3 }), name: arbLeaf, size: arbLeaf })), { maxLength: 6 });
  const arbDoc = fc.record(
    { id: fc.string({ maxLength: 4 }), subject: arbLeaf, owner: arbPart, items: fc.oneof(arbLeaf, arbItems) },
    { requiredKeys: ['id'] },
  );

  it('never fails a payload whose id is readable, never changes it, keeps every readable part as sent and names every cut part (property)', () => {
    fc.assert(
      fc.property(arbDoc, (doc) => {
        const before = structuredClone(doc);
        const read = readTolerant(zDoc, doc, OPTIONS);
        expect(doc).toEqual(before);
        const cut = new Set(read.defects.messages.map((message) => /^conversation\.(\w+)/.exec(message)?.[1]));
        for (const key of ['subject', 'owner'] as const) {
          // zod drops keys the schema does not name (`raw` keeps them), so a kept object is a subset.
          const kept = read.wire[key];
          if (isJsonObject(kept)) expect(doc[key]).toMatchObject(kept);
          else if (kept !== undefined) expect(kept).toEqual(doc[key]);
          else if (doc[key] !== undefined && doc[key] !== null) expect(cut.has(key)).toBe(true);
        }
        const items = read.wire.items ?? [];
        for (const item of items) expect(Array.isArray(doc.items) && doc.items.includes(item.raw)).toBe(true);
        if (Array.isArray(doc.items) && items.length < doc.items.length) expect(cut.has('items')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('points every defect inside a kept list item at that same item in the parsed value (property)', () => {
    fc.assert(
      fc.property(arbItems, (items) => {
        const read = readTolerant(zDoc, { id: 'c', items }, OPTIONS);
        const parsed = read.wire.items ?? [];
        parsed.forEach((item, index) => {
          const reasons = read.defects.under('items', index).forFields()?.reasons ?? {};
          for (const reason of Object.values(reasons)) {
            const [, rawIndex] = /^conversation\.items\.(\d+)\./.exec(reason) ?? [];
            expect(valueAt(items, [Number(rawIndex)])).toBe(item.raw);
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});
