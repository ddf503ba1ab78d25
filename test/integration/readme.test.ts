import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { withProviderConfig } from '../../src/config-docs';
import { adapters } from '../../src/providers/registry';
import { startHarness, type Harness } from '../support/harness';

/** Every ```graphql block of the README, split into its operations: the README must stay true. */
function readmeOperations(): string[] {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((block) => parse(block).definitions.map((definition) => block.slice(definition.loc?.start, definition.loc?.end)));
}

describe('README examples', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  const operations = readmeOperations();

  it('has example queries for every provider', () => {
    expect(operations.length).toBeGreaterThanOrEqual(6);
  });

  it.each(operations.map((op) => [op.replace(/\s+/g, ' ').slice(0, 70), op]))('answers %s without errors', async (_title, operation) => {
    const result = await h.query(operation);
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeTruthy();
  });
});

describe('README configuration table', () => {
  it("lists every registered provider's environment variables exactly as the adapters declare them", () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(withProviderConfig(readme, adapters)).toBe(readme);
    for (const adapter of adapters) {
      for (const variable of adapter.envVars) expect(readme).toContain(`| \`${variable.name}\` |`);
    }
  });
});
