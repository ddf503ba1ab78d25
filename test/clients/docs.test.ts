import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// docs/clients.md shows the client setups the other tests in this folder run: the page embeds
// each file of docs/clients/ verbatim after a `<!-- snippet: path -->` marker.

const ROOT = join(__dirname, '..', '..');
const guide = readFileSync(join(ROOT, 'docs', 'clients.md'), 'utf8');

/** The snippet files: everything in docs/clients but the compiler's generated artifacts. */
function snippetFiles(dir = join(ROOT, 'docs', 'clients')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === '__generated__') return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? snippetFiles(path) : [relative(ROOT, path)];
  });
}

const embedded = new Map([...guide.matchAll(/<!-- snippet: (\S+) -->\n```\w+\n([\s\S]*?)```/g)].map((m) => [m[1] ?? '', m[2] ?? '']));

describe('docs/clients.md', () => {
  it('embeds every snippet file of docs/clients', () => {
    expect([...embedded.keys()].sort()).toEqual(snippetFiles().sort());
  });

  it.each(snippetFiles())('shows %s exactly as the tests run it (copy the file into the guide after a change)', (file) => {
    expect(embedded.get(file)).toBe(readFileSync(join(ROOT, file), 'utf8'));
  });
});
