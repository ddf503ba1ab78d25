import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzip } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Negotiator from 'negotiator';
import { appendVary } from './http-io';
import { IDE_INIT_SCRIPT, IDE_STYLES } from './ide-page';

/** One file the IDE page loads, served from Parley's own origin under a content-hashed name. */
export interface IdeAsset {
  /** `graphiql.3f2a9c1b.js`: a new version gets a new name, so browsers may cache forever. */
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export interface IdeAssets {
  readonly scripts: readonly IdeAsset[];
  readonly styles: readonly IdeAsset[];
}

type Source = { readonly name: string; readonly body: () => Buffer };

/** A file of an installed package; `react/umd/*` is not in react's exports map, hence the package root. */
function packageFile(pkg: string, file: string): () => Buffer {
  return () => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
}

const text = (content: string) => () => Buffer.from(content, 'utf8');

// Load order matters: the UMD bundles find React, ReactDOM and GraphiQL as globals.
const SCRIPTS: readonly Source[] = [
  { name: 'react', body: packageFile('react', 'umd/react.production.min.js') },
  { name: 'react-dom', body: packageFile('react-dom', 'umd/react-dom.production.min.js') },
  { name: 'graphiql', body: packageFile('graphiql', 'graphiql.min.js') },
  { name: 'graphiql-explorer', body: packageFile('@graphiql/plugin-explorer', 'dist/index.umd.js') },
  { name: 'parley-ide', body: text(IDE_INIT_SCRIPT) },
];
const STYLES: readonly Source[] = [
  { name: 'graphiql', body: packageFile('graphiql', 'graphiql.min.css') },
  { name: 'graphiql-explorer', body: packageFile('@graphiql/plugin-explorer', 'dist/style.css') },
  { name: 'parley-ide', body: text(IDE_STYLES) },
];

function asset(source: Source, extension: 'js' | 'css'): IdeAsset {
  const body = source.body();
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const contentType = extension === 'js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8';
  return { fileName: `${source.name}.${hash}.${extension}`, contentType, body };
}

let loaded: IdeAssets | undefined;

/** Read once, on the first page view (about 5 MB; a server with the IDE off never reads them). */
export function ideAssets(): IdeAssets {
  loaded ??= { scripts: SCRIPTS.map((s) => asset(s, 'js')), styles: STYLES.map((s) => asset(s, 'css')) };
  return loaded;
}

const gzipped = new Map<string, Promise<Buffer>>();

function gzipOnce(file: IdeAsset): Promise<Buffer> {
  let pending = gzipped.get(file.fileName);
  if (!pending) {
    // zlib runs on the thread pool, so compressing the 3.5 MB GraphiQL bundle never blocks a query.
    pending = new Promise((resolve, reject) => gzip(file.body, { level: 9 }, (error, result) => (error ? reject(error) : resolve(result))));
    gzipped.set(file.fileName, pending);
  }
  return pending;
}

/** The asset `GET /ide/<name>` names (`name` is the path below /ide), if there is one. */
export function findIdeAsset(name: string): IdeAsset | undefined {
  const { scripts, styles } = ideAssets();
  return [...scripts, ...styles].find((candidate) => `/${candidate.fileName}` === name);
}

/**
 * `GET /ide/<name>.<hash>.<ext>`: immutable, cached for a year, gzip when the browser takes it.
 * Rejects only if compression fails (the router answers a JSON 500).
 */
export async function serveIdeAsset(file: IdeAsset, req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  appendVary(res, 'Accept-Encoding');
  if (new Negotiator(req).encodings(['gzip'])[0] !== 'gzip') {
    res.end(req.method === 'HEAD' ? undefined : file.body);
    return;
  }
  const body = await gzipOnce(file);
  res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', String(body.length));
  res.end(req.method === 'HEAD' ? undefined : body);
}
