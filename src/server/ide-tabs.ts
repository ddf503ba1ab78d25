import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type OperationDefinitionNode, type TypeNode } from 'graphql';
import type { IdeTab } from './ide-page';

/** What the IDE needs to fill an example's variables with a provider's demo data. */
export interface DemoProvider {
  slug: string;
  /** The `ConversationProvider` enum value (`HELP_SCOUT`). */
  name: string;
  /** GraphQL name of the provider's conversation type, to tell which provider an example is about. */
  conversationType: string;
  /** Native key of the simulator's seed conversation (`123` for `helpscout:123`). */
  seedKey: string;
}

/** When `schema/operations` is not shipped (a trimmed image), the IDE still opens with a query that runs. */
const FALLBACK_TAB: IdeTab = { query: '# Configured providers and their modes.\n{\n  providers {\n    name\n    mode\n  }\n}\n' };

/** The repository's `schema/operations`, found upwards from this file (src/server or dist/src/server). */
export function findOperationsDirectory(from: string = __dirname): string | undefined {
  for (let dir = from, depth = 0; depth < 6; dir = dirname(dir), depth += 1) {
    const candidate = join(dir, 'schema', 'operations');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function namedType(type: TypeNode): { name: string; list: boolean } {
  if (type.kind === Kind.NON_NULL_TYPE) return namedType(type.type);
  if (type.kind === Kind.LIST_TYPE) return { name: namedType(type.type).name, list: true };
  return { name: type.name.value, list: false };
}

/** Demo values for the variables an example declares; others are left for the user to fill. */
function demoVariables(operation: OperationDefinitionNode, providers: readonly DemoProvider[]): Record<string, unknown> {
  const typeConditions = new Set<string>();
  visit(operation, { InlineFragment: (node) => void (node.typeCondition && typeConditions.add(node.typeCondition.name.value)) });
  const provider = providers.find((p) => typeConditions.has(p.conversationType)) ?? providers[0];
  const variables: Record<string, unknown> = {};
  if (!provider) return variables;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = namedType(definition.type);
    if (type.name === 'ID') variables[name] = type.list ? providers.map((p) => `${p.slug}:${p.seedKey}`) : `${provider.slug}:${provider.seedKey}`;
    else if (type.name.endsWith('Provider') && !type.list) variables[name] = provider.name;
    else if (name === 'first' && type.name === 'Int') variables[name] = 5;
  }
  return variables;
}

/** Each definition's text with the comment lines above it (everything since the previous definition). */
function definitionTexts(source: string, document: DocumentNode): Map<DefinitionNode, string> {
  const texts = new Map<DefinitionNode, string>();
  let previousEnd = 0;
  for (const definition of document.definitions) {
    const end = definition.loc?.end ?? source.length;
    texts.set(definition, source.slice(previousEnd, end).trim());
    previousEnd = end;
  }
  return texts;
}

/** The fragments an operation spreads, directly or through other fragments. */
function usedFragments(operation: OperationDefinitionNode, document: DocumentNode): DefinitionNode[] {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const used = new Set<string>();
  const walk = (node: DefinitionNode): void => {
    visit(node, {
      FragmentSpread: (spread) => {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || used.has(spread.name.value)) return;
        used.add(spread.name.value);
        walk(fragment);
      },
    });
  };
  walk(operation);
  return [...used].flatMap((name) => fragments.get(name) ?? []);
}

/**
 * One tab per example operation in `schema/operations/*.graphql` (the documents the integration
 * tests and codegen use), with the fragments it needs and demo variables from the simulators'
 * seed data. A file that does not parse is shown whole, so the IDE still opens.
 */
export function exampleTabs(directory: string | undefined, providers: readonly DemoProvider[]): IdeTab[] {
  if (!directory) return [FALLBACK_TAB];
  const files = readdirSync(directory).filter((file) => file.endsWith('.graphql')).sort();
  const tabs = files.flatMap((file): IdeTab[] => {
    const source = readFileSync(join(directory, file), 'utf8');
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch {
      return [{ query: source }];
    }
    const texts = definitionTexts(source, document);
    return document.definitions.flatMap((definition): IdeTab[] => {
      if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
      const query = [definition, ...usedFragments(definition, document)].map((d) => texts.get(d) ?? '').join('\n\n');
      const variables = demoVariables(definition, providers);
      return [{ query: `${query}\n`, ...(Object.keys(variables).length > 0 ? { variables: JSON.stringify(variables, null, 2) } : {}) }];
    });
  });
  return tabs.length > 0 ? tabs : [FALLBACK_TAB];
}
