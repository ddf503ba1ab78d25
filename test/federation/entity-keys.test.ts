import { Gateway } from '../../src/gateway';
import type { ProviderAdapter } from '../../src/kit/contract';
import { silentLogger } from '../../src/logger';
import { adapters } from '../../src/providers/registry';
import { buildParleySchema } from '../../src/schema/build-schema';
import { createServer } from '../../src/server';
import { keylessAdapter } from './keyless/keyless.adapter';

// Registered the way a new provider is (test/example-provider): one registry line.
jest.mock('../../src/providers/registry', () => {
  const actual = jest.requireActual<{ adapters: readonly ProviderAdapter[] }>('../../src/providers/registry');
  const { keylessAdapter: keyless } = jest.requireActual<{ keylessAdapter: ProviderAdapter }>('./keyless/keyless.adapter');
  return { adapters: [...actual.adapters, keyless] };
});

const MESSAGE =
  'KeylessConversation has no @key(fields: "id"): every conversation type is a Federation entity keyed by its global id. ' +
  `Add @Directive('@key(fields: "id")') above its @ObjectType (docs/adding-a-provider.md).`;

describe('a provider conversation type without @key(fields: "id")', () => {
  it('is registered next to the five providers', () => {
    expect(adapters.map((adapter) => adapter.identity.slug)).toEqual(['helpscout', 'textus', 'bird', 'layer', 'mailperformance', 'keyless']);
    expect(adapters.at(-1)).toBe(keylessAdapter);
  });

  it('makes the schema build fail with a message naming the type', async () => {
    await expect(buildParleySchema()).rejects.toThrow(MESSAGE);
  });

  it('stops server start-up (createServer rejects) with the same message', async () => {
    await expect(createServer({ gateway: new Gateway([]), logger: silentLogger, production: false, env: {} })).rejects.toThrow(MESSAGE);
  });
});
