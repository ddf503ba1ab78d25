import { startGateway, type StartedGateway } from '../../src/bootstrap';
import { silentLogger } from '../../src/logger';
import { printParleySchema, printSubgraphSdl } from '../../src/schema/build-schema';
import { createServer, type ParleyServer } from '../../src/server';
import { readServerSettings } from '../../src/server/settings';
import { configErrorOf } from '../support/errors';

async function post(url: URL, query: string): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown> } };
}

describe('PARLEY_RELAY_NODE: who owns Query.node', () => {
  it('is on by default and accepts on and off in any case', () => {
    expect(readServerSettings({}).relayNode).toBe(true);
    expect(readServerSettings({ PARLEY_RELAY_NODE: 'OFF' }).relayNode).toBe(false);
    expect(readServerSettings({ PARLEY_RELAY_NODE: 'on' }).relayNode).toBe(true);
  });

  it('stops start-up on any other value, naming the variable', () => {
    expect(configErrorOf(() => readServerSettings({ PARLEY_RELAY_NODE: 'false' })).message).toBe('PARLEY_RELAY_NODE: must be on or off');
  });

  it('leaves node out of the subgraph SDL and the API schema when off, and keeps the Node interface and every id', async () => {
    const [on, off, apiOff] = [await printSubgraphSdl(), await printSubgraphSdl({ relayNode: false }), await printParleySchema({ relayNode: false })];
    expect(on).toContain('\n  node(\n');
    expect(off).not.toContain('\n  node(\n');
    expect(apiOff).not.toContain('\n  node(\n');
    expect(off).toContain('\ninterface Node {');
    // Nothing else changes: the SDL without node is the SDL with node minus that one field.
    expect(on.replace(/\n {2}"""Relay node lookup[^"]*"""\n {2}node\([\s\S]*?\): Node\n\n/, '\n')).toBe(off);
  });

  describe('served with PARLEY_RELAY_NODE=off', () => {
    let started: StartedGateway;
    let server: ParleyServer;
    let url: URL;
    beforeAll(async () => {
      started = await startGateway({}, { simulateAll: true });
      server = await createServer({ gateway: started.gateway, logger: silentLogger, production: false, env: { PARLEY_RELAY_NODE: 'off' } });
      url = await server.listen(0, '127.0.0.1');
    });
    afterAll(async () => {
      await server.stop();
      await started.stop();
    });

    it('refuses node(id:) as a field the schema does not have, and still answers conversations and _entities', async () => {
      const node = await post(url, '{ node(id: "helpscout:123") { id } }');
      expect(node.status).toBe(400);
      expect(node.body.errors?.map((e) => [e.message, e.extensions?.['code']])).toEqual([['Cannot query field "node" on type "Query".', 'GRAPHQL_VALIDATION_FAILED']]);
      const entities = await post(url, '{ _entities(representations: [{ __typename: "CommonConversation", id: "helpscout:123" }]) { __typename } conversation(id: "textus:kY1QwY") { __typename } }');
      expect(entities.body).toEqual({ data: { _entities: [{ __typename: 'HelpScoutConversation' }], conversation: { __typename: 'TextUsConversation' } } });
    });

    it('reports an SDL without node in _service, so a router composes it beside the subgraph that owns Relay node', async () => {
      const sdl = await post(url, '{ _service { sdl } }');
      const text = (sdl.body.data?.['_service'] as { sdl: string }).sdl;
      expect(text).toContain('conversation(');
      expect(text).not.toMatch(/\n {2}node\(/);
    });
  });
});
