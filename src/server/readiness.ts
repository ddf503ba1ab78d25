import type { Gateway } from '../gateway';

export type BreakerState = 'closed' | 'open' | 'half-open';

/** What the HTTP client of one provider reports about itself (HttpClient.health()). */
export interface ClientHealth {
  breaker: BreakerState;
  retryAfterSeconds: number | null;
  inFlight: number;
  queued: number;
}

export interface ProviderReadiness {
  name: string;
  slug: string;
  mode: string;
  /** Null when the provider's HTTP client does not report its state. */
  breaker: BreakerState | null;
  retryAfterSeconds: number | null;
  inFlight: number | null;
  queued: number | null;
}

function hasHealth(value: unknown): value is { health(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { health?: unknown }).health === 'function';
}

function field(value: object, name: string): unknown {
  return (value as Record<string, unknown>)[name];
}

const count = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * Reads `health()` when the client has one, checking every field: readiness must answer even
 * when a client reports something unexpected, so an odd value becomes null rather than an error.
 */
export function readClientHealth(http: unknown): Omit<ProviderReadiness, 'name' | 'slug' | 'mode'> {
  const unknownState = { breaker: null, retryAfterSeconds: null, inFlight: null, queued: null };
  if (!hasHealth(http)) return unknownState;
  let health: unknown;
  try {
    health = http.health();
  } catch {
    return unknownState;
  }
  if (typeof health !== 'object' || health === null) return unknownState;
  const breaker = field(health, 'breaker');
  return {
    breaker: breaker === 'closed' || breaker === 'open' || breaker === 'half-open' ? breaker : null,
    retryAfterSeconds: count(field(health, 'retryAfterSeconds')),
    inFlight: count(field(health, 'inFlight')),
    queued: count(field(health, 'queued')),
  };
}

export function providerReadiness(gateway: Gateway): ProviderReadiness[] {
  return gateway.runtimes.map((runtime) => ({
    name: runtime.adapter.identity.name,
    slug: runtime.adapter.identity.slug,
    mode: runtime.mode,
    ...readClientHealth(runtime.client.http),
  }));
}

/**
 * GET /ready: 200 while the server takes requests, 503 once it drains for shutdown, so a load
 * balancer stops sending new work first. An open breaker does not make the instance unready:
 * every instance shares the same upstreams, and pulling them all would turn one provider's
 * outage into a whole-service outage. The breaker states are there for operators to see.
 */
export function readiness(gateway: Gateway, draining: boolean): { status: 200 | 503; body: { status: 'ready' | 'draining'; providers: ProviderReadiness[] } } {
  return { status: draining ? 503 : 200, body: { status: draining ? 'draining' : 'ready', providers: providerReadiness(gateway) } };
}
