import crypto from 'node:crypto';
import { createContext } from '../../src/context';
import { EFFICIENT } from '../../src/loaders/create-loaders';
import { createLogger } from '../../src/logger';
import { helpScoutAdapter } from '../../src/providers/helpscout';
import { startHarness, type Harness } from '../support/harness';
import { capturingLogger } from '../support/log-capture';

/** Issue 12: the per-operation log line costs nothing while `info` is off, and is unchanged while it is on. */

const ONE = 'query One { conversation(id: "helpscout:123") { ... on CommonConversation { id } } }';
const BAD_ID = 'query Bad { conversation(id: "no-such-provider:1") { ... on CommonConversation { id } } }';

describe('the operation log line', () => {
  let h: Harness;
  const capture = capturingLogger('info');
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [helpScoutAdapter], logger: capture.logger });
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    capture.lines.length = 0;
  });
  const operationLines = (): Record<string, unknown>[] => capture.lines.filter((line) => line['msg'] === 'graphql operation');

  it('is written at info with the operation, its upstream requests and its error codes', async () => {
    await h.query(ONE);
    const bad = await h.query(BAD_ID);
    const codes = bad.errors?.map((e) => e.extensions?.['code']);
    expect(codes?.length).toBeGreaterThan(0);
    const [one, failed] = operationLines();
    expect(one).toMatchObject({ level: 30, operation: 'One', upstreamRequests: 1, requestId: expect.any(String) });
    expect(one?.['errors']).toBeUndefined();
    expect(typeof one?.['ms']).toBe('number');
    expect(failed).toMatchObject({ operation: 'Bad', upstreamRequests: 0, errors: codes });
    expect(operationLines()).toHaveLength(2);
  });

  it.each(['silent', 'warn'])('is not built while the level is %s: no child logger, no line', async (level) => {
    const lines: string[] = [];
    const quiet = createLogger({ LOG_LEVEL: level }, { write: (line: string) => void lines.push(line) });
    const child = jest.spyOn(quiet, 'child');
    const quietHarness = await startHarness({}, { adapters: [helpScoutAdapter], logger: quiet });
    try {
      const res = await quietHarness.query(ONE);
      expect(res.data).toEqual({ conversation: { id: 'helpscout:123' } });
      expect(child).not.toHaveBeenCalled();
      expect(lines).toEqual([]);
    } finally {
      await quietHarness.stop();
    }
  });
});

describe('createContext request ids', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [helpScoutAdapter] });
  });
  afterAll(() => h.stop());
  afterEach(() => jest.restoreAllMocks());

  it('uses the id the server gives without generating one', () => {
    const generate = jest.spyOn(crypto, 'randomUUID');
    const context = createContext(h.gateway, capturingLogger().logger, EFFICIENT, { requestId: 'req-1' });
    context.operation.dispose();
    expect(context.requestId).toBe('req-1');
    expect(generate).not.toHaveBeenCalled();
  });

  it('generates a UUID when the server gives none', () => {
    const generate = jest.spyOn(crypto, 'randomUUID');
    const context = createContext(h.gateway, capturingLogger().logger);
    context.operation.dispose();
    expect(generate).toHaveBeenCalledTimes(1);
    expect(context.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
