import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MESH_DIR } from '../mesh';
import { SEED_MESSAGE_ID, simData } from '../../src/providers/mailperformance/simulator/seed';
import { adapters } from '../../src/providers/registry';
import { SimulatedProvider } from '../../src/simulator/sim-server';

/**
 * Regenerates bench/mesh/samples/*.json from the simulators' real responses, so the types Mesh
 * derives from them (`responseSample`) match what it will be served. Run after a payload changes:
 *   npx tsc -p tsconfig.build.json && node dist/bench/mesh/make-samples.js
 *
 * Mesh types a field only if the sample has it, and types an array from its items. One response
 * rarely has every optional field (Help Scout's conversation 123 has a creator without a name), so
 * each sample merges several responses of the same endpoint: objects take the union of their
 * keys, a null gives way to a value, and an array becomes one item merging all items seen. That is
 * what a user writing a sample by hand would aim for. Simulator origins become each provider's
 * documented one (the ports change per run).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: Json): value is { [key: string]: Json } => value !== null && typeof value === 'object' && !Array.isArray(value);

function mergeItems(items: readonly Json[]): Json[] {
  const [first, ...rest] = items;
  return first === undefined ? [] : [rest.reduce<Json>((acc, item) => merge(acc, item), normalise(first))];
}

function normalise(value: Json): Json {
  if (Array.isArray(value)) return mergeItems(value);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalise(item)]));
  return value;
}

function merge(a: Json, b: Json): Json {
  if (a === null) return normalise(b);
  if (b === null) return a;
  if (Array.isArray(a) && Array.isArray(b)) return mergeItems([...a, ...b]);
  if (isObject(a) && isObject(b)) {
    const out: { [key: string]: Json } = { ...a };
    for (const [key, item] of Object.entries(b)) out[key] = key in a ? merge(a[key] ?? null, item) : normalise(item);
    return out;
  }
  return a;
}

function relocate(value: Json, origin: string, real: string): Json {
  if (typeof value === 'string') return value.split(origin).join(real);
  if (Array.isArray(value)) return value.map((item) => relocate(item, origin, real));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, relocate(item, origin, real)]));
  return value;
}

const SAMPLE_COUNT = 3;

async function main(): Promise<void> {
  const sims = adapters.map((adapter) => new SimulatedProvider(adapter.simulator.create()));
  await Promise.all(sims.map((sim) => sim.start()));
  const env = sims.reduce<Record<string, string>>((acc, sim) => ({ ...acc, ...sim.env() }), {});
  const need = (name: string): string => {
    const value = env[name];
    if (value === undefined) throw new Error(`simulator env lacks ${name}`);
    return value;
  };
  const fetchJson = async <T = Json>(baseVar: string, path: string, headers: Record<string, string>): Promise<T> => {
    const response = await fetch(new URL(path, need(baseVar)), { headers });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  const all = (baseVar: string, paths: string[], headers: Record<string, string>): Promise<Json[]> =>
    Promise.all(paths.map((path) => fetchJson(baseVar, path, headers)));
  try {
    const hs = { authorization: `Bearer ${need('HELPSCOUT_TOKEN')}` };
    const textus = { authorization: `Bearer ${need('TEXTUS_TOKEN')}`, accept: 'application/vnd.textus+jsonld' };
    const bird = { authorization: `AccessKey ${need('BIRD_ACCESS_KEY')}` };
    const layer = { authorization: `Bearer ${need('LAYER_TOKEN')}`, accept: 'application/vnd.layer+json; version=1.0' };
    const mp = { 'x-key': need('MAILPERFORMANCE_API_KEY') };
    const layerUser = `apps/${need('LAYER_APP_ID')}/users/${need('LAYER_USER_ID')}`;
    const birdWs = `workspaces/${need('BIRD_WORKSPACE_ID')}`;

    // The first listed conversations of each provider: what the multi-get scenario asks for.
    const hsIds = [123, ...(await fetchJson<{ _embedded: { conversations: { id: number }[] } }>('HELPSCOUT_BASE_URL', 'v2/conversations?status=all&page=1', hs))
      ._embedded.conversations.slice(0, SAMPLE_COUNT).map((c) => c.id)];
    const textusSlugs = (await fetchJson<{ members: { slug: string }[] }>('TEXTUS_BASE_URL', `${need('TEXTUS_ACCOUNT')}/conversation_filters/all/conversations`, textus))
      .members.slice(0, SAMPLE_COUNT).map((c) => c.slug);
    const birdIds = (await fetchJson<{ results: { id: string }[] }>('BIRD_BASE_URL', `${birdWs}/conversations?limit=${SAMPLE_COUNT}`, bird)).results.map((c) => c.id);
    const layerIds = (await fetchJson<{ id: string }[]>('LAYER_BASE_URL', `${layerUser}/conversations?page_size=${SAMPLE_COUNT}`, layer))
      .map((c) => c.id.replace('layer:///conversations/', ''));
    const messages = await Promise.all([SEED_MESSAGE_ID, ...simData().generatedIds.slice(0, SAMPLE_COUNT)]
      .map((id) => fetchJson<{ actionId: string } & { [key: string]: Json }>('MAILPERFORMANCE_BASE_URL', `messages/${id}`, mp)));
    const actionIds = [...new Set(messages.map((m) => m.actionId))];

    const samples: [file: string, baseVar: string, real: string, bodies: Json[]][] = [
      // With embed=threads: without it `_embedded.threads` is empty and Mesh could not type a thread.
      ['helpscout-conversation', 'HELPSCOUT_BASE_URL', 'https://api.helpscout.net', await all('HELPSCOUT_BASE_URL', hsIds.map((id) => `v2/conversations/${id}?embed=threads`), hs)],
      ['helpscout-threads', 'HELPSCOUT_BASE_URL', 'https://api.helpscout.net', await all('HELPSCOUT_BASE_URL', hsIds.map((id) => `v2/conversations/${id}/threads`), hs)],
      ['helpscout-conversations', 'HELPSCOUT_BASE_URL', 'https://api.helpscout.net', await all('HELPSCOUT_BASE_URL', ['v2/conversations?status=all&page=1'], hs)],
      ['textus-conversation', 'TEXTUS_BASE_URL', 'https://next.textus.com', await all('TEXTUS_BASE_URL', textusSlugs.map((slug) => `conversations/${slug}`), textus)],
      ['bird-conversation', 'BIRD_BASE_URL', 'https://api.bird.com', await all('BIRD_BASE_URL', birdIds.map((id) => `${birdWs}/conversations/${id}`), bird)],
      ['layer-conversation', 'LAYER_BASE_URL', 'https://api.layer.com', await all('LAYER_BASE_URL', layerIds.map((id) => `${layerUser}/conversations/${id}`), layer)],
      ['mailperformance-message', 'MAILPERFORMANCE_BASE_URL', 'https://backoffice.mailperformance.com', messages],
      ['mailperformance-action', 'MAILPERFORMANCE_BASE_URL', 'https://backoffice.mailperformance.com', await all('MAILPERFORMANCE_BASE_URL', actionIds.map((id) => `actions/${id}`), mp)],
    ];
    mkdirSync(join(MESH_DIR, 'samples'), { recursive: true });
    for (const [file, baseVar, real, bodies] of samples) {
      const merged = bodies.slice(1).reduce<Json>((acc, body) => merge(acc, body), normalise(bodies[0] ?? null));
      const sample = relocate(merged, new URL(need(baseVar)).origin, real);
      writeFileSync(join(MESH_DIR, 'samples', `${file}.json`), `${JSON.stringify(sample, null, 2)}\n`);
    }
    console.error(`wrote ${samples.length} samples to ${join(MESH_DIR, 'samples')}`);
  } finally {
    await Promise.all(sims.map((sim) => sim.stop()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
