import type { ProviderAdapter } from '../kit/contract';
import { birdAdapter } from './bird';
import { helpScoutAdapter } from './helpscout';
import { layerAdapter } from './layer';
import { mailPerformanceAdapter } from './mailperformance';
import { textUsAdapter } from './textus';

/**
 * Every provider Parley knows, in the order the schema and `providers` list them. The one
 * place that names providers: slugs, the `Provider` enum, the `Conversation` union, the
 * configuration docs and the contract suite all read this list. Adding a provider: create its
 * folder, add one line here.
 */
export const adapters: readonly ProviderAdapter[] = [
  helpScoutAdapter,
  textUsAdapter,
  birdAdapter,
  layerAdapter,
  mailPerformanceAdapter,
];
