import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema, getNamedType, isAbstractType, isIntrospectionType, isNonNullType, isObjectType, Kind, visit, type DocumentNode, type GraphQLObjectType, type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { SEED_CONVERSATION_ID } from '../../src/providers/bird/simulator/seed';
import { FOREIGN_LINK_ID, SEED_ID } from '../../src/providers/helpscout/simulator/seed';
import { SEED_SYSTEM_ID, SEED_USER_ID } from '../../src/providers/layer/simulator/seed';
import { SEED_MESSAGE_ID } from '../../src/providers/mailperformance/simulator/seed';
import { buildParleySchema } from '../../src/schema/build-schema';
import { VALUE_OBJECT } from '../../src/schema/value-object';
import * as operations from '../generated/graphql';
import { startHarness, type Harness } from '../support/harness';

// The rule normalised client caches need (Apollo InMemoryCache and urql graphcache key objects
// by __typename + id, Relay by id alone): every object type has a globally unique `id: ID!`, or
// is a documented value object (schema/value-objects.json and "Value object" in its description).

const VALUE_OBJECTS = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schema', 'value-objects.json'), 'utf8')) as string[];

/** Every type-level break of the rule, as `Type: reason`. */
function idRuleViolations(schema: GraphQLSchema, valueObjects: readonly string[]): string[] {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  const objects = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !isIntrospectionType(type) && !roots.has(type) && !type.name.startsWith('_'),
  );
  const listed = new Set(valueObjects);
  const violations = objects.flatMap((type) => {
    const id = type.getFields()['id'];
    const declared = (type.description ?? '').includes(VALUE_OBJECT);
    if (id) {
      const problems = [];
      if (!(isNonNullType(id.type) && getNamedType(id.type).name === 'ID')) problems.push(`${type.name}: id is ${id.type.toString()}, not ID!`);
      if (declared || listed.has(type.name)) problems.push(`${type.name}: has an id but is declared a value object`);
      return problems;
    }
    if (!listed.has(type.name)) return [`${type.name}: no id and not in schema/value-objects.json`];
    return declared ? [] : [`${type.name}: value object without "${VALUE_OBJECT}" in its description`];
  });
  const names = new Set(objects.map((type) => type.name));
  return [...violations, ...valueObjects.filter((name) => !names.has(name)).map((name) => `${name}: listed in schema/value-objects.json but not an object type`)];
}

/** The document with `__typename` in every selection set, as Apollo Client sends it. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: (node: SelectionSetNode): SelectionSetNode | undefined =>
      node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')
        ? undefined
        : { ...node, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...node.selections] },
  });
}

interface Seen {
  typename: string;
  id: string;
  /** The id of the nearest enclosing object that has one. */
  parentId: string | undefined;
  leaves: Record<string, string>;
}

/** Every object with an id in a response, with its scalar fields. */
function objectsWithIds(value: unknown, parentId: string | undefined, found: Seen[] = []): Seen[] {
  if (Array.isArray(value)) {
    for (const item of value) objectsWithIds(item, parentId, found);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const id = typeof record['id'] === 'string' ? record['id'] : undefined;
    if (id !== undefined && typeof record['__typename'] === 'string') {
      const leaves = Object.fromEntries(
        Object.entries(record).filter(([, v]) => typeof v !== 'object' || v === null || (Array.isArray(v) && v.every((i) => typeof i !== 'object'))).map(([k, v]) => [k, JSON.stringify(v)]),
      );
      found.push({ typename: record['__typename'], id, parentId, leaves });
    }
    for (const child of Object.values(record)) objectsWithIds(child, id ?? parentId, found);
  }
  return found;
}

describe('Ids safe for normalised client caches', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildParleySchema();
  });

  it('gives every object type an id: ID! or declares it a listed value object', () => {
    expect(idRuleViolations(schema, VALUE_OBJECTS)).toEqual([]);
  });

  it('names the types that break the rule', () => {
    const broken = buildSchema(`
      type Query { tag: HelpScoutTag, source: HelpScoutSource, extra: Extra, ok: Ok }
      "A Help Scout tag, with the upstream id Parley used to expose."
      type HelpScoutTag { id: Int!, tag: String }
      "Where a conversation came from."
      type HelpScoutSource { type: String }
      type Extra { name: String }
      "Fine. ${VALUE_OBJECT}"
      type Ok { name: String }
    `);
    expect(idRuleViolations(broken, ['HelpScoutSource', 'Ok', 'Gone'])).toEqual([
      'HelpScoutTag: id is Int!, not ID!',
      `HelpScoutSource: value object without "${VALUE_OBJECT}" in its description`,
      'Extra: no id and not in schema/value-objects.json',
      'Gone: listed in schema/value-objects.json but not an object type',
    ]);
  });

  describe('over the simulators', () => {
    let h: Harness;
    let seen: Seen[];
    beforeAll(async () => {
      h = await startHarness();
      const first = 5;
      const reads: [DocumentNode, Record<string, unknown>][] = [
        ...[SEED_ID, FOREIGN_LINK_ID, 1001, 1002].map((n): [DocumentNode, Record<string, unknown>] => [operations.HelpScoutConversationDocument, { id: `helpscout:${n}` }]),
        [operations.HelpScoutThreadsDocument, { id: `helpscout:${SEED_ID}`, first }],
        [operations.TextUsConversationDocument, { id: 'textus:kY1QwY' }],
        [operations.BirdConversationDocument, { id: `bird:${SEED_CONVERSATION_ID}`, first }],
        ...[SEED_SYSTEM_ID, SEED_USER_ID].map((id): [DocumentNode, Record<string, unknown>] => [operations.LayerConversationDocument, { id: `layer:${id}`, first }]),
        [operations.MailPerformanceConversationDocument, { id: `mailperformance:${SEED_MESSAGE_ID}` }],
        [operations.ProvidersDocument, {}],
        ...['HELP_SCOUT', 'TEXT_US', 'BIRD', 'LAYER'].map((name): [DocumentNode, Record<string, unknown>] => [operations.ProviderConversationsDocument, { name, first: 10 }]),
        [operations.HelpScoutListingDocument, { first: 40 }],
        ...['238604', '12', '5001', '5002'].map((id): [DocumentNode, Record<string, unknown>] => [operations.HelpScoutCustomerProfileDocument, { id: `helpscout:customer:${id}` }]),
      ];
      seen = [];
      for (const [document, variables] of reads) {
        const result = await h.query(withTypenames(document), variables);
        // Conversation 666's mailbox link leaves Help Scout's origin on purpose (the LINK_REJECTED demo).
        const foreignMailbox = variables['id'] === `helpscout:${FOREIGN_LINK_ID}`;
        expect((result.errors ?? []).map((e) => `${String(e.extensions?.['code'])} at ${e.path?.join('.')}`)).toEqual(foreignMailbox ? ['LINK_REJECTED at conversation.mailbox'] : []);
        objectsWithIds(result.data, undefined, seen);
      }
    });
    afterAll(() => h.stop());

    it('reads objects of every kind of id: nodes, parts, providers', () => {
      const typenames = new Set(seen.map((s) => s.typename));
      for (const typename of ['HelpScoutCustomField', 'HelpScoutTag', 'HelpScoutAttachment', 'HelpScoutContactEntry', 'TextUsTimeline', 'BirdChannel', 'ConversationProviderInfo']) {
        expect(typenames).toContain(typename);
      }
      expect(seen.length).toBeGreaterThan(200);
    });

    it('never gives one id to two types (Relay keys records by id alone)', () => {
      const typesById = new Map<string, Set<string>>();
      for (const { id, typename } of seen) typesById.set(id, (typesById.get(id) ?? new Set()).add(typename));
      expect([...typesById].filter(([, types]) => types.size > 1).map(([id, types]) => `${id}: ${[...types].join(', ')}`)).toEqual([]);
    });

    it("scopes every part's id by its parent object's id", () => {
      const parts = seen.filter((s) => s.id.includes('#'));
      expect(parts.length).toBeGreaterThan(50);
      expect(parts.filter((s) => s.parentId === undefined || !s.id.startsWith(`${s.parentId}#`)).map((s) => `${s.typename} ${s.id} under ${s.parentId}`)).toEqual([]);
    });

    it('shows the same values wherever an object that is not a node (a part, a provider) appears under one id', () => {
      const node = schema.getType('Node');
      const nodeTypes = new Set(isAbstractType(node) ? schema.getPossibleTypes(node).map((type) => type.name) : []);
      const own = seen.filter((s) => !nodeTypes.has(s.typename));
      expect(new Set(own.map((s) => s.typename))).toEqual(
        new Set(['ConversationProviderInfo', 'HelpScoutAttachment', 'HelpScoutContactEntry', 'HelpScoutCustomField', 'HelpScoutTag', 'TextUsTimeline']),
      );
      const first = new Map<string, Seen>();
      const conflicts: string[] = [];
      for (const s of own) {
        const earlier = first.get(`${s.typename}:${s.id}`);
        if (!earlier) first.set(`${s.typename}:${s.id}`, s);
        else for (const [field, value] of Object.entries(s.leaves)) if (field in earlier.leaves && earlier.leaves[field] !== value) conflicts.push(`${s.typename} ${s.id}.${field}: ${earlier.leaves[field]} vs ${value}`);
      }
      expect(conflicts).toEqual([]);
    });

    it('fetches every node it read again through node(id:) as the same type', async () => {
      const nodes = [...new Map(seen.filter((s) => !s.id.includes('#') && s.typename !== 'ConversationProviderInfo').map((s) => [s.id, s.typename]))];
      expect(nodes.length).toBeGreaterThan(50);
      const mismatches: string[] = [];
      for (let start = 0; start < nodes.length; start += 20) {
        const batch = nodes.slice(start, start + 20);
        const query = `query (${batch.map((_, i) => `$n${i}: ID!`).join(', ')}) { ${batch.map((_, i) => `n${i}: node(id: $n${i}) { __typename id }`).join(' ')} }`;
        const result = await h.query<Record<string, { __typename: string; id: string } | null>>(query, Object.fromEntries(batch.map(([id], i) => [`n${i}`, id])));
        batch.forEach(([id, typename], i) => {
          const node = result.data?.[`n${i}`];
          if (node?.__typename !== typename || node.id !== id) mismatches.push(`${typename} ${id}: ${JSON.stringify(node ?? result.errors?.find((e) => e.path?.[0] === `n${i}`))}`);
        });
      }
      expect(mismatches).toEqual([]);
    });

    it('refuses a part id in node(id:) and names the parent to fetch instead, without an upstream request', async () => {
      h.reset();
      const result = await h.query('{ node(id: "helpscout:123#customField/8") { id } }');
      expect(result.errors?.map((e) => ({ message: e.message, code: e.extensions?.['code'] }))).toEqual([
        { message: 'Id "helpscout:123#customField/8" names a part of "helpscout:123", not a node; fetch "helpscout:123" instead', code: 'BAD_USER_INPUT' },
      ]);
      expect(h.upstream()).toEqual([]);
    });
  });
});
