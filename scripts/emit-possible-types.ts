import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isAbstractType, isObjectType, type GraphQLSchema } from 'graphql';
import { VALUE_OBJECT } from '../src/schema/value-object';

// Client cache configuration derived from the committed API schema (schema/schema.graphql), so
// it can never disagree with the SDL clients code against. Runs after emit-schema in
// `npm run schema:emit` (and `--check` in `npm run schema:check`).

/** Apollo Client's `possibleTypes`: every union and interface with the object types it can be. */
export function possibleTypesOf(schema: GraphQLSchema): Record<string, string[]> {
  const abstract = Object.values(schema.getTypeMap()).filter(isAbstractType).sort((a, b) => a.name.localeCompare(b.name));
  return Object.fromEntries(abstract.map((type) => [type.name, schema.getPossibleTypes(type).map((member) => member.name).sort()]));
}

/** Object types declared value objects (no id; stored inside their parent by normalised caches). */
export function valueObjectsOf(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && (type.description ?? '').includes(VALUE_OBJECT))
    .map((type) => type.name)
    .sort();
}

const FILES: readonly { name: string; of: (schema: GraphQLSchema) => unknown }[] = [
  { name: 'possible-types.json', of: possibleTypesOf },
  { name: 'value-objects.json', of: valueObjectsOf },
];

function committed(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Missing file: reported as a difference.
    return '';
  }
}

/** Writes schema/possible-types.json and schema/value-objects.json, or with --check fails when either is stale. */
function main(): void {
  const check = process.argv.includes('--check');
  // Run from dist/scripts after the build, like emit-schema.
  const root = join(__dirname, '..', '..');
  const schema = buildSchema(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8'));
  let stale = false;
  for (const { name, of } of FILES) {
    const file = join(root, 'schema', name);
    const json = `${JSON.stringify(of(schema), null, 2)}\n`;
    if (!check) {
      writeFileSync(file, json);
      console.log(`wrote ${file}`);
    } else if (committed(file) !== json) {
      console.error(`schema/${name} is out of date with schema/schema.graphql: run \`npm run schema:emit\` and commit the result.`);
      stale = true;
    } else {
      console.log(`schema/${name} matches schema/schema.graphql`);
    }
  }
  if (stale) process.exit(1);
}

if (require.main === module) main();
