import type { Request, Response } from 'express';
import { Gateway } from '../gateway';
import { readClientHealth, readinessHandler } from './readiness';

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

describe('readinessHandler', () => {
  it('answers 503 draining once shutdown has begun, so a balancer stops sending new work', () => {
    let draining = false;
    const handler = readinessHandler(new Gateway([]), () => draining);
    const sent: [number, unknown][] = [];
    const res = {
      status(code: number) {
        return { json: (body: unknown) => sent.push([code, body]) };
      },
    } as unknown as Response;
    void handler({} as Request, res, () => undefined);
    draining = true;
    void handler({} as Request, res, () => undefined);
    expect(sent).toEqual([[200, { status: 'ready', providers: [] }], [503, { status: 'draining', providers: [] }]]);
  });
});
