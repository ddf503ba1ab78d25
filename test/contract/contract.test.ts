import { adapters } from '../../src/providers/registry';
import { defineProviderContract } from './provider-contract';

// Every registered provider, discovered from the registry: a new provider is covered without a file here.
for (const adapter of adapters) defineProviderContract(adapter);
