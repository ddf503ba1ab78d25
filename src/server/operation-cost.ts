import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLIncludeDirective,
  GraphQLList,
  GraphQLSkipDirective,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  typeFromAST,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * How many upstream requests an operation may send, estimated from its shape and variables
 * before anything runs (Apollo Router's "static estimated" demand control, counted in upstream
 * requests instead of abstract points). It is an upper bound that ignores embedding and
 * de-duplication: every selected object may cost one request, every connection one request per
 * started page, and what is selected under a list costs once per item.
 */
export interface CostOptions {
  /** Items assumed in a list that has no size argument (participants, recipients, …). */
  assumedListSize: number;
  /** Items per upstream page assumed for a connection's `first`. */
  pageSize: number;
  /** Sizes known exactly, by `Type.field` (e.g. `Query.providers` = the configured providers). */
  knownListSizes?: Readonly<Record<string, number>>;
}

export const DEFAULT_COST_OPTIONS: CostOptions = { assumedListSize: 10, pageSize: 20 };

interface Walk {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
  options: CostOptions;
}

/** Connection plumbing: the connection field itself already paid for its pages and items. */
function isStructural(parent: GraphQLCompositeType, field: string): boolean {
  return (parent.name.endsWith('Connection') && (field === 'edges' || field === 'pageInfo')) || (parent.name.endsWith('Edge') && field === 'node');
}

function included(walk: Walk, node: { readonly directives?: readonly DirectiveNode[] }): boolean {
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.['if'] === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.['if'] !== false;
  } catch {
    return true;
  }
}

/** What one field costs itself, and how many times what it selects is paid for. */
function fieldCost(walk: Walk, parent: GraphQLCompositeType, def: GraphQLField<unknown, unknown>, node: FieldNode): { own: number; items: number } {
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(def, node, walk.variables);
  } catch {
    // Execution refuses the same arguments with BAD_USER_INPUT before any request.
    return { own: 1, items: 1 };
  }
  // `_entities(representations:)` is a router's multi-get: each distinct representation is one
  // conversation to load, exactly like an id of `conversations(ids:)`.
  const ids = args['ids'] ?? args['representations'];
  if (Array.isArray(ids)) {
    const distinct = new Set(ids.map((key) => (typeof key === 'string' ? key : JSON.stringify(key)))).size;
    return { own: distinct, items: distinct };
  }
  const first = args['first'];
  if (typeof first === 'number' && getNamedType(def.type).name.endsWith('Connection')) {
    const items = Math.max(0, first);
    return { own: Math.max(1, Math.ceil(items / walk.options.pageSize)), items };
  }
  if (getNullableType(def.type) instanceof GraphQLList) {
    return { own: 1, items: walk.options.knownListSizes?.[`${parent.name}.${def.name}`] ?? walk.options.assumedListSize };
  }
  return { own: 1, items: 1 };
}

function selectionCost(walk: Walk, parent: GraphQLCompositeType, set: SelectionSetNode, times: number, path: ReadonlySet<string>): number {
  if (times === 0) return 0;
  let total = 0;
  for (const selection of set.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__') || !selection.selectionSet) continue;
      const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      const type = def ? getNamedType(def.type) : undefined;
      if (!def || !type || !isCompositeType(type)) continue;
      if (isStructural(parent, name)) {
        total += selectionCost(walk, type, selection.selectionSet, times, path);
        continue;
      }
      const { own, items } = fieldCost(walk, parent, def, selection);
      total += times * own + selectionCost(walk, type, selection.selectionSet, times * items, path);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const narrowed = selection.typeCondition ? typeFromAST(walk.schema, selection.typeCondition) : parent;
      if (narrowed && isCompositeType(narrowed)) total += selectionCost(walk, narrowed, selection.selectionSet, times, path);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      // Validation refuses fragment cycles; the path guard only keeps a bug from recursing forever.
      if (!fragment || path.has(name)) continue;
      const narrowed = typeFromAST(walk.schema, fragment.typeCondition);
      if (narrowed && isCompositeType(narrowed)) total += selectionCost(walk, narrowed, fragment.selectionSet, times, new Set([...path, name]));
    }
  }
  return total;
}

/**
 * The estimate for one operation. `variables` must already be coerced (defaults applied), so a
 * list of ids or a `first` sent as a variable is counted like a literal one.
 */
export function estimateOperationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
  options: CostOptions = DEFAULT_COST_OPTIONS,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost({ schema, fragments, variables, options }, root, operation.selectionSet, 1, new Set());
}
