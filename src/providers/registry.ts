import type { ClassType } from 'type-graphql';
import type { ProviderAdapter } from './adapter';
import { birdAdapter } from './bird';
import { helpScoutAdapter } from './helpscout';
import { layerAdapter } from './layer';
import { mailPerformanceAdapter } from './mailperformance';
import { textUsAdapter } from './textus';

/** Every provider Parley knows. Adding a provider: create its folder, add it here. */
export const adapters: readonly ProviderAdapter[] = [
  helpScoutAdapter,
  textUsAdapter,
  birdAdapter,
  layerAdapter,
  mailPerformanceAdapter,
];

export function providerConversationTypes(): ClassType[] {
  return adapters.map((adapter) => adapter.conversationType);
}

/** Object types that no root field names directly; type-graphql needs them listed. */
export function providerTypes(): ClassType[] {
  return adapters.flatMap((adapter) => [adapter.conversationType, ...adapter.types]);
}
