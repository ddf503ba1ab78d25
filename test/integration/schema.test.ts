import 'reflect-metadata';
import {
  isEnumType, isInterfaceType, isObjectType, isUnionType, isInputObjectType, isIntrospectionType, isSpecifiedScalarType,
  type GraphQLField, type GraphQLSchema,
} from 'graphql';
import { buildParleySchema } from '../../src/schema/build-schema';

describe('Schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildParleySchema();
  });

  it('makes Conversation a union of the five provider types, each implementing CommonConversation and Node', () => {
    const union = schema.getType('Conversation');
    if (!isUnionType(union)) throw new Error('Conversation is not a union');
    expect(union.getTypes().map((t) => t.name).sort()).toEqual([
      'BirdConversation', 'HelpScoutConversation', 'LayerConversation', 'MailPerformanceConversation', 'TextUsConversation',
    ]);
    for (const type of union.getTypes()) {
      expect(type.getInterfaces().map((i) => i.name).sort()).toEqual(['CommonConversation', 'Node']);
    }
  });

  it('has the contract root fields and no mutation or subscription root', () => {
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {}).sort()).toEqual(['conversation', 'conversations', 'node', 'provider', 'providers']);
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('implements Message and Participant in every provider', () => {
    const implementers = (name: string): string[] =>
      Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === name)).map((t) => t.name);
    for (const prefix of ['HelpScout', 'TextUs', 'Bird', 'Layer', 'MailPerformance']) {
      expect(implementers('Message').some((n) => n.startsWith(prefix))).toBe(true);
      expect(implementers('Participant').some((n) => n.startsWith(prefix))).toBe(true);
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
