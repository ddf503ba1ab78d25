import { createHash } from 'node:crypto';
import { pino } from 'pino';
import { createServer } from '../../src/server';
import { startHarness, type Harness } from '../support/harness';

/**
 * Finding 9 (server part): a `subscription` (or `mutation`) used to be answered 200 with a
 * masked INTERNAL_SERVER_ERROR and a logged stack, because graphql-js only fails it in
 * execution; an APQ request with an unsupported version was masked as INTERNAL_SERVER_ERROR.
 */

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function send(url: URL, payload: unknown): Promise<{ status: number; body: Body }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return { status: res.status, body: (await res.json()) as Body };
}

describe('Operations Parley does not serve', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  it.each(['subscription', 'mutation'])('refuses a %s with 400, code BAD_REQUEST and no upstream request', async (kind) => {
    const { status, body } = await send(h.url, { query: `${kind} Watch { conversation(id: "helpscout:123") { __typename } }` });
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ message: `Parley serves queries only: ${kind} operations are not supported`, extensions: { code: 'BAD_REQUEST' } }] });
    expect(h.upstream()).toEqual([]);
  });

  it('logs no error (and no stack) for a refused subscription', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => lines.push(line) });
    const server = await createServer({ gateway: h.gateway, logger, production: false });
    try {
      const url = await server.listen(0, '127.0.0.1');
      expect((await send(url, { query: 'subscription { conversation(id: "helpscout:123") { __typename } }' })).status).toBe(400);
    } finally {
      await server.stop();
    }
    const levels = lines.map((line) => (JSON.parse(line) as { level: number }).level);
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.filter((level) => level >= 50)).toEqual([]);
    expect(lines.join('')).not.toContain('stack');
  });

  it('still runs the query of a document that also holds a subscription, when the query is the one named', async () => {
    const query = 'query Q { conversation(id: "helpscout:123") { __typename } } subscription S { conversation(id: "helpscout:123") { __typename } }';
    const { status, body } = await send(h.url, { query, operationName: 'Q' });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { conversation: { __typename: 'HelpScoutConversation' } } });
  });
});

describe('Automatic persisted queries keep Apollo codes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  const query = '{ providers { slug } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND (200, so the client resends the query)', async () => {
    const { status, body } = await send(h.url, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(status).toBe(200);
    expect(body).toEqual({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
  });

  it('answers an unsupported version with 400 and PERSISTED_QUERY_NOT_SUPPORTED, not a masked internal error', async () => {
    const { status, body } = await send(h.url, { extensions: { persistedQuery: { version: 2, sha256Hash } } });
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ message: 'Unsupported persisted query version', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }] });
  });

  it('answers a hash that does not match the query with 400 BAD_REQUEST', async () => {
    const { status, body } = await send(h.url, { query, extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('registers a query with its hash, then answers the hash alone', async () => {
    expect((await send(h.url, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } })).status).toBe(200);
    const { body } = await send(h.url, { extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(body.data).toEqual({ providers: expect.arrayContaining([{ slug: 'helpscout' }]) });
  });
});
