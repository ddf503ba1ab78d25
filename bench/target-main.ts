import 'reflect-metadata';
import { startGateway } from '../src/bootstrap';
import { readServerConfig } from '../src/config';
import { FETCH_CLIENTS } from '../src/http/fetch-choice';
import { NAIVE } from '../src/loaders/create-loaders';
import { silentLogger } from '../src/logger';
import type { CacheHintMode } from '../src/plugins/cache-hints.plugin';
import { createServer } from '../src/server';
import { listenForProfiler } from './profiler';
import { startStackCeiling, startLeanCeiling } from './targets/ceiling';
import { startFloor } from './targets/floor';

/** Parley with its cache hints computed another way, to measure what they cost (docs/benchmarks.md). */
const CACHE_HINT_KINDS: Partial<Record<string, CacheHintMode>> = { 'parley-cc-off': 'off', 'parley-cc-field': 'per-field' };

/**
 * A benchmark target in its own process, so its CPU and peak memory are its own. Prints
 * `READY <url>` once listening. Kinds: parley, naive, parley-cc-off, parley-cc-field,
 * ceiling (memory), ceiling-fetch, ceiling-lean, floor.
 */
async function main(): Promise<void> {
  listenForProfiler();
  const kind = process.argv[2] ?? 'parley';
  const cacheHints = CACHE_HINT_KINDS[kind];
  if (kind === 'parley' || kind === 'naive' || cacheHints) {
    const config = readServerConfig(process.env);
    const { gateway } = await startGateway(process.env, { fetch: FETCH_CLIENTS[config.httpClient] });
    const server = await createServer({ gateway, logger: silentLogger, production: false, ...(kind === 'naive' ? { loaderPolicy: NAIVE } : {}), ...(cacheHints ? { cacheHints } : {}) });
    const url = await server.listen(0, '127.0.0.1');
    console.log(`READY ${url.href}`);
    return;
  }
  if (kind === 'ceiling' || kind === 'ceiling-fetch') return startStackCeiling(kind);
  if (kind === 'ceiling-lean') return startLeanCeiling();
  if (kind === 'floor') return startFloor();
  throw new Error(`unknown target kind ${JSON.stringify(kind)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
