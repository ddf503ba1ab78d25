import type { ProviderAdapter } from '../../src/kit/contract';
import { failure } from '../support/errors';
import { useSimulated, withSimulated } from '../support/provider-fixture';

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; provider: unknown; message: string }> {
  const error = await failure(promise);
  return { code: error.code, provider: error.extensions['provider'], message: error.message };
}

/**
 * The contract every provider adapter meets, run once per registered provider against its own
 * simulator, with the demo facts the simulator publishes (`adapter.simulator.demo`).
 */
export function defineProviderContract(adapter: ProviderAdapter): void {
  const fixture = adapter.simulator.demo;
  const { slug } = adapter.identity;
  describe(`${adapter.identity.title} adapter contract`, () => {
    const sim = useSimulated(adapter);

    it("points the adapter at its simulator only through variables the adapter declares, credentials included", () => {
      const env = adapter.simulator.create().env(new URL('http://127.0.0.1:1/'));
      const declared = adapter.envVars.map((variable) => variable.name);
      expect(Object.keys(env).filter((name) => !declared.includes(name))).toEqual([]);
      expect(adapter.hasCredentials(env)).toBe(true);
    });

    it('maps the seed conversation to an instance of its conversation type', async () => {
      const conversation = await sim.client.fetchConversation(sim.client.parseKey(fixture.seedKey), sim.io());
      expect(conversation).toBeInstanceOf(adapter.conversationType);
      expect(conversation).toMatchObject(fixture.expected);
      expect(typeof conversation.raw).toBe('object');
    });

    it('round-trips the returned id through parseKey to the same canonical key', async () => {
      const key = sim.client.parseKey(fixture.seedKey);
      const conversation = await sim.client.fetchConversation(key, sim.io());
      expect(conversation.id.startsWith(`${slug}:`)).toBe(true);
      expect(sim.client.parseKey(conversation.id.slice(slug.length + 1))).toBe(key);
    });

    it('answers NOT_FOUND with the provider slug when the upstream has no such conversation', async () => {
      const error = await codeOf(sim.client.fetchConversation(sim.client.parseKey(fixture.missingKey), sim.io()));
      expect(error).toMatchObject({ code: 'NOT_FOUND', provider: slug });
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
      expect(error).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: slug });
    });

    it.each(fixture.malformedKeys)('refuses malformed key %j before any request', (key) => {
      expect(() => sim.client.parseKey(key)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
      expect(sim.upstream()).toEqual([]);
    });

    it('answers UNAUTHENTICATED without the credential in the message when credentials are refused', async () => {
      await withSimulated(adapter, fixture.badCredentials, async (wrong) => {
        const error = await codeOf(wrong.client.fetchConversation(wrong.client.parseKey(fixture.seedKey), wrong.io()));
        expect(error).toMatchObject({ code: 'UNAUTHENTICATED', provider: slug });
        expect(error.message).not.toContain(fixture.secret);
      });
    });
  });
}
