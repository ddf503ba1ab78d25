import {
  Kind, TypeInfo, visit, visitWithTypeInfo, isObjectType, isInterfaceType,
  type GraphQLResolveInfo, type GraphQLSchema,
} from 'graphql';

/**
 * Which `Type.field` pairs an operation selects anywhere, fragments included. Computed once per
 * operation (cheap: one walk of the document) and used for lookahead, e.g. asking Help Scout to
 * embed threads in the conversation request when the operation will read messages.
 */
export class OperationSelection {
  private constructor(
    private readonly schema: GraphQLSchema,
    private readonly pairs: ReadonlySet<string>,
  ) {}

  static from(info: GraphQLResolveInfo): OperationSelection {
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
