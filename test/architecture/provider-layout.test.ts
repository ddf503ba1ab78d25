import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { adapters } from '../../src/providers/registry';

const ROOT = join(__dirname, '..', '..');
const PROVIDERS = join(ROOT, 'src', 'providers');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const folders = readdirSync(PROVIDERS).filter((name) => statSync(join(PROVIDERS, name)).isDirectory());
const sourceOf = (folder: string): string[] =>
  filesUnder(join(PROVIDERS, folder)).map((path) => relative(join(PROVIDERS, folder), path)).filter((path) => path.endsWith('.ts')).sort();
const production = (folder: string): string[] => sourceOf(folder).filter((path) => !path.endsWith('.test.ts'));

/** The files every provider folder has (docs/adding-a-provider.md, in bold there). */
const REQUIRED = [
  'index.ts', 'identity.ts',
  'api/client.ts', 'api/config.ts', 'api/keys.ts', 'api/links.ts', 'api/pages.ts', 'api/paths.ts',
  'graphql/conversation.type.ts', 'graphql/links.ts', 'mapping/conversation.mapper.ts',
  'simulator/index.ts', 'simulator/routes.ts', 'simulator/seed.ts',
];

/** Where a file may sit, by role folder, and the name its role gives it. */
const ROLE_NAMES: readonly [RegExp, RegExp][] = [
  [/^[a-z]+\.ts$/, /^(index|identity)\.ts$/],
  [/^api\//, /^api\/[a-z]+\.ts$/],
  [/^wire\//, /^wire\/[a-z]+\.wire\.ts$/],
  [/^mapping\//, /^mapping\/[a-z]+\.mapper\.ts$/],
  [/^graphql\//, /^graphql\/([a-z]+\.type|links)\.ts$/],
  [/^simulator\//, /^simulator\/[a-z]+\.ts$/],
];

describe('provider folders', () => {
  it('are exactly the registered providers, one folder each', () => {
    expect(folders.sort()).toEqual(adapters.map((adapter) => adapter.identity.slug).sort());
  });

  it.each(folders)('%s has every file of the shared layout', (folder) => {
    expect(REQUIRED.filter((path) => !production(folder).includes(path))).toEqual([]);
  });

  it.each(folders)('%s keeps every file in a role folder under that role\'s name', (folder) => {
    const misplaced = production(folder).filter((path) => {
      const role = ROLE_NAMES.find(([where]) => where.test(path));
      return !role || !role[1].test(path);
    });
    expect(misplaced).toEqual([]);
  });

  it.each(folders)('%s builds its index.ts adapter in the one shape every provider uses', (folder) => {
    const index = readFileSync(join(PROVIDERS, folder, 'index.ts'), 'utf8');
    expect(index).toContain("import { connect, ENV_VARS, hasCredentials } from './api/config';");
    expect(index).toMatch(/envVars: ENV_VARS,\n {2}hasCredentials,\n {2}connect,\n {2}simulator: \w+Simulator,\n\};/);
  });

  it.each(folders)('%s never imports the app context and never builds objects with Object.assign(new …)', (folder) => {
    const offending = production(folder).filter((path) => {
      const text = readFileSync(join(PROVIDERS, folder, path), 'utf8');
      return /from '(\.\.\/)+context'/.test(text) || text.includes('Object.assign(new');
    });
    expect(offending).toEqual([]);
  });

  it.each(folders)('%s keeps no paging window or cursor schema of its own (its simulator may play the upstream\'s cursors)', (folder) => {
    const offending = production(folder).filter((path) => !path.startsWith('simulator/')).filter((path) => /\b(zCursor|zPageState|zListCursor|zEventCursor|encodeCursor|decodeCursor)\b/.test(readFileSync(join(PROVIDERS, folder, path), 'utf8')));
    expect(offending).toEqual([]);
  });
});

describe('test-only code and demo data', () => {
  it('ships no test fixture under src/ (dist is built from src/)', () => {
    expect(filesUnder(join(ROOT, 'src')).filter((path) => /fixture/i.test(path))).toEqual([]);
  });

  it('reaches simulator data from tests and the benchmark only through each provider\'s simulator/seed module', () => {
    const deep = [...filesUnder(join(ROOT, 'test')), ...filesUnder(join(ROOT, 'bench')).filter((path) => !path.includes('node_modules'))]
      .filter((path) => path.endsWith('.ts'))
      .flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/from '([^']*src\/providers\/[a-z]+\/simulator[^']*)'/g)].map((m) => m[1] ?? ''))
      .filter((specifier) => !/\/simulator\/seed$/.test(specifier));
    expect(deep).toEqual([]);
  });
});
