import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { ask, demoId, load, QUERY, start, type Started } from './in-process';
import { round, sleep, type ChaosFigures, type ChaosRow } from './report';

/** The breaker, Retry-After, stalled-upstream and fan-out rows (gateway in this process). */

export async function breaker(f: ChaosFigures, s: Started): Promise<ChaosRow> {
  const bird = s.gateway.simulators.get('bird');
  const client = s.gateway.gateway.get('bird').client.http;
  if (!bird) throw new Error('no Bird simulator');
  client.resetResilience();
  bird.reset();
  bird.injectFault({ reply: { status: 503, body: {} }, times: 1_000_000 });
  let asked = 0;
  while (client.health().breaker !== 'open' && asked < 20) {
    await ask(s.url, QUERY, { id: demoId('bird') });
    asked += 1;
  }
  const toOpen = bird.requests.length;
  const whileOpen = await load(s.url, demoId('bird'), 20, 4);
  const sentWhileOpen = bird.requests.length - toOpen;
  bird.reset();
  await sleep(f.halfOpenAfterMs + 100);
  const probe = await ask(s.url, QUERY, { id: demoId('bird') });
  const state = client.health().breaker;
  const fastFail = whileOpen.every((a) => a.codes[0] === 'PROVIDER_UNAVAILABLE');
  return {
    scenario: 'Bird 503 storm: circuit breaker',
    expected: 'opens within 5 failures; 0 upstream requests while open; closed after one half-open probe',
    measured: `opened after ${toOpen} failed upstream requests; ${sentWhileOpen} upstream requests for 20 queries while open (all PROVIDER_UNAVAILABLE: ${fastFail}); probe ${probe.codes.length === 0 ? 'succeeded' : probe.codes.join('/')} with ${bird.requests.length} request, breaker ${state}`,
    pass: toOpen <= 5 && sentWhileOpen === 0 && fastFail && probe.codes.length === 0 && bird.requests.length === 1 && state === 'closed',
    facts: { toOpen, sentWhileOpen, probeRequests: bird.requests.length, state },
  };
}

export async function rateLimited(f: ChaosFigures, s: Started): Promise<ChaosRow> {
  const bird = s.gateway.simulators.get('bird');
  if (!bird) throw new Error('no Bird simulator');
  s.gateway.gateway.get('bird').client.http.resetResilience();
  bird.reset();
  bird.injectFault({ reply: { status: 429, headers: { 'retry-after': String(f.retryAfterSeconds) }, body: {} }, times: 1 });
  const started = performance.now();
  const first = await ask(s.url, QUERY, { id: demoId('bird') });
  let queries = 0;
  let limited = 0;
  let firstAgainAt = Number.NaN;
  while (performance.now() - started < f.retryAfterSeconds * 1000 + 2000) {
    const before = bird.requests.length;
    const answer = await ask(s.url, QUERY, { id: demoId('bird') });
    queries += 1;
    if (answer.codes[0] === 'RATE_LIMITED') limited += 1;
    if (bird.requests.length > before && Number.isNaN(firstAgainAt)) firstAgainAt = performance.now() - started;
    await sleep(50);
  }
  const waited = firstAgainAt / 1000;
  return {
    scenario: `Bird 429 with Retry-After: ${f.retryAfterSeconds}`,
    expected: `0 upstream requests to Bird until ${f.retryAfterSeconds} s have passed`,
    measured: `first answer ${first.codes.join('/')}; ${limited} of ${queries} later queries answered RATE_LIMITED without a call; next upstream request after ${round(waited)} s`,
    pass: first.codes[0] === 'RATE_LIMITED' && waited >= f.retryAfterSeconds - 0.05,
    facts: { waited, limited, queries },
  };
}

export async function stalledWithGc(f: ChaosFigures): Promise<ChaosRow> {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const sockets = new Set<Socket>();
  const stall = http.createServer(() => undefined);
  stall.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => stall.listen(0, '127.0.0.1', resolve));
  const s = await start(f, { BIRD_BASE_URL: `http://127.0.0.1:${(stall.address() as AddressInfo).port}/` });
  try {
    await load(s.url, demoId('helpscout'), 20, 20);
    const timer = setTimeout(gc, f.timeoutMs * 0.2);
    const answers = await load(s.url, demoId('bird'), 20, 20);
    clearTimeout(timer);
    const slowest = Math.max(...answers.map((a) => a.ms));
    const allTimeout = answers.every((a) => a.codes.join() === 'PROVIDER_TIMEOUT');
    const health = s.gateway.gateway.get('bird').client.http.health();
    return {
      scenario: 'Bird stalls before headers, forced full GC in the window, 20 concurrent queries',
      expected: `every query PROVIDER_TIMEOUT within ${f.timeoutMs} + 500 ms; all slots free after`,
      measured: `all PROVIDER_TIMEOUT: ${allTimeout}; slowest ${Math.round(slowest)} ms; in flight ${health.inFlight}, queued ${health.queued}`,
      pass: allTimeout && slowest < f.timeoutMs + 500 && health.inFlight === 0 && health.queued === 0,
      facts: { slowest, allTimeout, inFlight: health.inFlight, queued: health.queued },
    };
  } finally {
    await s.stop();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => stall.close(() => resolve()));
  }
}

export async function fanOut(s: Started): Promise<ChaosRow> {
  const ids = Array.from({ length: 100 }, (_, i) => `helpscout:${1000 + i}`);
  const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: conversations(ids: $ids) { ... on CommonConversation { id } }`).join(' ');
  for (const sim of s.gateway.simulators.values()) sim.reset();
  const answer = await ask(s.url, `query($ids: [ID!]!) { ${aliases} }`, { ids });
  const upstream = [...s.gateway.simulators.values()].reduce((n, sim) => n + sim.requests.length, 0);
  return {
    scenario: '30 aliases × conversations(ids:) with 100 ids (3,000 upstream GETs)',
    expected: 'refused before execution, 0 upstream requests',
    measured: `${upstream} upstream requests; errors ${[...new Set(answer.codes)].join('/') || 'none'}`,
    pass: upstream === 0 && answer.codes.length > 0,
    facts: { upstream },
  };
}
