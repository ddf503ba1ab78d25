import { Bulkhead } from './bulkhead';
import { RateGate } from './rate-gate';
import { RetryBudget } from './retry-budget';

const headers = (values: Record<string, string>): { get(name: string): string | null } => ({
  get: (name) => values[name.toLowerCase()] ?? null,
});

describe('Bulkhead', () => {
  // Finding 8: the old semaphore let a caller arriving just as a slot was freed run before the
  // caller already waiting, so 2 requests were in flight at a limit of 1.
  it('hands a freed slot to the oldest waiter, so a newcomer never overtakes it (never 2 in flight at a limit of 1)', async () => {
    const bulkhead = new Bulkhead('acme', 1, 10);
    const order: string[] = [];
    let active = 0;
    let most = 0;
    const jobs: Promise<void>[] = [];
    const run = (name: string, after?: () => void): Promise<void> =>
      bulkhead.acquire().then(async (release) => {
        active += 1;
        most = Math.max(most, active);
        order.push(name);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active -= 1;
        release();
        after?.();
      });
    jobs.push(run('first', () => jobs.push(run('newcomer'))));
    jobs.push(run('waiting'));
    await Promise.all(jobs);
    await Promise.all(jobs);
    expect(order).toEqual(['first', 'waiting', 'newcomer']);
    expect(most).toBe(1);
    expect(bulkhead.inFlight).toBe(0);
  });

  it('fails fast with PROVIDER_UNAVAILABLE when the queue is full', async () => {
    const bulkhead = new Bulkhead('acme', 1, 1);
    const release = await bulkhead.acquire();
    const queued = bulkhead.acquire();
    await expect(bulkhead.acquire()).rejects.toMatchObject({
      message: 'acme is saturated: 1 requests in flight and 1 waiting', extensions: { code: 'PROVIDER_UNAVAILABLE', retryAfter: 1 },
    });
    release();
    (await queued)();
    expect(bulkhead.inFlight).toBe(0);
  });

  it('takes a waiter whose signal aborts out of the queue at once', async () => {
    const bulkhead = new Bulkhead('acme', 1, 5);
    const release = await bulkhead.acquire();
    const controller = new AbortController();
    const waiting = bulkhead.acquire(controller.signal, () => new Error('deadline'));
    expect(bulkhead.queued).toBe(1);
    controller.abort();
    await expect(waiting).rejects.toThrow('deadline');
    expect(bulkhead.queued).toBe(0);
    release();
    expect(bulkhead.inFlight).toBe(0);
  });
});

describe('RetryBudget', () => {
  it('allows retries of about 20% of the requests plus 1 per second of the window, then refuses', () => {
    const budget = new RetryBudget(0.2, 10_000, 1, () => 1_000_000);
    for (let i = 0; i < 100; i += 1) budget.deposit();
    let granted = 0;
    while (budget.withdraw()) granted += 1;
    expect(granted).toBe(30);
  });
});

describe('RateGate', () => {
  it('spaces requests over the rest of the window when X-RateLimit-Remaining runs low (TextUs headers)', () => {
    let now = 1_700_000_000_000;
    const gate = new RateGate('textus', { now: () => now });
    gate.observe(200, headers({ 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '500', 'x-ratelimit-reset': String(now / 1000 + 100) }));
    expect(gate.reserve(10_000)).toBe(0);
    gate.observe(200, headers({ 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '9', 'x-ratelimit-reset': String(now / 1000 + 10) }));
    expect([gate.reserve(10_000), gate.reserve(10_000), gate.reserve(10_000)]).toEqual([0, 1000, 2000]);
    now += 1500;
    expect(gate.reserve(10_000)).toBe(1500);
  });

  it('reads Help Scout X-RateLimit-Remaining-Minute and refuses with RATE_LIMITED, without waiting, when the budget is gone', () => {
    const gate = new RateGate('helpscout', { now: () => 0 });
    gate.observe(200, headers({ 'x-ratelimit-limit-minute': '200', 'x-ratelimit-remaining-minute': '0' }));
    expect(() => gate.reserve(10_000)).toThrow(expect.objectContaining({ code: 'RATE_LIMITED', extensions: expect.objectContaining({ retryAfter: 60 }) }));
  });

  it('answers RATE_LIMITED with the seconds left after a 429 with Retry-After until the time has passed', () => {
    let now = 0;
    const gate = new RateGate('bird', { now: () => now });
    gate.observe(429, headers({ 'retry-after': '30' }));
    expect(() => gate.reserve(10_000)).toThrow(expect.objectContaining({ message: 'bird rate limit reached; retry after 30 s' }));
    now = 29_500;
    // Waits shorter than the gate's maximum (2 s) are sat out instead of refused.
    expect(gate.reserve(10_000)).toBe(500);
    now = 30_000;
    expect(gate.reserve(10_000)).toBe(0);
  });
});
