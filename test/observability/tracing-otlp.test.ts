import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

/**
 * Tracing as an operator turns it on: the process as `npm start` runs it (src/index.ts through
 * tsx), configured only by the standard variables (OTLP over HTTP, JSON) with a loopback stand-in
 * for the collector that keeps what it receives. Nothing leaves the machine. A process rather
 * than the in-process harness: the OTLP exporter loads `http` with a dynamic import, which jest's
 * module sandbox cannot run.
 */

// The start transpiles the project through tsx: a few seconds on a busy 2-core machine.
jest.setTimeout(60_000);

const ROOT = resolve(__dirname, '..', '..');
const TRACE = '0af7651916cd43dd8448eb211c80319c';
const CLIENT_SPAN = 'b7ad6b7169203331';

interface OtlpSpan { name: string; kind: number; traceId: string; spanId: string; parentSpanId?: string }
interface OtlpExport {
  resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

describe('tracing configured by OTEL_* variables (the npm start process, OTLP/HTTP JSON to a loopback collector)', () => {
  const received: { path: string; body: OtlpExport }[] = [];
  const collector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(body) as OtlpExport });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  beforeAll(() => new Promise<void>((ready) => collector.listen(0, '127.0.0.1', ready)));
  afterAll(() => new Promise<void>((closed) => collector.close(() => closed())));

  it('continues the client trace and exports the operation and upstream spans when the process stops', async () => {
    const base = { ...process.env };
    delete base['NODE_ENV'];
    const env = {
      ...base, PORT: '0', LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'parley-otlp-test',
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: string[] = [];
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const url = await new Promise<URL>((ready, fail) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout.push(chunk);
        const match = /"url":"([^"]+)"/.exec(stdout.join(''));
        if (match?.[1]) ready(new URL(match[1]));
      });
      child.once('exit', () => fail(new Error('exited before ready')));
    });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${TRACE}-${CLIENT_SPAN}-01` },
      body: JSON.stringify({ query: 'query Exported { conversation(id: "helpscout:123") { ... on CommonConversation { id } } }' }),
    });
    expect(await res.json()).toEqual({ data: { conversation: { id: 'helpscout:123' } } });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const logs = stdout.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logs.find((line) => line['msg'] === 'graphql operation')).toMatchObject({ operation: 'Exported', trace_id: TRACE });
    expect(logs.find((line) => typeof line['tracing'] === 'string')).toMatchObject({ tracing: 'on' });

    expect(received.map((r) => r.path)).toEqual(['/v1/traces']);
    const [batch] = received;
    const service = batch?.body.resourceSpans[0]?.resource.attributes.find((a) => a.key === 'service.name');
    expect(service?.value.stringValue).toBe('parley-otlp-test');
    const spans = batch?.body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)) ?? [];
    const server = spans.find((s) => s.name === 'query Exported');
    const client = spans.find((s) => s.name === 'GET /v2/conversations/{id}');
    expect(spans).toHaveLength(2);
    expect(server).toMatchObject({ traceId: TRACE, parentSpanId: CLIENT_SPAN });
    expect(client).toMatchObject({ traceId: TRACE, parentSpanId: server?.spanId });
  });
});
