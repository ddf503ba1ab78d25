import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, parse } from 'graphql';
import { adapters } from '../../src/providers/registry';
import { startHarness, type Harness } from '../support/harness';

/** What a router sends Parley for conversations another subgraph references. */
const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on CommonConversation { id subject messages(first: 2) { edges { node { text } } } }
    }
  }
`;

const BY_IDS = /* GraphQL */ `
  query ByIds($ids: [ID!]!) {
    conversations(ids: $ids) {
      __typename
      ... on CommonConversation { id subject messages(first: 2) { edges { node { text } } } }
    }
  }
`;

interface Entity {
  __typename: string;
  id: string;
  subject: string | null;
}

const helpScout = (id: string): Record<string, string> => ({ __typename: 'HelpScoutConversation', id });
const anyProvider = (id: string): Record<string, string> => ({ __typename: 'CommonConversation', id });

/** Both SDLs as one canonical text: same types, fields and directives whatever their order. */
function canonical(sdl: string): string {
  return printSchemaWithDirectives(lexicographicSortSchema(buildSubgraphSchema(parse(sdl))));
}

describe('Parley as a subgraph: _entities over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  it('resolves two Help Scout representations with exactly the upstream requests of conversations(ids:), messages embedded by lookahead', async () => {
    const byIds = await h.query<{ conversations: Entity[] }>(BY_IDS, { ids: ['helpscout:123', 'helpscout:666'] });
    const viaIds = h.upstream();
    h.reset();
    const entities = await h.query<{ _entities: Entity[] }>(ENTITIES, { representations: [helpScout('helpscout:123'), helpScout('helpscout:666')] });
    expect(entities.errors).toBeUndefined();
    expect(entities.data?._entities).toEqual(byIds.data?.conversations);
    expect(entities.data?._entities.map((e) => [e.__typename, e.id, e.subject])).toEqual([
      ['HelpScoutConversation', 'helpscout:123', 'Help'],
      ['HelpScoutConversation', 'helpscout:666', 'Foreign link'],
    ]);
    // One request per conversation, threads embedded because the operation selects messages.
    expect(h.upstream()).toEqual(['GET /v2/conversations/123?embed=threads', 'GET /v2/conversations/666?embed=threads']);
    expect(h.upstream()).toEqual(viaIds);
  });

  it.each(adapters.map((adapter) => [adapter.identity.title, adapter] as const))(
    '%s: resolves the seed conversation by its type and by the entity interface with the requests of conversations(ids:)',
    async (_title, adapter) => {
      const id = `${adapter.identity.slug}:${adapter.simulator.demo.seedKey}`;
      const typeName = adapter.conversationType.name;
      const byIds = await h.query<{ conversations: Entity[] }>(BY_IDS, { ids: [id] });
      const viaIds = h.upstream();
      h.reset();
      const entities = await h.query<{ _entities: Entity[] }>(ENTITIES, { representations: [{ __typename: typeName, id }, anyProvider(id)] });
      expect(entities.errors).toBeUndefined();
      expect(entities.data?._entities).toEqual([byIds.data?.conversations[0], byIds.data?.conversations[0]]);
      expect(entities.data?._entities[0]?.__typename).toBe(typeName);
      expect(h.upstream()).toEqual(viaIds);
    },
  );

  it('fetches a conversation represented twice (by its type and by the entity interface) once', async () => {
    const result = await h.query<{ _entities: Entity[] }>(ENTITIES, { representations: [helpScout('helpscout:123'), anyProvider('helpscout:123')] });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((e) => e.id)).toEqual(['helpscout:123', 'helpscout:123']);
    expect(h.upstream()).toEqual(['GET /v2/conversations/123?embed=threads']);
  });

  it('resolves a CommonConversation representation to the concrete type of the provider its id names', async () => {
    const result = await h.query<{ _entities: Entity[] }>(ENTITIES, { representations: [anyProvider('textus:kY1QwY'), anyProvider('helpscout:123')] });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((e) => [e.__typename, e.id])).toEqual([
      ['TextUsConversation', 'textus:kY1QwY'],
      ['HelpScoutConversation', 'helpscout:123'],
    ]);
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY']);
  });

  it('refuses an id of another provider for the __typename with BAD_USER_INPUT in that slot and no request for it, keeping the others', async () => {
    const result = await h.query<{ _entities: (Entity | null)[] }>(ENTITIES, {
      representations: [helpScout('textus:kY1QwY'), helpScout('helpscout:123')],
    });
    expect(result.data?._entities.map((e) => e?.id ?? null)).toEqual([null, 'helpscout:123']);
    expect(result.errors).toEqual([
      {
        message: 'Id "textus:kY1QwY" is a TextUs conversation, not a HelpScoutConversation',
        locations: [{ line: 3, column: 5 }],
        path: ['_entities', 0],
        extensions: { code: 'BAD_USER_INPUT', provider: 'textus' },
      },
    ]);
    expect(h.upstream('textus')).toEqual([]);
    expect(h.upstream()).toEqual(['GET /v2/conversations/123?embed=threads']);
  });

  it.each([
    [{ __typename: 'HelpScoutConversation', id: 'helpscout:customer:12' }, 'Id "helpscout:customer:12" names a customer, not a conversation, so it cannot represent a HelpScoutConversation', 'helpscout'],
    [{ __typename: 'CommonConversation', id: 42 }, 'A CommonConversation representation needs its key field "id" as a string', undefined],
    [{ __typename: 'CommonConversation', id: 'nobody:1' }, 'Id "nobody:1" must start with a provider slug (helpscout, textus, bird, layer, mailperformance) and a colon', undefined],
  ])('refuses the representation %j with BAD_USER_INPUT and no upstream request', async (representation, message, provider) => {
    const result = await h.query<{ _entities: (Entity | null)[] }>(ENTITIES, { representations: [representation] });
    expect(result.data?._entities).toEqual([null]);
    expect(result.errors?.map((e) => [e.message, e.path, e.extensions])).toEqual([[message, ['_entities', 0], { code: 'BAD_USER_INPUT', ...(provider ? { provider } : {}) }]]);
    expect(h.upstream()).toEqual([]);
  });

  it('reports a field the provider sent broken at its _entities path (the field guard runs on the served subgraph schema)', async () => {
    h.simulator('helpscout').injectFault({ match: /^\/v2\/conversations\/123/, rewrite: (body) => ({ ...(body as object), subject: 42 }) });
    const result = await h.query<{ _entities: Entity[] }>(`query($r: [_Any!]!) { _entities(representations: $r) { ... on CommonConversation { id subject status } } }`, {
      r: [helpScout('helpscout:123')],
    });
    expect(result.data?._entities).toEqual([{ id: 'helpscout:123', subject: null, status: 'CLOSED' }]);
    expect(result.errors?.map((e) => [e.message, e.path, e.extensions])).toEqual([
      ['helpscout answered with data Parley cannot read: conversation.subject: Invalid input: expected string, received number', ['_entities', 0, 'subject'], { code: 'PROVIDER_BAD_RESPONSE', provider: 'helpscout' }],
    ]);
  });

  it('answers _service { sdl } with the committed schema/subgraph.graphql (same types, fields and directives)', async () => {
    const result = await h.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const committed = readFileSync(join(__dirname, '..', '..', 'schema', 'subgraph.graphql'), 'utf8');
    expect(canonical(result.data?._service.sdl ?? '')).toBe(canonical(committed));
    expect(result.data?._service.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])');
  });
});
