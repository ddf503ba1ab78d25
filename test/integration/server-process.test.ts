import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { SimulatedProvider } from '../../src/simulator/sim-server';
import { post, type Outcome } from '../../scripts/chaos/post';

/**
 * The process as `npm start` runs it (src/index.ts through tsx, NODE_ENV unset as in the
 * README), driven by signals and environment like an operator would.
 *
 * Finding 9: on SIGTERM the process used to end by the signal (Apollo's own handler re-raised
 * it after stopping) instead of draining and exiting 0; an invalid LOG_LEVEL printed its value
 * and a stack without naming the variable.
 */

// Each start transpiles the project through tsx: a few seconds on a busy 2-core machine.
jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '..', '..');
const QUERY = JSON.stringify({ query: '{ conversation(id: "helpscout:123") { ... on CommonConversation { subject } } }' });

interface Parley {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  ready: Promise<URL>;
}

function startParley(env: Record<string, string>): Parley {
  const base = { ...process.env };
  delete base['NODE_ENV'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env: { ...base, PORT: '0', LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const ready = new Promise<URL>((resolveReady, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout.push(chunk);
      const match = /"url":"([^"]+)"/.exec(stdout.join(''));
      if (match?.[1]) resolveReady(new URL(match[1]));
    });
    child.once('exit', () => reject(new Error(`exited before ready: ${stderr.join('')}`)));
  });
  ready.catch(() => undefined);
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit({ code, signal, at: Date.now() }));
  });
  return { child, stdout, stderr, exited, ready };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('The Parley process', () => {
  let upstream: SimulatedProvider;
  const running: Parley[] = [];
  beforeAll(async () => {
    // Help Scout LIVE against a simulator in this process, so the test controls its latency.
    upstream = new SimulatedProvider(helpScoutAdapter.simulator.create());
    await upstream.start();
  });
  afterAll(async () => {
    for (const parley of running) parley.child.kill('SIGKILL');
    await upstream.stop();
  });
  beforeEach(() => upstream.reset());

  it('drains on SIGTERM under load: 0 of 20 in-flight requests lost, new connections refused, exit code 0', async () => {
    const parley = startParley({ ...upstream.env(), PARLEY_SHUTDOWN_GRACE_MS: '8000' });
    running.push(parley);
    const url = await parley.ready;
    upstream.latencyMs = 1500;
    const inFlight = Array.from({ length: 20 }, () => post(url, QUERY));
    await waitFor(() => upstream.requests.length === 20, 10_000);

    // Steady load from other clients, before and after the signal.
    const later: Promise<Outcome>[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) {
        later.push(post(url, JSON.stringify({ query: '{ providers { slug } }' })));
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    await new Promise((r) => setTimeout(r, 200));
    const signalled = Date.now();
    parley.child.kill('SIGTERM');

    const answers = await Promise.all(inFlight);
    const exit = await parley.exited;
    loading = false;
    await load;
    const others = await Promise.all(later);

    expect(answers.filter((a) => !('status' in a) || a.status !== 200)).toEqual([]);
    expect(answers.map((a) => ('body' in a ? JSON.parse(a.body) : a))).toEqual(Array(20).fill({ data: { conversation: { subject: 'Help' } } }));
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalled).toBeLessThan(8000);
    // Every other request was either answered 200 or refused at connect once the server closed.
    expect(others.filter((o) => !('status' in o ? o.status === 200 : o.error === 'ECONNREFUSED'))).toEqual([]);
    expect(others.some((o) => 'error' in o)).toBe(true);
    expect(parley.stdout.join('')).toContain('"msg":"stopped"');
    expect(parley.stderr.join('')).toBe('');
  });

  it('exits 0 on SIGINT once idle', async () => {
    const parley = startParley({});
    running.push(parley);
    await parley.ready;
    parley.child.kill('SIGINT');
    expect(await parley.exited).toMatchObject({ code: 0, signal: null });
  });

  it('closes requests still running when the grace period ends, and still exits 0', async () => {
    const parley = startParley({ ...upstream.env(), PARLEY_SHUTDOWN_GRACE_MS: '300' });
    running.push(parley);
    const url = await parley.ready;
    upstream.latencyMs = 5000;
    const slow = post(url, QUERY);
    await waitFor(() => upstream.requests.length === 1, 10_000);
    const signalled = Date.now();
    parley.child.kill('SIGTERM');
    const exit = await parley.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalled).toBeLessThan(3000);
    expect(await slow).toEqual({ error: 'ECONNRESET' });
  });

  it.each([
    ['LOG_LEVEL', 'verbose-s3cret', 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent'],
    ['PARLEY_MAX_OPERATION_COST', 'lots-s3cret', 'PARLEY_MAX_OPERATION_COST: must be a whole number from 1 to 1000000'],
    ['PARLEY_SHUTDOWN_GRACE_MS', '-1', 'PARLEY_SHUTDOWN_GRACE_MS: must be a whole number from 0 to 600000'],
  ])('stops start-up on an invalid %s with exit 1 and one line naming it, without its value or a stack', async (name, value, problem) => {
    const parley = startParley({ [name]: value });
    running.push(parley);
    expect(await parley.exited).toMatchObject({ code: 1, signal: null });
    expect(parley.stderr.join('')).toBe(`Configuration error: ${problem}\n`);
    expect(parley.stdout.join('') + parley.stderr.join('')).not.toContain(value);
  });
});
