import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** The parts of a V8 `.cpuprofile` (Profiler.stop) the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; hitCount?: number }[];
  samples?: number[];
  /** Microseconds since the previous sample, one per sample. */
  timeDeltas?: number[];
}

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

export interface Summary {
  /** Self time of everything but `(idle)`, ms. */
  totalMs: number;
  categories: { name: string; ms: number }[];
  top: { name: string; category: string; ms: number }[];
}

const IDLE = '(idle)';
const HTTP_CLIENT = 'HTTP client';
const HTTP_SERVER = 'HTTP server';
const NATIVE = 'native (V8 builtins, C++ bindings)';

/** A readable location: from the package for dependencies, from dist/ for Parley and the benchmark. */
function displayPath(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 1) : url;
}

function packageCategory(pkg: string): string {
  if (pkg === 'graphql' || pkg === 'type-graphql' || pkg === 'zod') return pkg;
  if (pkg === 'node-fetch' || pkg === 'cross-fetch' || pkg === 'undici') return HTTP_CLIENT;
  if (['express', 'router', 'body-parser', 'raw-body', 'finalhandler', 'send', 'serve-static'].includes(pkg) || pkg.startsWith('@as-integrations/')) return HTTP_SERVER;
  if (pkg.startsWith('@apollo/')) return '@apollo/*';
  return `package ${pkg}`;
}

/** Where a function's self time is counted: a package, an HTTP side, a Parley folder, GC or node itself. */
export function categorise(frame: Pick<CallFrame, 'functionName' | 'url'>): string {
  if (frame.functionName === '(garbage collector)') return 'GC';
  if (frame.functionName === IDLE) return IDLE;
  if (frame.functionName === '(program)') return '(program): V8 native, unattributed';
  const url = frame.url.replace(/\\/g, '/');
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope = '', name = ''] = url.slice(modules + '/node_modules/'.length).split('/');
    return packageCategory(scope.startsWith('@') ? `${scope}/${name}` : scope);
  }
  const parley = /\/dist\/src\/([^/]+)\/(?:([^/]+)\/)?/.exec(url);
  if (parley) return parley[1] === 'providers' && parley[2] ? `parley providers/${parley[2]}` : `parley ${parley[1] ?? ''}`;
  if (/\/dist\/src\/[^/]+\.js$/.test(url)) return 'parley (top level)';
  if (url.includes('/dist/bench/')) return 'benchmark target';
  if (url === 'node:_http_client' || url === 'node:_http_agent') return HTTP_CLIENT;
  if (url === 'node:_http_server') return HTTP_SERVER;
  // No script: a V8 builtin or C++ binding (JSON.parse, socket writev…) called from whichever layer.
  if (url === '') return NATIVE;
  if (url.startsWith('node:') || url.startsWith('internal/')) return 'node internals';
  return 'other';
}

/** Self time per node: each sample's time delta goes to the node it sampled (hit counts × mean interval without them). */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  const { samples, timeDeltas } = profile;
  if (samples && timeDeltas && samples.length === timeDeltas.length) {
    samples.forEach((id, i) => times.set(id, (times.get(id) ?? 0) + (timeDeltas[i] ?? 0) / 1000));
    return times;
  }
  // V8 samples about every millisecond by default.
  for (const node of profile.nodes) times.set(node.id, node.hitCount ?? 0);
  return times;
}

export function summarise(profile: CpuProfile, topCount = 15): Summary {
  const times = selfTimes(profile);
  const categories = new Map<string, number>();
  const functions = new Map<string, { name: string; category: string; ms: number }>();
  for (const node of profile.nodes) {
    const ms = times.get(node.id) ?? 0;
    const category = categorise(node.callFrame);
    if (ms === 0 || category === IDLE) continue;
    categories.set(category, (categories.get(category) ?? 0) + ms);
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? ` ${displayPath(url)}:${lineNumber + 1}` : '';
    const name = `${functionName || '(anonymous)'}${where}`;
    const entry = functions.get(name) ?? { name, category, ms: 0 };
    entry.ms += ms;
    functions.set(name, entry);
  }
  const totalMs = [...categories.values()].reduce((a, b) => a + b, 0);
  return {
    totalMs,
    categories: [...categories].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
    top: [...functions.values()].sort((a, b) => b.ms - a.ms).slice(0, topCount),
  };
}

const pct = (ms: number, total: number): string => (total > 0 ? ((100 * ms) / total).toFixed(1) : '0.0');

export function formatSummary(title: string, summary: Summary): string {
  const lines = [`#### ${title} (${summary.totalMs.toFixed(0)} ms of CPU, idle excluded)`, '', '| self time by | ms | % |', '|---|---|---|'];
  for (const { name, ms } of summary.categories) lines.push(`| ${name} | ${ms.toFixed(1)} | ${pct(ms, summary.totalMs)} |`);
  lines.push('', `| top ${summary.top.length} functions (self) | category | ms | % |`, '|---|---|---|---|');
  for (const f of summary.top) lines.push(`| \`${f.name.replace(/\|/g, '\\|')}\` | ${f.category} | ${f.ms.toFixed(1)} | ${pct(f.ms, summary.totalMs)} |`);
  return lines.join('\n');
}

export function summariseFiles(paths: readonly string[]): string {
  return paths.map((path) => formatSummary(basename(path, '.cpuprofile'), summarise(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile))).join('\n\n');
}

if (require.main === module) {
  const paths = process.argv.slice(2);
  if (paths.length === 0) {
    console.error('usage: node dist/bench/profile-summary.js <file.cpuprofile>...');
    process.exit(2);
  }
  console.log(summariseFiles(paths));
}
