import { Gateway } from '../gateway';
import { readClientHealth, readiness } from './readiness';

describe('readClientHealth', () => {
  it('reads a well-formed health report as it is', () => {
    const http = { health: () => ({ breaker: 'half-open', retryAfterSeconds: 12, inFlight: 3, queued: 1 }) };
    expect(readClientHealth(http)).toEqual({ breaker: 'half-open', retryAfterSeconds: 12, inFlight: 3, queued: 1 });
  });

  it('answers nulls for a client without health(), one that throws, or odd values, instead of failing readiness', () => {
    const unknown = { breaker: null, retryAfterSeconds: null, inFlight: null, queued: null };
    expect(readClientHealth({})).toEqual(unknown);
    expect(readClientHealth(undefined)).toEqual(unknown);
    expect(readClientHealth({ health: () => { throw new Error('boom'); } })).toEqual(unknown);
    expect(readClientHealth({ health: () => 'closed' })).toEqual(unknown);
    expect(readClientHealth({ health: () => ({ breaker: 'OPEN', retryAfterSeconds: Number.NaN, inFlight: '2', queued: 0 }) })).toEqual({ ...unknown, queued: 0 });
  });
});

describe('readiness', () => {
  it('answers 503 draining once shutdown has begun, so a balancer stops sending new work', () => {
    const gateway = new Gateway([]);
    expect(readiness(gateway, false)).toEqual({ status: 200, body: { status: 'ready', providers: [] } });
    expect(readiness(gateway, true)).toEqual({ status: 503, body: { status: 'draining', providers: [] } });
  });
});
