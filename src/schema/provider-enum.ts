import { registerEnumType } from 'type-graphql';
import type { ProviderIdentity } from '../kit/identity';

/**
 * The GraphQL `Provider` enum. Its values come from the registered providers' identities when
 * the schema is built, so adding a provider never means editing an enum. type-graphql reads
 * the object when it builds the schema, not when it is registered, so it is filled in place.
 */
export const ProviderEnum: Record<string, string> = {};
const valuesConfig: Record<string, { description: string }> = {};
let registered = false;

/** Fills the enum with one value per identity, in registry order. */
export function defineProviderEnum(identities: readonly ProviderIdentity[]): void {
  for (const key of Object.keys(ProviderEnum)) {
    delete ProviderEnum[key];
    delete valuesConfig[key];
  }
  for (const identity of identities) {
    ProviderEnum[identity.name] = identity.name;
    valuesConfig[identity.name] = { description: identity.description };
  }
  if (registered) return;
  registered = true;
  registerEnumType(ProviderEnum, {
    name: 'ConversationProvider',
    description: 'An upstream messaging or help-desk provider federated by Parley.',
    valuesConfig,
  });
}
