import { helpScoutAdapter } from '../../src/providers/helpscout';
import { mailPerformanceAdapter } from '../../src/providers/mailperformance';
import { textUsAdapter } from '../../src/providers/textus';
import type { ProviderAdapter } from '../../src/kit/contract';
import { startHarness, type Harness } from '../support/harness';

const DATABASE_URL = 'postgres://parley_app:Hunter2-Canary-77@db.internal:5432/prod';

/** Error bodies seen from (or plausible for) upstreams, each carrying secrets in some letter case. */
function hostileBodies(secret: string): Record<string, unknown>[] {
  return [
    { '@type': 'Error', error: `PG::ConnectionBad: could not connect to ${DATABASE_URL}` },
    { message: `Invalid API key ${secret.toUpperCase()}` },
    { message: secret.toLowerCase() },
    { error: secret, error_description: `retry with ${secret.split('').map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')}` },
    { logRef: secret.toUpperCase(), message: DATABASE_URL },
    { id: DATABASE_URL, code: 'internal', message: 'boom' },
  ];
}

const MESSAGES: Record<number, string> = {
  400: 'rejected the request (HTTP 400)',
  403: 'denied access to this resource (HTTP 403)',
  404: 'has no such resource (HTTP 404)',
  500: 'is unavailable (HTTP 500)',
};
const CODES: Record<number, string> = { 400: 'PROVIDER_UNAVAILABLE', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 500: 'PROVIDER_UNAVAILABLE' };

const CASES: [ProviderAdapter, string, RegExp][] = [
  [textUsAdapter, 'textus:kY1QwY', /^\/conversations\/kY1QwY$/],
  [mailPerformanceAdapter, 'mailperformance:6dc5cd3d-e233-4359-be70-088833f89bff', /^\/messages\//],
];

describe('upstream error text never reaches a client', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [helpScoutAdapter, textUsAdapter, mailPerformanceAdapter] });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  /** The raw response text, so a canary anywhere (message, extensions, data) is found. */
  async function rawQuery(id: string): Promise<string> {
    const res = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ conversation(id: "${id}") { ... on CommonConversation { id } } }` }),
    });
    return res.text();
  }

  for (const [adapter, id, path] of CASES) {
    const { slug } = adapter.identity;
    const secret = adapter.simulator.demo.secret;
    it.each([400, 403, 404, 500])(`${slug}: an HTTP %i whose body carries a database URL and the credential in any case answers the status only`, async (status) => {
      for (const body of hostileBodies(secret)) {
        h.reset();
        h.simulator(slug).injectFault({ match: path, times: 10, reply: { status, body } });
        const text = await rawQuery(id);
        for (const canary of [secret, 'Hunter2-Canary-77', 'db.internal']) expect(text.toLowerCase()).not.toContain(canary.toLowerCase());
        const result = JSON.parse(text) as { data: unknown; errors: { message: string; path: string[]; extensions: unknown }[] };
        expect(result).toEqual({
          data: { conversation: null },
          errors: [{
            message: `${slug} ${MESSAGES[status]}`, path: ['conversation'], locations: [{ line: 1, column: 3 }],
            extensions: { code: CODES[status], provider: slug, httpStatus: status },
          }],
        });
        // A healthy answer between failures keeps the provider's circuit breaker closed.
        h.reset();
        expect(JSON.parse(await rawQuery(id))).toEqual({ data: { conversation: { id } } });
      }
    });
  }

  it('keeps a Help Scout logRef that matches its strict pattern and drops one that does not', async () => {
    h.simulator('helpscout').injectFault({ match: /^\/v2\/conversations\/123$/, reply: { status: 404, body: { logRef: 'a1b2-c3', message: DATABASE_URL } } });
    expect(JSON.parse(await rawQuery('helpscout:123'))).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND', provider: 'helpscout', httpStatus: 404, upstreamRef: 'a1b2-c3' } }] });
    h.simulator('helpscout').injectFault({ match: /^\/v2\/conversations\/123$/, reply: { status: 404, body: { logRef: DATABASE_URL } } });
    const text = await rawQuery('helpscout:123');
    expect(text).not.toContain('Hunter2-Canary-77');
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND', provider: 'helpscout', httpStatus: 404 } }] });
  });

});
