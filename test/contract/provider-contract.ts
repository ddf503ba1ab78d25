import type { ProviderAdapter } from '../../src/providers/adapter';
import type { Env } from '../../src/providers/shared/env';
import { ParleyError } from '../../src/errors/parley-error';
import { connectSimulated, type SimulatedClient } from '../support/provider-fixture';

/** What each provider supplies so the same contract runs against it. */
export interface ProviderContractFixture {
  adapter: ProviderAdapter;
  /** Native key of the seed conversation, as in the contract's demo id. */
  seedKey: string;
  /** Common fields the seed conversation must map to (checked with toMatchObject). */
  expected: Record<string, unknown>;
  /** A well-formed key the simulator does not know (404 upstream). */
  missingKey: string;
  /** Keys that must be refused before any request. */
  malformedKeys: string[];
  /** Environment overrides that make the simulator refuse the credentials (401). */
  badCredentials: Env;
  /** Matches the path of the conversation request, to aim injected faults at it. */
  conversationPath: RegExp;
  /** The credential value itself, which must never appear in an error. */
  secret: string;
}

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; provider: unknown; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ParleyError) return { code: error.code, provider: error.extensions['provider'], message: error.message };
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** The contract every provider adapter meets, run once per provider. */
export function defineProviderContract(fixture: ProviderContractFixture): void {
  const { adapter } = fixture;
  describe(`${adapter.title} adapter contract`, () => {
    let sim: SimulatedClient;
    beforeAll(async () => {
      sim = await connectSimulated(adapter);
    });
    afterAll(() => sim.stop());
    beforeEach(() => sim.simulator.reset());

    it('maps the seed conversation to an instance of its conversation type', async () => {
      const conversation = await sim.client.fetchConversation(sim.client.parseKey(fixture.seedKey), sim.io());
      expect(conversation).toBeInstanceOf(adapter.conversationType);
      expect(conversation).toMatchObject(fixture.expected);
      expect(typeof conversation.raw).toBe('object');
    });

    it('round-trips the returned id through parseKey to the same canonical key', async () => {
      const key = sim.client.parseKey(fixture.seedKey);
      const conversation = await sim.client.fetchConversation(key, sim.io());
      expect(conversation.id.startsWith(`${adapter.slug}:`)).toBe(true);
      expect(sim.client.parseKey(conversation.id.slice(adapter.slug.length + 1))).toBe(key);
    });

    it('answers NOT_FOUND with the provider slug when the upstream has no such conversation', async () => {
      const error = await codeOf(sim.client.fetchConversation(sim.client.parseKey(fixture.missingKey), sim.io()));
      expect(error).toMatchObject({ code: 'NOT_FOUND', provider: adapter.slug });
    });

    it('answers PROVIDER_BAD_RESPONSE when the body is truncated JSON', async () => {
      sim.simulator.injectFault({ match: fixture.conversationPath, reply: { status: 200, rawBody: '{"id": "tr' } });
      const error = await codeOf(sim.client.fetchConversation(sim.client.parseKey(fixture.seedKey), sim.io()));
      expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    });

    it('answers PROVIDER_BAD_RESPONSE when the body has the wrong shape', async () => {
      sim.simulator.injectFault({ match: fixture.conversationPath, reply: { status: 200, body: { id: { nested: true }, unexpected: [1, 2] } } });
      const error = await codeOf(sim.client.fetchConversation(sim.client.parseKey(fixture.seedKey), sim.io()));
      expect(error.code).toBe('PROVIDER_BAD_RESPONSE');
    });

    it('answers PROVIDER_UNAVAILABLE when the upstream fails with 503', async () => {
      sim.simulator.injectFault({ match: fixture.conversationPath, reply: { status: 503, body: { message: 'down' } }, times: 5 });
      const error = await codeOf(sim.client.fetchConversation(sim.client.parseKey(fixture.seedKey), sim.io()));
      expect(error).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: adapter.slug });
    });

    it.each(fixture.malformedKeys)('refuses malformed key %j before any request', (key) => {
      expect(() => sim.client.parseKey(key)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
      expect(sim.upstream()).toEqual([]);
    });

    it('answers UNAUTHENTICATED without the credential in the message when credentials are refused', async () => {
      const wrong = await connectSimulated(adapter, fixture.badCredentials);
      try {
        const error = await codeOf(wrong.client.fetchConversation(wrong.client.parseKey(fixture.seedKey), wrong.io()));
        expect(error).toMatchObject({ code: 'UNAUTHENTICATED', provider: adapter.slug });
        expect(error.message).not.toContain(fixture.secret);
      } finally {
        await wrong.stop();
      }
    });
  });
}
