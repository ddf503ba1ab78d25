import { print } from 'graphql';
import { ConversationDeepDocument, ProviderConversationsDocument } from '../generated/graphql';
import { silentLogger } from '../../src/logger';
import { createServer, type ParleyServer } from '../../src/server';
import { startHarness, type Harness } from '../support/harness';

/**
 * Finding 2 (first half): an operation's fan-out is estimated before it runs and refused over
 * the limit with no upstream request. Before this limit, the fan-out attack below was answered
 * with 3,000 upstream GETs: aliases, ids sent as variables (so the 2000-token cap never sees
 * them) and the 100 kB body cap all let it through.
 */

const REFUSAL = (estimated: number, max: number): string =>
  `This operation could send up to ${estimated} upstream requests, more than this server's limit of ${max}; ` +
  'ask for fewer ids or a smaller `first`, or split it into several operations';

/** `count` aliases of `conversations(ids:)`, each with its own variable of `size` distinct ids. */
function fanOut(count: number, size: number): { query: string; variables: Record<string, string[]> } {
  const names = Array.from({ length: count }, (_, i) => `ids${i}`);
  const query = `query FanOut(${names.map((n) => `$${n}: [ID!]!`).join(', ')}) { ${names
    .map((n, i) => `a${i}: conversations(ids: $${n}) { ... on CommonConversation { id } }`)
    .join(' ')} }`;
  const variables = Object.fromEntries(names.map((n, i) => [n, Array.from({ length: size }, (_, j) => `helpscout:${10_000 + i * size + j}`)]));
  return { query, variables };
}

async function post(url: URL, body: unknown): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe('Operation cost limit (PARLEY_MAX_OPERATION_COST)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  it('refuses 30 aliases × conversations(ids:) of 100 ids from variables (a 59.5 kB request) with 400 and 0 upstream requests', async () => {
    const attack = fanOut(30, 100);
    expect(JSON.stringify(attack).length).toBeGreaterThan(55_000);
    expect(JSON.stringify(attack).length).toBeLessThan(100 * 1024);
    const { status, body } = await post(h.url, attack);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      { message: REFUSAL(3000, 1000), extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', estimatedCost: 3000, maxCost: 1000 } },
    ]);
    expect(h.upstream()).toEqual([]);
  });

  it('counts each distinct _entities representation like an id, so 12 aliases × 100 representations (1,200) are refused with 0 upstream requests', async () => {
    // A router sends entity batches as `_entities(representations:)`; before this count they were
    // estimated as 10 items each, so the same fan-out as `conversations(ids:)` got through.
    const names = Array.from({ length: 12 }, (_, i) => `r${i}`);
    const query = `query Entities(${names.map((n) => `$${n}: [_Any!]!`).join(', ')}) { ${names
      .map((n, i) => `e${i}: _entities(representations: $${n}) { ... on CommonConversation { id } }`)
      .join(' ')} }`;
    const variables = Object.fromEntries(
      names.map((n, i) => [n, Array.from({ length: 100 }, (_, j) => ({ __typename: 'HelpScoutConversation', id: `helpscout:${10_000 + i * 100 + j}` }))]),
    );
    const { status, body } = await post(h.url, { query, variables });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { message: REFUSAL(1200, 1000), extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', estimatedCost: 1200, maxCost: 1000 } },
    ]);
    expect(h.upstream()).toEqual([]);
  });

  it('counts a representation repeated in one _entities list once, as the loader fetches it once', async () => {
    const representations = Array.from({ length: 40 }, () => ({ __typename: 'HelpScoutConversation', id: 'helpscout:123' }));
    const query = 'query One($r: [_Any!]!) { _entities(representations: $r) { ... on CommonConversation { id } } }';
    const { status, body } = await post(h.url, { query, variables: { r: representations } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(h.upstream()).toHaveLength(1);
  });

  it('refuses nested connections whose `first` values multiply past the limit, written inline', async () => {
    // provider 1 + 5 listing pages (of 20) + 100 conversations × (5 message pages + 100 senders) = 10,506.
    const query = `{ provider(name: HELP_SCOUT) { conversations(first: 100) { edges { node { ... on CommonConversation {
      messages(first: 100) { edges { node { sender { displayName } } } } } } } } } }`;
    const { status, body } = await post(h.url, { query });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'COST_ESTIMATED_TOO_EXPENSIVE', estimatedCost: 10_506, maxCost: 1000 });
    expect(h.upstream()).toEqual([]);
  });

  it('counts `first` sent as a variable like a literal one', async () => {
    const { status, body } = await post(h.url, { query: ProviderConversationsLarge, variables: { first: 100, messages: 100 } });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['estimatedCost']).toBe(10_506);
    expect(h.upstream()).toEqual([]);
  });

  it('does not count a connection skipped with @skip(if: true)', async () => {
    const { body } = await post(h.url, { query: ProviderConversationsLarge, variables: { first: 100, messages: 100, skip: true } });
    expect(body.errors).toBeUndefined();
    expect(h.upstream('helpscout')).toHaveLength(4);
  });

  it('answers the ordinary shapes of docs/query-shapes.md with their usual upstream requests', async () => {
    const deep = await post(h.url, { query: print(ConversationDeepDocument), variables: { id: 'layer:90a3dd7e-59f2-4369-a522-a3e4f767af10', first: 20 } });
    expect(deep.body.errors).toBeUndefined();
    expect(h.upstream('layer')).toHaveLength(4);
    h.reset();
    const listed = await post(h.url, { query: print(ProviderConversationsDocument), variables: { name: 'TEXT_US', first: 20 } });
    expect(listed.body.errors).toBeUndefined();
    expect(h.upstream('textus')).toHaveLength(21);
  });

  it('answers a multi-get of 100 ids (the most conversations(ids:) takes) and 30 aliases of one deep conversation', async () => {
    const hundred = fanOut(1, 100);
    const multi = await post(h.url, hundred);
    expect(multi.status).toBe(200);
    expect(multi.body.errors).toHaveLength(100); // unknown ids: one NOT_FOUND per slot, after 100 requests
    expect(h.upstream('helpscout')).toHaveLength(100);
    h.reset();
    const aliases = Array.from({ length: 30 }, (_, i) => `c${i}: conversation(id: "helpscout:123") { ... on CommonConversation { participants { id } messages(first: 20) { edges { node { sender { id } } } } } }`);
    const thirty = await post(h.url, { query: `{ ${aliases.join(' ')} }` });
    expect(thirty.body.errors).toBeUndefined();
    expect(h.upstream('helpscout')).toHaveLength(1);
  });

  describe('with PARLEY_MAX_OPERATION_COST=100', () => {
    let server: ParleyServer;
    let url: URL;
    beforeAll(async () => {
      server = await createServer({ gateway: h.gateway, logger: silentLogger, production: false, env: { PARLEY_MAX_OPERATION_COST: '100' } });
      url = await server.listen(0, '127.0.0.1');
    });
    afterAll(() => server.stop());

    it('answers an operation estimated at exactly the limit (60 + 40 distinct ids)', async () => {
      const { status } = await post(url, { query: TwoLists, variables: { a: ids(0, 60), b: ids(60, 40) } });
      expect(status).toBe(200);
      expect(h.upstream('helpscout')).toHaveLength(100);
    });

    it('refuses one more id (60 + 41) with the configured limit in the error and no upstream request', async () => {
      const { status, body } = await post(url, { query: TwoLists, variables: { a: ids(0, 60), b: ids(60, 41) } });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.message).toBe(REFUSAL(101, 100));
      expect(h.upstream()).toEqual([]);
    });

    it('counts a repeated id once, as the loaders fetch it once', async () => {
      const { status } = await post(url, { query: TwoLists, variables: { a: [...ids(0, 60), ...ids(0, 60)], b: ids(60, 40) } });
      expect(status).toBe(200);
    });
  });
});

const ProviderConversationsLarge = `query Large($first: Int!, $messages: Int!, $skip: Boolean = false) {
  provider(name: HELP_SCOUT) { conversations(first: $first) { edges { node { ... on CommonConversation {
    id messages(first: $messages) @skip(if: $skip) { edges { node { sender { displayName } } } } } } } } } }`;

const TwoLists = `query Two($a: [ID!]!, $b: [ID!]!) { a: conversations(ids: $a) { __typename } b: conversations(ids: $b) { __typename } }`;

function ids(from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `helpscout:${20_000 + from + i}`);
}

