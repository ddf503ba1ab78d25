import 'reflect-metadata';
import {
  isEnumType, isInterfaceType, isObjectType, isUnionType, isInputObjectType, isIntrospectionType, isSpecifiedScalarType,
  type GraphQLField, type GraphQLSchema,
} from 'graphql';
import { adapters } from '../../src/providers/registry';
import { buildParleySchema } from '../../src/schema/build-schema';

describe('Schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildParleySchema();
  });

  it('makes Conversation a union of every registered provider type, each implementing CommonConversation and Node', () => {
    const union = schema.getType('Conversation');
    if (!isUnionType(union)) throw new Error('Conversation is not a union');
    expect(union.getTypes().map((t) => t.name).sort()).toEqual(adapters.map((adapter) => adapter.conversationType.name).sort());
    expect(union.getTypes()).toHaveLength(5);
    for (const type of union.getTypes()) {
      expect(type.getInterfaces().map((i) => i.name).sort()).toEqual(['CommonConversation', 'Node']);
    }
  });

  it("has the contract root fields, Federation's _entities and _service, and no mutation or subscription root", () => {
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {}).sort()).toEqual(['_entities', '_service', 'conversation', 'conversations', 'node', 'provider', 'providers']);
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('has one Provider enum value per registered provider, in registry order, described', () => {
    const provider = schema.getType('ConversationProvider');
    if (!isEnumType(provider)) throw new Error('Provider is not an enum');
    expect(provider.getValues().map((v) => [v.name, v.description])).toEqual(adapters.map((a) => [a.identity.name, a.identity.description]));
  });

  it('implements Message and Participant in every registered provider', () => {
    const implementing = (name: string, types: readonly { name: string }[]): boolean =>
      types.some((type) => {
        const found = schema.getType(type.name);
        return isObjectType(found) && found.getInterfaces().some((i) => i.name === name);
      });
    for (const adapter of adapters) {
      expect([adapter.identity.slug, implementing('ConversationMessage', adapter.types)]).toEqual([adapter.identity.slug, true]);
      expect([adapter.identity.slug, implementing('ConversationParticipant', adapter.types)]).toEqual([adapter.identity.slug, true]);
    }
  });

  it('documents every type, field, argument and enum value (Studio shows them)', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of (field as GraphQLField<unknown, unknown>).args ?? []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
