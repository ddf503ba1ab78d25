import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// Provider folders are read from disk, so a new provider is under the same rules without an edit here.
const providers = readdirSync('src/providers', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const topLevel = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.name !== 'providers')
  .map((entry) => `./src/${entry.name}`);

/** The import zones of docs/adding-a-provider.md, per provider folder. */
function providerZones(slug, dir = `./src/providers/${slug}`) {
  const others = providers.filter((other) => other !== slug).map((other) => `./src/providers/${other}`);
  const api = { from: `${dir}/api`, except: ['./keys.ts'] };
  return [
    ...(others.length > 0 ? [{ target: dir, from: others, message: 'A provider never imports another provider.' }] : []),
    {
      target: topLevel,
      from: dir,
      message: 'Outside its folder a provider is reached only through the registry and the contract in src/kit/contract.ts.',
    },
    { target: './src/providers/registry.ts', from: dir, except: ['./index.ts'], message: 'The registry imports a provider only through its index.ts.' },
    { target: [`${dir}/api`, `${dir}/wire`, `${dir}/mapping`, `${dir}/graphql`, `${dir}/identity.ts`], from: `${dir}/simulator`, message: 'Production code reaches a simulator only through the adapter (index.ts).' },
    { target: `${dir}/simulator`, from: [`${dir}/api`, `${dir}/wire`, `${dir}/mapping`, `${dir}/graphql`], message: "A simulator plays the upstream: it never uses the provider's own parsing, mapping or client." },
    { target: `${dir}/wire`, ...api, message: 'Wire schemas depend on nothing but keys and identity.' },
    { target: `${dir}/wire`, from: [`${dir}/mapping`, `${dir}/graphql`] , message: 'Wire schemas depend on nothing but keys and identity.' },
    { target: `${dir}/mapping`, ...api, message: 'Mappers never fetch: api → mapping → graphql.' },
    { target: `${dir}/graphql`, ...api, message: 'GraphQL classes reach fetch code only through their injected links (graphql/links.ts).' },
    { target: `${dir}/graphql`, from: `${dir}/mapping`, message: 'GraphQL classes never import mappers: api → mapping → graphql.' },
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/generated/**', '*.config.js', '.bench-tmp/**', 'bench/mesh/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Without the TypeScript parser for dependencies, no-cycle cannot read imported .ts files and sees no cycle at all.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // Type-only imports are erased and do not count; a runtime cycle anywhere fails the lint.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  {
    // The test-only example provider (test/example-provider) follows the same zones as a real one.
    files: ['src/**/*.ts', 'test/example-provider/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...providers.flatMap((slug) => providerZones(slug)), ...providerZones('example', './test/example-provider')] },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // jest's asymmetric matchers (expect.objectContaining…) are typed any.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['eslint.config.mjs'],
    ...tseslint.configs.disableTypeChecked,
    // ESLint's flat config format requires a default export.
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-restricted-syntax': 'off' },
  },
);
