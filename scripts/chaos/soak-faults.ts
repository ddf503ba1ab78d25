import type { Fault, SimulatedProvider } from '../../src/simulator/sim-server';

/**
 * The soak's fault schedule: every few seconds one provider gets one kind of fault, rotating so
 * each provider gets each kind in turn. Bursts are short: some are absorbed by retries, some
 * open the breaker (30 s in the gateway process, as shipped), so the soak runs through healthy,
 * retried, fast-failing and half-open paths rather than an always-open breaker.
 */

/** The gateway process's per-attempt timeout in the soak: hangs outlast it threefold. */
export const SOAK_UPSTREAM_TIMEOUT_MS = 1000;

interface FaultKind {
  kind: string;
  /** `credential`: the provider's own secret, for the fault that echoes it in an error body. */
  fault(credential: string): Fault;
}

const KINDS: readonly FaultKind[] = [
  { kind: '503 burst', fault: () => ({ reply: { status: 503, body: { message: 'Service Unavailable' } }, times: 6 }) },
  { kind: 'hang', fault: () => ({ delayMs: SOAK_UPSTREAM_TIMEOUT_MS * 3, times: 3 }) },
  { kind: 'connection reset', fault: () => ({ drop: true, times: 4 }) },
  { kind: '429 with Retry-After: 3', fault: () => ({ reply: { status: 429, headers: { 'retry-after': '3' }, body: { message: 'Too Many Requests' } }, times: 1 }) },
  { kind: 'malformed body', fault: () => ({ reply: { status: 200, rawBody: '{"_embedded": {"conversations": [{"id": ', contentType: 'application/json' }, times: 5 }) },
  // Finding 5: upstream error text must never reach clients, and is logged only redacted.
  { kind: '500 echoing the credential', fault: (credential) => ({ reply: { status: 500, body: { message: `db postgres://parley:${credential}@db/prod failed; key ${credential.toUpperCase()}` } }, times: 3 }) },
];

export const FAULT_KINDS = KINDS.map((k) => k.kind);

/** The secret a simulator's environment hands the gateway (token or key). */
function credentialOf(sim: SimulatedProvider): string {
  const entry = Object.entries(sim.env()).find(([name]) => /TOKEN|KEY|SECRET/.test(name));
  return entry?.[1] ?? 'no-credential';
}

/**
 * Injects the `i`-th fault of the rotation; the pairing (2·block + kind) mod 5 covers all 30
 * pairs in 30 steps. The previous fault is cleared first: while a breaker is open nothing
 * reaches its upstream, so a leftover fault would wait for the half-open probe, fail it and
 * keep that provider open for another 30 s, and faults would pile up into a permanent outage.
 */
export function injectScheduled(i: number, simulators: Map<string, SimulatedProvider>): string {
  for (const sim of simulators.values()) sim.reset();
  const sims = [...simulators.entries()];
  const kind = KINDS[i % KINDS.length];
  const target = sims[(2 * Math.floor(i / KINDS.length) + (i % KINDS.length)) % sims.length];
  if (!kind || !target) return 'none';
  const [slug, sim] = target;
  sim.injectFault(kind.fault(credentialOf(sim)));
  return `${slug} ${kind.kind}`;
}
