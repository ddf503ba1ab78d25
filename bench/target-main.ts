import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import crossFetch from 'cross-fetch';
import http from 'node:http';
import { buildSchema } from 'graphql';
import { startGateway } from '../src/bootstrap';
import { readServerConfig } from '../src/config';
import { FETCH_CLIENTS } from '../src/http/fetch-choice';
import { undiciFetch } from '../src/http/undici-fetch';
import { NAIVE } from '../src/loaders/create-loaders';
import { silentLogger } from '../src/logger';
import type { CacheHintMode } from '../src/plugins/cache-hints.plugin';
import { createServer } from '../src/server';

/** Parley with its cache hints computed another way, to measure what they cost (docs/benchmarks.md). */
const CACHE_HINT_KINDS: Partial<Record<string, CacheHintMode>> = { 'parley-cc-off': 'off', 'parley-cc-field': 'per-field' };

/**
 * A benchmark target in its own process, so its CPU and peak memory are its own. Prints
 * `READY <url>` once listening. Kinds: parley, naive, parley-cc-off, parley-cc-field, ceiling (memory), ceiling-fetch.
 */
async function main(): Promise<void> {
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
  const response = JSON.parse(process.env['CEILING_RESPONSE'] ?? '{}') as Record<string, unknown>;
  const upstream = process.env['CEILING_UPSTREAM'];
  const headers = JSON.parse(process.env['CEILING_UPSTREAM_HEADERS'] ?? '{}') as Record<string, string>;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const sdl = readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
  const apollo = new ApolloServer({
    schema: buildSchema(sdl),
    rootValue: {
      conversation: async () => {
        if (kind === 'ceiling-fetch' && upstream) {
          // The same client Parley is configured with, so the ratio isolates Parley's own work.
          if (process.env['PARLEY_HTTP_CLIENT'] === 'cross-fetch') {
            await (await crossFetch(upstream, { headers, agent } as RequestInit)).json();
          } else {
            const res = await undiciFetch(upstream, { method: 'GET', headers, redirect: 'manual', signal: AbortSignal.timeout(5000) });
            JSON.parse(await res.text());
          }
        }
        return response;
      },
    },
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  // Same HTTP stack as Parley (express 5 + JSON body parser), so the ratio shows the gateway's own cost.
  const app = express();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    console.log(`READY http://127.0.0.1:${port}/graphql`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
