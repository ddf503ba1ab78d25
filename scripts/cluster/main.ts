import 'reflect-metadata';
import { builtReplica, sourceReplica, startCluster, type Cluster } from './cluster';

/**
 * `npm run cluster`: a local redis-server, one set of simulators (for providers without
 * credentials), two Parley replicas and a round-robin proxy on PORT (4000). Ctrl-C stops it all.
 * Options: `--replicas N`, `--port P`, `--no-redis` (each replica keeps its own in-memory cache),
 * `--from-source` (replicas run src/ through tsx instead of dist/).
 */
/** A second signal this soon after the first is the same Ctrl-C, delivered twice. */
const DUPLICATE_SIGNAL_MS = 2000;

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

function describe(cluster: Cluster): string {
  const lines = [
    'Parley cluster ready',
    `  GraphQL (round-robin proxy): ${cluster.url.href}`,
    ...cluster.replicas.map((r) => `  ${r.name}: ${r.url.href} (pid ${r.child.pid ?? '?'})`),
    cluster.redis ? `  redis: ${cluster.redis.url} (pid ${cluster.redis.child.pid ?? '?'})` : '  redis: none (--no-redis: each replica caches in its own memory)',
    ...cluster.simulators.map((sim) => `  simulator ${sim.spec.slug}: ${sim.baseUrl.href}`),
    'Ctrl-C stops everything.',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const cluster = await startCluster({
    replicas: Number(option(argv, 'replicas') ?? 2),
    port: Number(option(argv, 'port') ?? process.env['PORT'] ?? 4000),
    redis: !argv.includes('--no-redis'),
    replicaCommand: argv.includes('--from-source') ? sourceReplica() : builtReplica(),
    log: (line) => process.stdout.write(`${line}\n`),
  });
  console.log(describe(cluster));
  let stopping: number | undefined;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping !== undefined) {
      // npm forwards the terminal's Ctrl-C to its child, which got it from the terminal already.
      if (Date.now() - stopping < DUPLICATE_SIGNAL_MS) return;
      console.log(`${signal} again: killing everything without waiting`);
      process.exit(1);
    }
    stopping = Date.now();
    console.log(`${signal}: stopping the proxy, the replicas (they drain in-flight requests), redis and the simulators`);
    cluster.stop().then(
      () => {
        console.log('cluster stopped');
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const replica of cluster.replicas) {
    replica.child.once('exit', (code, signal) => {
      if (stopping === undefined) console.error(`${replica.name} exited unexpectedly (${signal ?? code}); the proxy answers 502 in its turn`);
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
