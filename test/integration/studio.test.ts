import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Report, Trace } from '@apollo/usage-reporting-protobuf';
import type { ProviderAdapter, ProviderClient } from '../../src/kit/contract';
import { adapters } from '../../src/providers/registry';
import { startLoopbackServer, startWebServer, type LoopbackServer, type WebServer } from '../support/web-server';

const KEY = 'service:parley-test:not-a-real-key';
const GRAPH_REF = 'parley-test@current';
const STUDIO_ENV = { APOLLO_KEY: KEY, APOLLO_GRAPH_REF: GRAPH_REF };
/** What an unexpected failure carries inside the process; it must reach neither clients nor Studio. */
const SECRET = 'canary-internal-detail: password=hunter2 at /srv/parley';
const CANARY = 'canary-request-value';

/** Help Scout whose conversation 666 fails with a plain Error (a bug, as Parley sees it): masked. */
const brokenHelpScout: ProviderAdapter = {
  ...adapters[0]!,
  connect(env, options) {
    const client = adapters[0]!.connect(env, options);
    return new Proxy(client, {
      get(target, property) {
        if (property === 'fetchConversation') {
          return (key: string, io: Parameters<ProviderClient['fetchConversation']>[1]) => (key === '666' ? Promise.reject(new Error(SECRET)) : target.fetchConversation(key, io));
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  },
};

interface Received {
  path: string;
  apiKey: string | undefined;
  body: Buffer;
}

/** Studio's two ingestion endpoints, played on loopback: usage reports (gzip protobuf) and schema reports (GraphQL). */
async function startStudioStandIn(): Promise<LoopbackServer & { received: Received[] }> {
  const received: Received[] = [];
  const server = await startLoopbackServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ path: req.url ?? '', apiKey: req.headers['x-api-key'] as string | undefined, body });
      if (req.url === '/api/ingress/traces') {
        res.writeHead(204).end();
        return;
      }
      // First report without the schema; asked for it; then told to wait an hour.
      const { variables } = JSON.parse(body.toString('utf8')) as { variables: { coreSchema: string | null } };
      const reportSchema = { __typename: 'ReportSchemaResponse', inSeconds: variables.coreSchema === null ? 0 : 3600, withCoreSchema: variables.coreSchema === null };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { reportSchema } }));
    });
  });
  return { ...server, received };
}

/** Waits for something the server sends in the background; fails naming what never came. */
async function eventually<T>(what: string, find: () => T | undefined): Promise<T> {
  for (let attempt = 0; attempt < 750; attempt += 1) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never received: ${what}`);
}

function usageReports(standIn: { received: Received[] }): Report[] {
  return standIn.received.filter((r) => r.path === '/api/ingress/traces').map((r) => Report.decode(gunzipSync(r.body)));
}

function tracesOf(report: Report, operationName: string): Trace[] {
  return Object.entries(report.tracesPerQuery)
    .filter(([key]) => key.startsWith(`# ${operationName}\n`))
    .flatMap(([, tracesAndStats]) => (tracesAndStats.trace ?? []).map((trace) => (trace instanceof Uint8Array ? Trace.decode(trace) : (trace as Trace))));
}

function errorsOf(node: Trace.INode | null | undefined): Trace.IError[] {
  if (!node) return [];
  return [...(node.error ?? []), ...(node.child ?? []).flatMap((child) => errorsOf(child))];
}

async function post(url: URL, body: object, headers: Record<string, string> = {}): Promise<{ data?: unknown; errors?: { message: string; extensions: { code: string } }[]; extensions?: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return (await res.json()) as never;
}

const ONE = 'query One($id: ID!) { conversation(id: $id) { ... on CommonConversation { subject } } }';
const TWO = 'query Two($a: ID!, $b: ID!) { a: conversation(id: $a) { ... on CommonConversation { subject } } b: conversation(id: $b) { ... on CommonConversation { subject } } }';

describe('Apollo Studio reporting with APOLLO_KEY and APOLLO_GRAPH_REF set (to a loopback stand-in)', () => {
  let standIn: Awaited<ReturnType<typeof startStudioStandIn>>;
  let web: WebServer;
  beforeAll(async () => {
    standIn = await startStudioStandIn();
    web = await startWebServer({
      env: STUDIO_ENV,
      studioTestEndpoints: { usageReportingUrl: standIn.origin, schemaReportingUrl: `${standIn.origin}/schema` },
      adapters: [brokenHelpScout, ...adapters.slice(1)],
    });
  });
  afterAll(async () => {
    await web?.stop();
    await standIn?.stop();
  });

  it('sends usage traces with variable names but no values, no request headers and no literal of the operation', async () => {
    const result = await post(web.url, { query: ONE, variables: { id: 'helpscout:123' } }, { authorization: `Bearer ${CANARY}`, cookie: `session=${CANARY}`, 'x-canary': CANARY });
    expect(result.data).toEqual({ conversation: { subject: 'Help' } });
    const report = await eventually('a usage report with operation One', () => usageReports(standIn).find((r) => tracesOf(r, 'One').length > 0));
    expect(report.header?.graphRef).toBe(GRAPH_REF);
    const [trace] = tracesOf(report, 'One');
    expect(trace?.details?.variablesJson).toEqual({ id: '' });
    expect(trace?.http?.requestHeaders ?? {}).toEqual({});
    const everything = JSON.stringify(report.toJSON());
    expect(everything).not.toContain('helpscout:123');
    expect(everything).not.toContain(CANARY);
    expect(standIn.received.filter((r) => r.path === '/api/ingress/traces').every((r) => r.apiKey === KEY)).toBe(true);
  });

  it("reports an unexpected error as the masked 'Internal server error' and Parley's own error with its message, as clients see them", async () => {
    const result = await post(web.url, { query: TWO, variables: { a: 'helpscout:666', b: 'helpscout:999999' } });
    const clientSees = (result.errors ?? []).map((e) => [e.message, e.extensions.code]).sort();
    expect(clientSees).toContainEqual(['Internal server error', 'INTERNAL_SERVER_ERROR']);
    expect(clientSees.map(([, code]) => code)).toEqual(['INTERNAL_SERVER_ERROR', 'NOT_FOUND']);
    const report = await eventually('a usage report with operation Two', () => usageReports(standIn).find((r) => tracesOf(r, 'Two').length > 0));
    const errors = tracesOf(report, 'Two').flatMap((trace) => errorsOf(trace.root));
    const studioSees = errors.map((e) => [e.message, (JSON.parse(e.json ?? '{}') as { extensions?: { code?: string } }).extensions?.code]).sort();
    expect(studioSees).toEqual(clientSees);
    expect(JSON.stringify(report.toJSON())).not.toContain('hunter2');
  });

  it('reports the schema clients query (schema/schema.graphql), not the subgraph plumbing, for the graph ref', async () => {
    const withSchema = await eventually('a schema report with the core schema', () =>
      standIn.received
        .filter((r) => r.path === '/schema')
        .map((r) => JSON.parse(r.body.toString('utf8')) as { variables: { report: { graphRef: string }; coreSchema: string | null } })
        .find((body) => body.variables.coreSchema !== null),
    );
    expect(withSchema.variables.report.graphRef).toBe(GRAPH_REF);
    expect(`${withSchema.variables.coreSchema}\n`).toBe(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
    expect(standIn.received.filter((r) => r.path === '/schema').every((r) => r.apiKey === KEY)).toBe(true);
  });
});

describe('inline traces (ftv1) for a router or gateway, with or without Studio', () => {
  let web: WebServer;
  beforeAll(async () => {
    web = await startWebServer({ adapters: [brokenHelpScout, ...adapters.slice(1)] });
  });
  afterAll(() => web?.stop());

  it('adds extensions.ftv1 (a protobuf trace of the resolvers) when asked with apollo-federation-include-trace: ftv1', async () => {
    const result = await post(web.url, { query: ONE, variables: { id: 'helpscout:123' } }, { 'apollo-federation-include-trace': 'ftv1' });
    expect(result.data).toEqual({ conversation: { subject: 'Help' } });
    const ftv1 = result.extensions?.['ftv1'];
    expect(typeof ftv1).toBe('string');
    const trace = Trace.decode(Buffer.from(ftv1 as string, 'base64'));
    expect(trace.root?.child?.map((node) => node.responseName)).toEqual(['conversation']);
  });

  it('carries only the masked message of an unexpected error in the trace', async () => {
    const result = await post(web.url, { query: ONE, variables: { id: 'helpscout:666' } }, { 'apollo-federation-include-trace': 'ftv1' });
    expect(result.errors?.map((e) => e.message)).toEqual(['Internal server error']);
    const trace = Trace.decode(Buffer.from(result.extensions?.['ftv1'] as string, 'base64'));
    expect(errorsOf(trace.root).map((e) => e.message)).toEqual(['Internal server error']);
    expect(JSON.stringify(trace.toJSON())).not.toContain('hunter2');
  });

  it('adds no trace without the header', async () => {
    const result = await post(web.url, { query: ONE, variables: { id: 'helpscout:123' } });
    expect(result).toEqual({ data: { conversation: { subject: 'Help' } } });
  });
});

describe('Studio settings', () => {
  it('reports nothing when APOLLO_KEY and APOLLO_GRAPH_REF are unset, not even on shutdown', async () => {
    const standIn = await startStudioStandIn();
    const web = await startWebServer({ studioTestEndpoints: { usageReportingUrl: standIn.origin, schemaReportingUrl: `${standIn.origin}/schema` } });
    try {
      await post(web.url, { query: ONE, variables: { id: 'helpscout:123' } });
    } finally {
      await web.stop();
      await standIn.stop();
    }
    expect(standIn.received).toEqual([]);
  });

  it.each([
    [{ APOLLO_KEY: KEY }, 'APOLLO_GRAPH_REF: must be set together with APOLLO_KEY'],
    [{ APOLLO_GRAPH_REF: GRAPH_REF }, 'APOLLO_KEY: must be set together with APOLLO_GRAPH_REF'],
    [{ APOLLO_KEY: KEY, APOLLO_GRAPH_REF: 'my graph' }, 'APOLLO_GRAPH_REF: must be a graph ref like my-graph@current'],
    [{ APOLLO_KEY: 'has spaces inside', APOLLO_GRAPH_REF: GRAPH_REF }, 'APOLLO_KEY: must be an Apollo API key (printable characters, no spaces)'],
  ])('stops start-up on %j with a message naming the variable, never its value', async (env, message) => {
    const failure = startWebServer({ env });
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.not.toThrow(KEY);
  });
});
