import type { JsonObject } from '../../../kit/json';
import { SimulatedProvider } from '../../../simulator/sim-server';
import { mailPerformanceSimulator } from '.';
import {
  DOCUMENTED_ACTION_ID, DOCUMENTED_MESSAGE_ID, DOCUMENTED_TARGET_ID, GENERATED_MESSAGE_COUNT, PAGING_MESSAGE_ID, SEED_MESSAGE,
  SEED_MESSAGE_ID, SIM_API_KEY, simData,
} from './seed';

// The simulator plays the upstream, so its data is read here as plain JSON; the wire tests
// check that every simulated payload also fits the documented shapes.
interface SimEvent {
  type: string;
  date: string;
  recipient?: string;
}
interface SimMessage {
  media: string;
  target: string;
  actionId: string;
  events: SimEvent[];
}
const asMessage = (body: JsonObject | undefined): SimMessage => body as unknown as SimMessage;

describe('MailPerformance simulator', () => {
  describe('data', () => {
    const data = simData();
    const generated = data.generatedIds.map((id) => asMessage(data.messages.get(id)));

    it(`generates ${GENERATED_MESSAGE_COUNT} distinct mail messages, each with at least one event`, () => {
      expect(new Set(data.generatedIds).size).toBe(GENERATED_MESSAGE_COUNT);
      expect(generated.every((m) => m.media === 'mail' && m.events.length > 0)).toBe(true);
    });

    it('serves a target and an action for every message', () => {
      for (const message of generated) {
        expect(data.targets.get(message.target)?.['id']).toBe(message.target);
        expect(data.actions.get(message.actionId)?.['id']).toBe(message.actionId);
      }
    });

    it('covers every documented outcome: pending, received, bounced and canceled', () => {
      const outcomes = new Set(generated.map((m) => m.events[m.events.length - 1]?.type));
      expect([...outcomes].sort()).toEqual(['bounced', 'canceled', 'received', 'requested']);
    });

    it('keeps the delivered address equal to the target email field', () => {
      for (const message of generated) {
        const delivered = message.events.find((e) => e.recipient);
        if (delivered) expect((data.targets.get(message.target)?.['fields'] as JsonObject | undefined)?.['8103']).toBe(delivered.recipient);
      }
    });

    it('serves the seed verbatim and a 250-event message in chronological order', () => {
      expect(data.messages.get(SEED_MESSAGE_ID)).toBe(SEED_MESSAGE);
      const dates = asMessage(data.messages.get(PAGING_MESSAGE_ID)).events.map((e) => Date.parse(e.date));
      expect(dates).toHaveLength(250);
      expect(dates.every((d, i) => i === 0 || d > (dates[i - 1] ?? Infinity))).toBe(true);
    });

    it("serves the docs' own example shapes: numeric bounce codes, a red list on both media and an object reply-to", () => {
      expect(data.targets.get(DOCUMENTED_TARGET_ID)).toMatchObject({
        bounce: [{ field: 8102, type: 1, timestamp: '1465831160', reason: 1 }],
        redList: { mail: { timestamp: '1465831160', reason: 1 }, sms: { timestamp: '1465831160', reason: 1 } },
      });
      expect(data.actions.get(DOCUMENTED_ACTION_ID)).toMatchObject({ content: { headers: { reply: { reply: 'address@reply.dev' } } } });
      expect(data.messages.get(DOCUMENTED_MESSAGE_ID)).toMatchObject({ target: DOCUMENTED_TARGET_ID, actionId: DOCUMENTED_ACTION_ID });
    });

    it('generates bounces with the numeric codes the Target doc shows', () => {
      const bounces = [...data.targets.values()].flatMap((t) => (Array.isArray(t['bounce']) ? t['bounce'] : []));
      expect(bounces.length).toBeGreaterThan(1);
      expect(bounces.every((b) => typeof b === 'object' && b !== null && !Array.isArray(b) && typeof b['reason'] === 'number')).toBe(true);
    });

    it('generates the same data every time (deterministic seed)', () => {
      expect(simData().generatedIds[0]).toBe(data.generatedIds[0]);
      expect(data.generatedIds[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });

  describe('over HTTP', () => {
    let sim: SimulatedProvider;
    const get = (path: string, key: string | null = SIM_API_KEY) =>
      fetch(new URL(path, sim.baseUrl), { headers: key === null ? {} : { 'X-Key': key } });

    beforeAll(async () => {
      sim = new SimulatedProvider({ ...mailPerformanceSimulator.create(), rateLimit: { limit: 5, windowSeconds: 60 } });
      await sim.start();
    });
    afterAll(() => sim.stop());
    beforeEach(() => sim.reset());

    it('answers 401 with a JSON message when x-key is missing or wrong', async () => {
      for (const key of [null, 'wrong']) {
        const res = await get(`/messages/${SEED_MESSAGE_ID}`, key);
        expect([res.status, await res.json()]).toEqual([401, { message: 'Unauthorized' }]);
      }
    });

    it('answers 404 with an empty body for unknown ids and paths', async () => {
      for (const path of ['/messages/00000000-0000-4000-a000-000000000000', '/targets/NOPE', '/conversations/1']) {
        const res = await get(path);
        expect([res.status, await res.text()]).toEqual([404, '']);
      }
    });

    it('answers 429 with Retry-After once the budget is spent', async () => {
      for (let i = 0; i < 5; i += 1) expect((await get('/actions/000JKG')).status).toBe(200);
      const res = await get('/actions/000JKG');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });
});
