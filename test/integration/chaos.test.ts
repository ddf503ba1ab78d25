import { runChaos, SHORT, table, type ChaosRow } from '../../scripts/chaos';

/**
 * The short chaos run (`npm run chaos` runs the same scenarios with larger figures, adds the
 * soak, and writes docs/reliability.md). Asserts the invariants, not the timings, except the
 * issue's own bound on stalled requests; the latency rows are printed only (2 shared cores make
 * them noisy).
 */
describe('chaos (short run)', () => {
  let rows: ChaosRow[];
  beforeAll(async () => {
    rows = await runChaos(SHORT);
  }, 120_000);

  const row = (prefix: string): ChaosRow => {
    const found = rows.find((r) => r.scenario.startsWith(prefix));
    if (!found) throw new Error(`no row ${prefix}: ${table(rows)}`);
    return found;
  };

  it.each(['hang', 'connection reset', '503 storm'])('keeps the other providers error-free while Bird is down (%s)', (fault) => {
    expect(row(`Bird down (${fault})`).facts['errorRate']).toBe(0);
  });

  it('opens the breaker within 5 failures, sends nothing while open and closes after one probe', () => {
    expect(row('Bird 503 storm').facts).toMatchObject({ sentWhileOpen: 0, probeRequests: 1, state: 'closed' });
    expect(row('Bird 503 storm').facts['toOpen']).toBeLessThanOrEqual(5);
  });

  it('sends nothing to Bird until its Retry-After has passed', () => {
    expect(row('Bird 429').pass).toBe(true);
  });

  it('answers every stalled request with PROVIDER_TIMEOUT and frees every slot, with a forced GC in the window', () => {
    expect(row('Bird stalls').facts).toMatchObject({ allTimeout: true, inFlight: 0, queued: 0 });
  });

  it('refuses the 3,000-request fan-out query without any upstream request', () => {
    expect(row('30 aliases').facts['upstream']).toBe(0);
  });

  it('loses no in-flight request when the gateway process gets SIGTERM under load, and exits 0', () => {
    expect(row('SIGTERM under load').facts).toMatchObject({ lost: 0, otherwise: 0, exitCode: 0 });
    expect(row('SIGTERM under load').facts['inFlight']).toBeGreaterThan(0);
  });

  it('leaves the soak out of the short run', () => {
    expect(rows.filter((r) => r.scenario.startsWith('Soak'))).toEqual([]);
  });
});
