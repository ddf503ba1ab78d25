import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { adapters } from '../../src/providers/registry';
import { SimulatedProvider } from '../../src/simulator/sim-server';
import { isListening } from '../../scripts/cluster/ports';
import { REPLICA_HEADER } from '../../scripts/cluster/proxy';

/**
 * `npm run cluster` as an operator runs it (scripts/cluster/main.ts, replicas from the sources so
 * no build is needed): a local redis-server, two Parley processes and the round-robin proxy. The
 * simulators run in this test process and their environment is handed to the cluster, which then
 * starts none of its own: every replica calls the same upstreams, and the test counts requests.
 */

// Two replicas start one after the other, each transpiling the project through tsx.
jest.setTimeout(240_000);

const ROOT = resolve(__dirname, '..', '..');

interface Started {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
  proxy: URL;
  replicas: { name: string; url: URL; pid: number }[];
  redis: { port: number; pid: number };
}

function startClusterProcess(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cluster/main.ts', '--from-source', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((resolveStarted, reject) => {
    child.once('exit', (code) => reject(new Error(`cluster exited (${code}) before it was ready:\n${output.join('')}`)));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => output.push(chunk));
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output.push(chunk);
      const text = output.join('');
      if (!text.includes('Ctrl-C stops everything.')) return;
      const proxy = /round-robin proxy\): (\S+)/.exec(text)?.[1];
      const replicas = [...text.matchAll(/^\s+(replica-\d+): (\S+) \(pid (\d+)\)$/gm)].map((m) => ({ name: m[1] ?? '', url: new URL(m[2] ?? ''), pid: Number(m[3]) }));
      const redis = /redis: redis:\/\/127\.0\.0\.1:(\d+) \(pid (\d+)\)/.exec(text);
      if (!proxy || !redis) return reject(new Error(`unexpected cluster output:\n${text}`));
      resolveStarted({ child, output, exited, proxy: new URL(proxy), replicas, redis: { port: Number(redis[1]), pid: Number(redis[2]) } });
    });
  });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function post(url: URL, query: string): Promise<{ status: number; replica: string | null; body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, replica: res.headers.get(REPLICA_HEADER), body: (await res.json()) as { data?: unknown } };
}

describe('npm run cluster', () => {
  const sims = adapters.map((adapter) => new SimulatedProvider(adapter.simulator.create()));
  let cluster: Started;
  const helpScout = (): SimulatedProvider => sims[adapters.findIndex((a) => a.identity.slug === 'helpscout')] as SimulatedProvider;

  beforeAll(async () => {
    await Promise.all(sims.map((sim) => sim.start()));
    const env: Record<string, string> = { PARLEY_UPSTREAM_CACHE_TTL_S: '60' };
    for (const sim of sims) Object.assign(env, sim.env());
    cluster = await startClusterProcess(env);
  });
  beforeEach(() => sims.forEach((sim) => sim.reset()));
  afterAll(async () => {
    // Normally the last test has stopped it; after a failure, stop it and whatever it left.
    if (cluster && cluster.child.exitCode === null) {
      cluster.child.kill('SIGTERM');
      await Promise.race([cluster.exited, new Promise((done) => setTimeout(done, 20_000))]);
    }
    for (const pid of cluster ? [...cluster.replicas.map((r) => r.pid), cluster.redis.pid] : []) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await Promise.all(sims.map((sim) => sim.stop()));
  });

  it('starts a redis-server and two replicas, each on its own port, behind one proxy', () => {
    expect(cluster.replicas.map((r) => r.name)).toEqual(['replica-1', 'replica-2']);
    expect(new Set([cluster.proxy.port, ...cluster.replicas.map((r) => r.url.port), String(cluster.redis.port)]).size).toBe(4);
  });

  it('sends requests to the replicas in turn, each answering correctly', async () => {
    const query = '{ conversation(id: "textus:kY1QwY") { ... on CommonConversation { id } } }';
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await post(cluster.proxy, query));
    const turns = answers.map((a) => a.replica);
    expect(turns[0]).not.toBe(turns[1]);
    expect(turns).toEqual([turns[0], turns[1], turns[0], turns[1]]);
    for (const answer of answers) expect(answer.body).toEqual({ data: { conversation: { id: 'textus:kY1QwY' } } });
  });

  it('shares the upstream cache: a conversation read on one replica, then on the other, is 1 upstream request', async () => {
    const first = await post(cluster.proxy, '{ conversation(id: "helpscout:1007") { ... on CommonConversation { id subject } } }');
    // Other fields, so the second read is not the first one's GraphQL answer but the same upstream resource.
    const second = await post(cluster.proxy, '{ conversation(id: "helpscout:1007") { ... on CommonConversation { id status } } }');
    expect(first.replica).not.toBe(second.replica);
    expect(first.body.errors).toBeUndefined();
    expect(second.body.errors).toBeUndefined();
    expect(helpScout().requests.map((r) => `${r.method} ${r.path.split('?')[0] ?? ''}`)).toEqual(['GET /v2/conversations/1007']);
  });

  it('answers 502 BAD_GATEWAY in the turn of a replica that is gone, and keeps serving through the other', async () => {
    const victim = cluster.replicas[1];
    if (!victim) throw new Error('no second replica');
    process.kill(victim.pid, 'SIGKILL');
    const query = '{ providers { name } }';
    const answers = [await post(cluster.proxy, query), await post(cluster.proxy, query)];
    const failed = answers.find((a) => a.replica === victim.name);
    const served = answers.find((a) => a.replica !== victim.name);
    expect(failed?.status).toBe(502);
    expect(failed?.body.errors?.[0]).toEqual({ message: `Replica ${victim.name} did not answer`, extensions: { code: 'BAD_GATEWAY' } });
    expect(served?.status).toBe(200);
  });

  it('stops everything on Ctrl-C (SIGINT): exit code 0, no replica, redis or proxy left', async () => {
    cluster.child.kill('SIGINT');
    expect(await cluster.exited).toBe(0);
    expect(cluster.output.join('')).toContain('cluster stopped');
    for (const replica of cluster.replicas) expect(alive(replica.pid)).toBe(false);
    expect(alive(cluster.redis.pid)).toBe(false);
    expect(await isListening(Number(cluster.proxy.port))).toBe(false);
    expect(await isListening(cluster.redis.port)).toBe(false);
  });
});
