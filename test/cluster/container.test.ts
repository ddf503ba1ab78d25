import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/**
 * Docker cannot run on these machines (no engine, no compose plugin), so the container files are
 * checked by reading them: the Dockerfile's stages, the build context, compose.yaml's topology and
 * the load balancer's configuration must agree with each other and with the project.
 */

const ROOT = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

/** Dockerfile instructions with continuation lines joined and comments dropped, grouped by stage. */
function stages(dockerfile: string): { from: string; name: string | undefined; steps: Instruction[] }[] {
  const joined = dockerfile.replace(/\\\n/g, ' ');
  const instructions = joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
  const result: { from: string; name: string | undefined; steps: Instruction[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [from = '', as, name] = instruction.args.split(/\s+/);
      result.push({ from, name: as?.toUpperCase() === 'AS' ? name : undefined, steps: [] });
    } else result.at(-1)?.steps.push(instruction);
  }
  return result;
}

const dockerfile = read('Dockerfile');
const all = stages(dockerfile);
const runtime = all.at(-1);
const args = (stage: (typeof all)[number] | undefined, keyword: string): string[] => stage?.steps.filter((s) => s.keyword === keyword).map((s) => s.args) ?? [];

describe('Dockerfile', () => {
  it('builds in a stage with every dependency and runs in another that only copies its outputs', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    const build = all.find((stage) => args(stage, 'RUN').some((run) => run.includes('npm run build')));
    expect(build).toBeDefined();
    expect(args(build, 'RUN').some((run) => /npm ci(?!.*--omit=dev)/.test(run))).toBe(true);
    expect(build).not.toBe(runtime);
    // The runtime stage compiles nothing and copies no sources.
    expect(args(runtime, 'RUN')).toEqual([]);
    expect(args(runtime, 'COPY').filter((copy) => !copy.startsWith('--from='))).toEqual(['package.json ./']);
    expect(args(runtime, 'COPY')).toContain(`--from=${build?.name ?? '?'} /app/dist/src ./dist/src`);
  });

  it('takes node_modules only from a stage that installed production dependencies', () => {
    const copy = args(runtime, 'COPY').find((c) => c.includes('node_modules'));
    const from = /^--from=(\S+)/.exec(copy ?? '')?.[1];
    const deps = all.find((stage) => stage.name === from);
    expect(args(deps, 'RUN').some((run) => run.includes('npm ci --omit=dev'))).toBe(true);
  });

  it('runs as a non-root user, the built output without a build step, with a health check on /health', () => {
    const user = args(runtime, 'USER').at(-1);
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(args(runtime, 'CMD')).toEqual(['["node", "dist/src/index.js"]']);
    // The same command as `npm run serve`, and the file the build emits for src/index.ts.
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['serve']).toBe('node dist/src/index.js');
    expect(read('src/index.ts')).toContain('server.listen(');
    expect(args(runtime, 'HEALTHCHECK').join(' ')).toMatch(/CMD .*\/health/);
  });

  it('uses one Node version for every stage, and a line package.json engines supports', () => {
    const version = /^ARG NODE_VERSION=(\d+)\.\d+\.\d+$/m.exec(dockerfile)?.[1];
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    expect(engines).toContain(`^${version ?? '?'}.`);
    for (const stage of all) expect(stage.from).toBe('node:${NODE_VERSION}-slim');
  });
});

describe('.dockerignore', () => {
  const lines = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const allowed = lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1));

  it('starts from nothing and lets in exactly what the build stages copy from the context', () => {
    expect(lines[0]).toBe('**');
    const copied = all.flatMap((stage) => args(stage, 'COPY').filter((c) => !c.startsWith('--from=')).flatMap((c) => c.split(/\s+/).slice(0, -1)));
    expect([...new Set(copied)].sort()).toEqual([...allowed].sort());
  });

  it('keeps credentials, dependencies and tests out even inside the allowed folders', () => {
    for (const pattern of ['**/.env', '**/.env.*', '**/node_modules', '**/*.test.ts']) expect(lines).toContain(pattern);
  });
});

interface ComposeService {
  build?: string;
  image?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
  user?: string;
}

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, ComposeService> };
  const services = compose.services;
  const replicas = Object.entries(services).filter(([, s]) => s.build === '.');
  const nginx = read('deploy/nginx.conf');

  it('runs two Parley replicas from the Dockerfile, both on the shared Redis once it is healthy', () => {
    expect(replicas.map(([name]) => name)).toEqual(['parley-1', 'parley-2']);
    for (const [, replica] of replicas) {
      expect(replica.environment?.['PARLEY_REDIS_URL']).toBe('redis://redis:6379');
      expect(replica.depends_on?.['redis']?.condition).toBe('service_healthy');
      expect(replica.user).toBeUndefined(); // the image's own non-root user
    }
    expect(services['redis']?.image).toMatch(/^redis:7/);
    expect(services['redis']?.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
  });

  it('puts nginx in front, started once both replicas pass their health check, with its committed config', () => {
    const lb = services['lb'];
    expect(lb?.image).toMatch(/^nginx:/);
    expect(lb?.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    for (const [name] of replicas) expect(lb?.depends_on?.[name]?.condition).toBe('service_healthy');
    const published = /^(\d+):(\d+)$/.exec(lb?.ports?.[0] ?? '');
    expect(published?.[1]).toBe('4000');
    expect(nginx).toMatch(new RegExp(`listen ${published?.[2] ?? '?'};`));
  });

  it("balances over exactly the replicas' service names and container port", () => {
    const servers = [...nginx.matchAll(/^\s*server\s+([\w.-]+):(\d+)/gm)].map((m) => `${m[1] ?? ''}:${m[2] ?? ''}`);
    expect(servers).toEqual(replicas.map(([name, s]) => `${name}:${s.environment?.['PORT'] ?? ''}`));
    expect(nginx).toContain('proxy_pass http://parley;');
  });
});

/** Package names a source file imports at run time (type-only imports are erased). */
function runtimeImports(source: string): string[] {
  const specifiers = [...source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
  return specifiers
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : (s.split('/')[0] ?? s)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the runtime image has what the server imports', () => {
  it('every package that src/ imports at run time is a production dependency (npm ci --omit=dev installs it)', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const files = sourceFiles(join(ROOT, 'src'));
    // The reader finds imports at all (or an empty list below would prove nothing).
    expect(files.flatMap((file) => runtimeImports(readFileSync(file, 'utf8')))).toEqual(expect.arrayContaining(['@apollo/server', 'graphql', 'reflect-metadata']));
    const missing = files.flatMap((file) =>
      runtimeImports(readFileSync(file, 'utf8'))
        .filter((name) => !(name in pkg.dependencies))
        .map((name) => `${relative(ROOT, file)}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
