import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { printSubgraphSdl } from '../src/schema/build-schema';
import { readRelayNode } from '../src/server/settings';
import { composeSupergraph, type SubgraphSource } from './supergraph/compose';

const USAGE = `Usage: npm run supergraph:compose -- [--out FILE] [--url NAME=URL]... [SUBGRAPH.graphql]...

Composes Parley's subgraph (as this environment configures it: PARLEY_RELAY_NODE) with each
subgraph SDL file given, and writes the supergraph SDL (default: supergraph.graphql).
A file's subgraph name is its base name (tickets.graphql -> tickets); give each one's routing URL
with --url NAME=URL. Parley's name is "parley", its URL http://localhost:4000/graphql unless
--url parley=URL says otherwise.`;

export interface ComposeArgs {
  out: string;
  urls: Map<string, string>;
  files: string[];
}

/** Parses the command line; relative paths are taken from where `npm run` was started. */
export function parseComposeArgs(argv: readonly string[], cwd: string): ComposeArgs {
  const args: ComposeArgs = { out: resolve(cwd, 'supergraph.graphql'), urls: new Map([['parley', 'http://localhost:4000/graphql']]), files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--out' || arg === '--url') {
      const value = argv[(i += 1)];
      if (value === undefined) throw new Error(`${arg} needs a value\n\n${USAGE}`);
      if (arg === '--out') {
        args.out = resolve(cwd, value);
        continue;
      }
      const [name, ...url] = value.split('=');
      if (!name || url.length === 0) throw new Error(`--url takes NAME=URL, got "${value}"\n\n${USAGE}`);
      args.urls.set(name, url.join('='));
    } else if (arg.startsWith('-')) {
      throw new Error(`Unknown option ${arg}\n\n${USAGE}`);
    } else {
      args.files.push(resolve(cwd, arg));
    }
  }
  return args;
}

/** Parley's subgraph plus each file's, named and routed as the arguments say. */
export function subgraphSources(args: ComposeArgs, parleySdl: string): SubgraphSource[] {
  const others = args.files.map((file) => {
    const name = basename(file, extname(file));
    const url = args.urls.get(name);
    if (!url) throw new Error(`No routing URL for subgraph "${name}" (${file}): pass --url ${name}=http://…`);
    return { name, url, sdl: readFileSync(file, 'utf8') };
  });
  return [{ name: 'parley', url: args.urls.get('parley') ?? '', sdl: parleySdl }, ...others];
}

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const args = parseComposeArgs(process.argv.slice(2), process.env['INIT_CWD'] ?? process.cwd());
  const parleySdl = await printSubgraphSdl({ relayNode: readRelayNode(process.env) });
  const { supergraphSdl, hints } = composeSupergraph(subgraphSources(args, parleySdl));
  for (const hint of hints) console.warn(`hint ${hint.code}: ${hint.message}`);
  writeFileSync(args.out, `${supergraphSdl}\n`);
  console.log(`wrote ${args.out} (${args.files.length + 1} subgraphs)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
