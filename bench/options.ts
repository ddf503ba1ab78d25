/** Command-line options of `npm run bench` (docs/benchmarks.md, "Method"). */
export interface Variant {
  /** The name the tables show; ratios are against the target `parley`. */
  label: string;
  /** `dist` folder of another build (its `bench/target-main.js` runs kind `parley`); absent: this build. */
  dist?: string;
  nodeFlags: string[];
  env: Record<string, string>;
}

export interface Options {
  smoke: boolean;
  seconds: number;
  connections: number;
  latencyMs: number;
  runs: number;
  targets: string[];
  /** Runtimes the targets run on: `current` and/or exact versions (`--node current,26.12.1`). */
  nodes: string[];
  write: boolean;
  /** PARLEY_UPSTREAM_CACHE_TTL_S of the scale-out replicas (the cache's default when absent). */
  ttl: number | undefined;
  /** Start every target first, then load them in turn within each round (A/B on a noisy machine). */
  interleave: boolean;
  /** Save a CPU profile of each target's measured load per scenario under bench/profiles/. */
  profile: boolean;
  variants: Variant[];
  /** Only these scenarios (`--scenarios one-common,list-20`); all when absent. */
  scenarios: string[] | undefined;
}

const SMOKE_TARGETS = 'floor,ceiling-lean,parley,naive,ceiling,ceiling-fetch,scale-out';
const FULL_TARGETS = 'floor,ceiling-lean,parley,naive,mesh,ceiling,ceiling-fetch,scale-out';

function values(argv: string[], name: string): string[] {
  const found: string[] = [];
  argv.forEach((arg, i) => {
    const next = argv[i + 1];
    if (arg === `--${name}` && next !== undefined) found.push(next);
  });
  return found;
}

/** `label=/abs/dist|--flag --flag`, `label=|--flag` or `label` (this build, no flags). */
export function parseVariant(spec: string): Variant {
  const eq = spec.indexOf('=');
  const label = eq < 0 ? spec : spec.slice(0, eq);
  const [dist = '', flags = ''] = (eq < 0 ? '' : spec.slice(eq + 1)).split('|');
  if (!/^[\w.-]+$/.test(label) || label === 'parley') throw new Error(`--variant needs a label of letters, digits, . _ - other than "parley"; got ${JSON.stringify(spec)}`);
  if (dist !== '' && !dist.startsWith('/')) throw new Error(`--variant ${label}: the dist folder must be an absolute path; got ${JSON.stringify(dist)}`);
  return { label, ...(dist ? { dist } : {}), nodeFlags: flags.split(' ').filter(Boolean), env: {} };
}

function applyVariantEnv(variants: Variant[], spec: string): void {
  const match = /^([\w.-]+)=([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(spec);
  if (!match) throw new Error(`--variant-env takes label=KEY=VALUE; got ${JSON.stringify(spec)}`);
  const [, label = '', key = '', value = ''] = match;
  let variant = variants.find((v) => v.label === label);
  if (!variant) {
    // An env-only variant runs this build: `--variant-env undici=PARLEY_HTTP_CLIENT=undici` is enough.
    variant = parseVariant(label);
    variants.push(variant);
  }
  variant.env[key] = value;
}

export function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => values(argv, name)[0];
  const smoke = argv.includes('--smoke');
  const variants = values(argv, 'variant').map(parseVariant);
  for (const spec of values(argv, 'variant-env')) applyVariantEnv(variants, spec);
  return {
    smoke,
    seconds: Number(value('seconds') ?? (smoke ? 1 : 10)),
    connections: Number(value('connections') ?? 20),
    latencyMs: Number(value('latency') ?? 20),
    runs: Number(value('runs') ?? (smoke ? 1 : 3)),
    targets: (value('targets') ?? (smoke ? SMOKE_TARGETS : FULL_TARGETS)).split(','),
    ttl: value('ttl') === undefined ? undefined : Number(value('ttl')),
    nodes: (value('node') ?? 'current').split(','),
    write: argv.includes('--write'),
    interleave: argv.includes('--interleave'),
    profile: argv.includes('--profile'),
    variants,
    scenarios: value('scenarios')?.split(','),
  };
}
