import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType, isInterfaceType, isObjectType, Kind, parse, type GraphQLSchema } from 'graphql';
import { composeSupergraph, CompositionFailed, type CompositionProblem, type SubgraphSource } from '../../scripts/supergraph/compose';
import { parseComposeArgs, subgraphSources } from '../../scripts/compose-supergraph';
import { printSubgraphSdl } from '../../src/schema/build-schema';

const read = (...path: string[]): string => readFileSync(join(__dirname, ...path), 'utf8');
/** Parley's subgraph SDL as committed (what `rover subgraph publish` sends; npm test checks it against the code). */
const PARLEY = read('..', '..', 'schema', 'subgraph.graphql');
const TICKETS = read('subgraphs', 'tickets.graphql');

const parley = (sdl = PARLEY): SubgraphSource => ({ name: 'parley', url: 'http://127.0.0.1:4000/graphql', sdl });
const tickets: SubgraphSource = { name: 'tickets', url: 'http://127.0.0.1:4001/graphql', sdl: TICKETS };
const relayOwner: SubgraphSource = { name: 'relay', url: 'http://127.0.0.1:4002/graphql', sdl: read('subgraphs', 'relay-owner.graphql') };

function problemsOf(subgraphs: SubgraphSource[]): CompositionProblem[] {
  try {
    composeSupergraph(subgraphs);
  } catch (error) {
    if (error instanceof CompositionFailed) return [...error.problems];
    throw error;
  }
  throw new Error('expected composition to fail');
}

function typeKind(schema: GraphQLSchema, name: string): string {
  const type = schema.getType(name);
  if (isObjectType(type)) return 'object';
  if (isInterfaceType(type)) return 'interface';
  if (isEnumType(type)) return `enum ${type.getValues().map((value) => value.name).join(' ')}`;
  return type ? 'other' : 'missing';
}

describe('Parley in a supergraph (@apollo/composition 2.14)', () => {
  it('marks every provider conversation type and CommonConversation @key(fields: "id") and PageInfo @shareable in the committed SDL', () => {
    const directivesOf = (name: string): string[] => {
      const definition = parse(PARLEY).definitions.find((node) => 'name' in node && node.name?.value === name);
      return definition && 'directives' in definition ? (definition.directives ?? []).map((d) => `@${d.name.value}${d.arguments?.map((a) => `(${a.name.value}: ${a.value.kind === Kind.STRING ? a.value.value : '?'})`).join('') ?? ''}`) : [];
    };
    for (const name of ['CommonConversation', 'HelpScoutConversation', 'TextUsConversation', 'BirdConversation', 'LayerConversation', 'MailPerformanceConversation']) {
      expect([name, directivesOf(name)]).toEqual([name, ['@key(fields: id)']]);
    }
    expect(directivesOf('PageInfo')).toEqual(['@shareable']);
    expect(PARLEY.startsWith('extend schema\n  @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])\n')).toBe(true);
  });

  it('composes with a second subgraph that has its own Message, Provider enum and PageInfo, without errors or hints', () => {
    const { apiSchema, hints } = composeSupergraph([parley(), tickets]);
    expect(hints).toEqual([]);
    // Both teams' types side by side, each under its own name.
    expect(typeKind(apiSchema, 'Message')).toBe('object');
    expect(typeKind(apiSchema, 'ConversationMessage')).toBe('interface');
    expect(typeKind(apiSchema, 'Provider')).toBe('enum WEB_FORM EMAIL PHONE');
    expect(typeKind(apiSchema, 'ConversationProvider')).toBe('enum BIRD HELP_SCOUT LAYER MAIL_PERFORMANCE TEXT_US');
    // The second subgraph extends every conversation through @interfaceObject, storing only the id.
    const conversation = apiSchema.getType('CommonConversation');
    expect(isInterfaceType(conversation) && Object.keys(conversation.getFields())).toContain('tickets');
    const query = Object.keys(apiSchema.getQueryType()?.getFields() ?? {});
    expect(query.sort()).toEqual(['conversation', 'conversations', 'node', 'provider', 'providers', 'tickets']);
  });

  it('fails with the errors the issue reports when Parley still had the generic names (Message, Provider, a non-shareable PageInfo)', () => {
    const problems = problemsOf([parley(read('subgraphs', 'parley-before-revision-2.graphql')), tickets]);
    const byCode = (code: string): string[] => problems.filter((p) => p.code === code).map((p) => p.message);
    expect(byCode('TYPE_KIND_MISMATCH')).toEqual(['Type "Message" has mismatched kind: it is defined as Interface Type in subgraph "parley" but Object Type in subgraph "tickets"']);
    expect(byCode('INVALID_FIELD_SHARING')).toEqual(
      ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'].map(
        (field) => `Non-shareable field "PageInfo.${field}" is resolved from multiple subgraphs: it is resolved from subgraphs "parley" and "tickets" and defined as non-shareable in subgraph "parley"`,
      ),
    );
    expect(byCode('ENUM_VALUE_MISMATCH')).toHaveLength(8);
    expect(byCode('ENUM_VALUE_MISMATCH')[0]).toBe(
      'Enum type "Provider" is used as both input type (for example, as type of "Query.provider(name:)") and output type (for example, as type of "Message.provider"), but value "HELP_SCOUT" is not defined in all the subgraphs defining "Provider": "HELP_SCOUT" is defined in subgraph "parley" but not in subgraph "tickets"',
    );
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['TYPE_KIND_MISMATCH', 'INTERFACE_OBJECT_USAGE_ERROR', 'INVALID_FIELD_SHARING', 'ENUM_VALUE_MISMATCH']));
  });

  it('refuses a second Query.node with INVALID_FIELD_SHARING while Parley owns Relay node (the default)', () => {
    expect(problemsOf([parley(), relayOwner])).toEqual([
      {
        code: 'INVALID_FIELD_SHARING',
        message: 'Non-shareable field "Query.node" is resolved from multiple subgraphs: it is resolved from subgraphs "parley" and "relay" and defined as non-shareable in all of them',
      },
    ]);
  });

  it('composes beside the subgraph that owns Relay node when Parley leaves node out (PARLEY_RELAY_NODE=off)', async () => {
    const { apiSchema, hints } = composeSupergraph([parley(await printSubgraphSdl({ relayNode: false })), tickets, relayOwner]);
    expect(hints).toEqual([]);
    expect(Object.keys(apiSchema.getQueryType()?.getFields() ?? {}).sort()).toEqual(['conversation', 'conversations', 'node', 'provider', 'providers', 'tickets']);
  });

  it('reads supergraph:compose arguments: files named by base name, routing URLs from --url, Parley first', () => {
    const args = parseComposeArgs(['--out', 'out/super.graphql', '--url', 'subgraphs=http://127.0.0.1:4001/graphql?a=b', 'subgraphs/tickets.graphql'], __dirname);
    expect(args.out).toBe(join(__dirname, 'out', 'super.graphql'));
    expect(args.files).toEqual([join(__dirname, 'subgraphs', 'tickets.graphql')]);
    // The file's base name is its subgraph name: this one would be "tickets", which has no URL.
    expect(() => subgraphSources(args, PARLEY)).toThrow('No routing URL for subgraph "tickets"');
    const sources = subgraphSources({ ...args, urls: new Map([...args.urls, ['tickets', 'http://127.0.0.1:4001/graphql']]) }, PARLEY);
    expect(sources.map(({ name, url }) => [name, url])).toEqual([
      ['parley', 'http://localhost:4000/graphql'],
      ['tickets', 'http://127.0.0.1:4001/graphql'],
    ]);
    expect(sources[1]?.sdl).toBe(TICKETS);
    expect(() => parseComposeArgs(['--url', 'tickets'], __dirname)).toThrow('--url takes NAME=URL, got "tickets"');
  });
});
