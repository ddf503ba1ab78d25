import { helpScoutAdapter } from '../../src/providers/helpscout';
import { startHarness, type Harness } from '../support/harness';
import { capturingLogger } from '../support/log-capture';

/** Issue 11, item 1: `x-request-id` accepted (sane length and characters) or generated, echoed, and in log lines. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const QUERY = JSON.stringify({ query: 'query Ids { conversation(id: "helpscout:123") { ... on CommonConversation { id } } }' });

describe('x-request-id', () => {
  let h: Harness;
  const capture = capturingLogger();
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [helpScoutAdapter], logger: capture.logger });
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    capture.lines.length = 0;
  });

  const post = (headers: Record<string, string> = {}): Promise<Response> =>
    fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });
  const operationLog = (): Record<string, unknown> | undefined => capture.lines.find((line) => line['msg'] === 'graphql operation');

  it.each(['req-123_abc.DEF:7', '01J9ZK3W6Q2V5X8Y7Z1A2B3C4D', 'f'.repeat(128), 'dGVzdA==/+@'])('echoes an acceptable id %j and logs the operation under it', async (id) => {
    const res = await post({ 'x-request-id': id });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(id);
    expect(operationLog()).toMatchObject({ msg: 'graphql operation', operation: 'Ids', requestId: id });
  });

  it.each([
    ['a space', 'abc def'],
    ['markup', '<script>'],
    ['a quote', 'a"b'],
    ['129 characters', 'f'.repeat(129)],
    ['a repeated header (joined with a comma)', 'a, b'],
  ])('replaces an id with %s by a generated UUID, echoed and logged', async (_what, id) => {
    const res = await post({ 'x-request-id': id });
    const echoed = res.headers.get('x-request-id');
    expect(echoed).toMatch(UUID);
    expect(operationLog()).toMatchObject({ requestId: echoed });
    expect(JSON.stringify(capture.lines)).not.toContain(id);
  });

  it('generates a different id for each request that brings none, on every route', async () => {
    const [a, b] = [await post(), await post()];
    expect(a.headers.get('x-request-id')).toMatch(UUID);
    expect(b.headers.get('x-request-id')).toMatch(UUID);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
    const health = await fetch(new URL('/health', h.url));
    expect(health.headers.get('x-request-id')).toMatch(UUID);
  });

  it('echoes the id on a request refused before GraphQL (malformed JSON)', async () => {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'bad-json-1' }, body: '{' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    expect(res.headers.get('x-request-id')).toBe('bad-json-1');
  });

  it('logs no trace_id while tracing is off', async () => {
    await post({ traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
    expect(operationLog()).toBeDefined();
    expect(operationLog()).not.toHaveProperty('trace_id');
  });
});
