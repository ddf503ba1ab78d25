import fc from 'fast-check';
import { MUTATION_KINDS, mutate } from './mutation';

const DOC = { id: 'c1', subject: 'Hi', owner: { id: 7, tags: ['a', 'b'] }, items: [{ id: 'm1', n: 1 }, { id: 'm2', n: 2 }] };
const arbMutations = fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom(...MUTATION_KINDS), seed: fc.nat() }), { minLength: 1, maxLength: 4 });

describe('mutate (the tolerance suites’ payload mutator)', () => {
  it('never touches the identity paths nor the document it is given (property)', () => {
    fc.assert(
      fc.property(arbMutations, (mutations) => {
        const before = structuredClone(DOC);
        const mutated = mutate(DOC, mutations, [['id']]) as Record<string, unknown>;
        expect(DOC).toEqual(before);
        expect(mutated['id']).toBe('c1');
      }),
      { numRuns: 300 },
    );
  });

  it('changes the document with every kind of mutation when it hits a list', () => {
    for (const kind of MUTATION_KINDS) {
      expect(mutate(DOC, [{ at: 3, kind, seed: 1 }], [['id']])).not.toEqual(DOC);
    }
  });
});
