import { ConversationDeepDocument, ConversationsByIdsDocument } from '../generated/graphql';
import { NAIVE } from '../../src/loaders/create-loaders';
import { startHarness, type Harness } from '../support/harness';

/**
 * The benchmark's naive baseline must differ from Parley only in how many requests it makes,
 * never in the data: otherwise the comparison in docs/benchmarks.md would be meaningless.
 */
describe('Naive loader policy (benchmark baseline)', () => {
  let efficient: Harness;
  let naive: Harness;
  beforeAll(async () => {
    [efficient, naive] = await Promise.all([startHarness(), startHarness({}, { loaderPolicy: NAIVE })]);
  });
  afterAll(() => Promise.all([efficient.stop(), naive.stop()]));
  beforeEach(() => {
    efficient.reset();
    naive.reset();
  });

  it.each(['helpscout:123', 'textus:kY1QwY', 'bird:907798f8-fd72-44d5-8042-fcc05c1bb570', 'layer:90a3dd7e-59f2-4369-a522-a3e4f767af10', 'mailperformance:6dc5cd3d-e233-4359-be70-088833f89bff'])(
    'returns the same messages, senders and participants for %s with at least as many requests',
    async (id) => {
      const [a, b] = await Promise.all([efficient.query(ConversationDeepDocument, { id, first: 20 }), naive.query(ConversationDeepDocument, { id, first: 20 })]);
      expect(b.errors).toBeUndefined();
      expect(b.data).toEqual(a.data);
      expect(naive.upstream().length).toBeGreaterThanOrEqual(efficient.upstream().length);
    },
  );

  it('fetches a repeated id every time it is asked for', async () => {
    await naive.query(ConversationsByIdsDocument, { ids: ['helpscout:123', 'helpscout:123', 'helpscout:123'] });
    expect(naive.upstream('helpscout')).toEqual(Array(3).fill('GET /v2/conversations/123'));
  });
});
