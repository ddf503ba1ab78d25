import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printParleySchema } from '../src/schema/build-schema';

/**
 * Writes the SDL to schema/schema.graphql, or with --check fails when the committed file
 * differs from what the code builds (so a schema change is always a reviewed diff).
 */
async function main(): Promise<void> {
  const file = join(__dirname, '..', '..', 'schema', 'schema.graphql');
  const sdl = await printParleySchema();
  if (!process.argv.includes('--check')) {
    writeFileSync(file, sdl);
    console.log(`wrote ${file}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // Missing file: reported as a difference below.
  }
  if (committed !== sdl) {
    console.error('schema/schema.graphql is out of date with the code: run `npm run schema:emit` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql matches the code');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
