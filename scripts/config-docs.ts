import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withProviderConfig } from '../src/config-docs';
import { adapters } from '../src/providers/registry';

/**
 * Rewrites the provider rows of the README's configuration table from the registry, or with
 * --check fails when they differ (so a provider's variables are documented where it declares them).
 */
function main(): void {
  const file = join(__dirname, '..', '..', 'README.md');
  const readme = readFileSync(file, 'utf8');
  const generated = withProviderConfig(readme, adapters);
  if (!process.argv.includes('--check')) {
    writeFileSync(file, generated);
    console.log(`wrote the provider configuration table in ${file}`);
    return;
  }
  if (generated !== readme) {
    console.error('README.md configuration table is out of date with the registry: run `npm run docs:config` and commit the result.');
    process.exit(1);
  }
  console.log('README.md configuration table matches the registry');
}

main();
