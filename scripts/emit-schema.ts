import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printParleySchema, printSubgraphSdl } from '../src/schema/build-schema';

/** The committed schema files: the API schema clients code against and the Federation 2 subgraph SDL. */
const FILES: readonly { name: string; print: () => Promise<string> }[] = [
  { name: 'schema.graphql', print: () => printParleySchema() },
  { name: 'subgraph.graphql', print: () => printSubgraphSdl() },
];

function committed(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Missing file: reported as a difference.
    return '';
  }
}

/**
 * Writes schema/schema.graphql and schema/subgraph.graphql, or with --check fails when a committed
 * file differs from what the code builds (so a schema change is always a reviewed diff).
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let stale = false;
  for (const { name, print } of FILES) {
    const file = join(__dirname, '..', '..', 'schema', name);
    const sdl = await print();
    if (!check) {
      writeFileSync(file, sdl);
      console.log(`wrote ${file}`);
    } else if (committed(file) !== sdl) {
      console.error(`schema/${name} is out of date with the code: run \`npm run schema:emit\` and commit the result.`);
      stale = true;
    } else {
      console.log(`schema/${name} matches the code`);
    }
  }
  if (stale) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
