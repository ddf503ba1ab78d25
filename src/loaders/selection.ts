import {
  Kind, TypeInfo, visit, visitWithTypeInfo, isObjectType, isInterfaceType,
  type GraphQLResolveInfo, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';

/**
 * Which `Type.field` pairs an operation selects anywhere, fragments included. Computed once per
 * operation (cheap: one walk of the document) and used for lookahead, e.g. asking Help Scout to
 * embed threads in the conversation request when the operation will read messages.
 */
const byOperation = new WeakMap<OperationDefinitionNode, OperationSelection>();

export class OperationSelection {
  private constructor(
    private readonly schema: GraphQLSchema,
    private readonly pairs: ReadonlySet<string>,
  ) {}

  /**
   * Apollo's document cache hands the same operation node to every request for one query
   * text, so the walk happens once per distinct operation, not once per request.
   */
  static from(info: GraphQLResolveInfo): OperationSelection {
    let cached = byOperation.get(info.operation);
    if (!cached || cached.schema !== info.schema) {
      cached = OperationSelection.walk(info);
      byOperation.set(info.operation, cached);
    }
    return cached;
  }

  private static walk(info: GraphQLResolveInfo): OperationSelection {
    const pairs = new Set<string>();
    const typeInfo = new TypeInfo(info.schema);
    const document = { kind: Kind.DOCUMENT, definitions: [info.operation, ...Object.values(info.fragments)] } as const;
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          if (parent) pairs.add(`${parent.name}.${node.name.value}`);
        },
      }),
    );
    return new OperationSelection(info.schema, pairs);
  }

  /** True when `field` is selected on `typeName` or on any interface `typeName` implements. */
  selects(typeName: string, field: string): boolean {
    if (this.pairs.has(`${typeName}.${field}`)) return true;
    const type = this.schema.getType(typeName);
    if (!isObjectType(type) && !isInterfaceType(type)) return false;
    return type.getInterfaces().some((iface) => this.pairs.has(`${iface.name}.${field}`));
  }
}
