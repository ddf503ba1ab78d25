import { collectDefaultMetrics, Registry } from 'prom-client';

let registry: Registry | undefined;

/**
 * prom-client's default process and Node.js metrics (CPU, memory, heap, event-loop lag, GC,
 * handles). They describe the process, not a server, so every server in the process shares this
 * one registry; it is made on the first scrape, so a process nobody scrapes runs none of its
 * observers (a GC observer and an event-loop delay histogram that cannot be stopped).
 */
export function processRegistry(): Registry {
  if (!registry) {
    registry = new Registry();
    collectDefaultMetrics({ register: registry });
  }
  return registry;
}
