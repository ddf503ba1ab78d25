import v8 from 'node:v8';
import vm from 'node:vm';
import crossFetch from 'cross-fetch';
import type { FetchLike } from '../../src/http/http-client';
import { undiciFetch } from '../../src/http/undici-fetch';
import { SEED_CONVERSATION_ID } from '../../src/providers/bird/simulator/seed';
import { startHarness, type Harness } from '../support/harness';
import { startStall, type Stall } from '../support/stall-server';

/**
 * Finding 1: with `AbortSignal.any([AbortSignal.timeout(ms)])` a major GC during the wait could
 * collect the timeout signal on Node 20 (nodejs/node#57736): the request never ended and its
 * concurrency slot stayed taken. These tests stall Bird's upstream before headers and in the
 * middle of the body, force a full GC during the wait, and require every request to end with
 * PROVIDER_TIMEOUT within the timeout + 500 ms (plus the GC's own pause) and every slot to be
 * free afterwards. (The old
 * code fails them whenever the GC collects the signal: no answer before the jest timeout.)
 */

const TIMEOUT_MS = 1000;
const REQUESTS = 20;

// `--expose-gc` for this process only: the flag exposes `gc` to contexts created after it.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const CLIENTS: [string, FetchLike][] = [['cross-fetch', crossFetch], ['undici', undiciFetch]];
const MODES = ['before-headers', 'mid-body'] as const;
const QUERY = `query($id: ID!) { conversation(id: $id) { ... on CommonConversation { id } } }`;

describe.each(CLIENTS)('upstream timeouts on %s under forced GC', (_name, fetchImpl) => {
  describe.each(MODES)('an upstream that stalls %s', (mode) => {
    let h: Harness;
    let stall: Stall;
    beforeAll(async () => {
      stall = await startStall(mode);
      h = await startHarness({}, { fetch: fetchImpl, timeoutMs: TIMEOUT_MS, overrides: { BIRD_BASE_URL: stall.url.href } });
      // Warm up (schema, query plan, client sockets) so the timed requests measure the timeout only.
      await Promise.all(Array.from({ length: REQUESTS }, () => h.query(QUERY, { id: 'helpscout:123' })));
    });
    afterAll(async () => {
      await h.stop();
      await stall.close();
    });

    it(`answers all ${REQUESTS} concurrent requests with PROVIDER_TIMEOUT within the timeout + 500 ms and frees every slot`, async () => {
      // A full collection inside the timeout window, while every request waits on its timer (in
      // jest's heap it pauses everything for a few hundred ms, so it ends before the deadline).
      // The pause it causes is added to the bound: it stops the whole process, the test's own
      // client included, and says nothing about whether the timeout fired.
      let pauseMs = 0;
      const collections = [setTimeout(() => {
        const started = performance.now();
        gc();
        pauseMs = performance.now() - started;
      }, TIMEOUT_MS * 0.2)];
      try {
        const results = await Promise.all(
          Array.from({ length: REQUESTS }, async () => {
            const started = performance.now();
            const result = await h.query<{ conversation: unknown }>(QUERY, { id: `bird:${SEED_CONVERSATION_ID}` });
            return { result, ms: performance.now() - started };
          }),
        );
        for (const { result, ms } of results) {
          expect(result.data).toEqual({ conversation: null });
          expect(result.errors).toEqual([
            expect.objectContaining({
              message: `bird did not answer within ${TIMEOUT_MS} ms`,
              path: ['conversation'],
              extensions: expect.objectContaining({ code: 'PROVIDER_TIMEOUT', provider: 'bird' }),
            }),
          ]);
          expect(ms).toBeLessThan(TIMEOUT_MS + 500 + pauseMs);
        }
      } finally {
        collections.forEach(clearTimeout);
      }
      // A timeout is not retried: one upstream request per query.
      expect(stall.seen).toBe(REQUESTS);
      expect(h.gateway.get('bird').client.http.health()).toMatchObject({ inFlight: 0, queued: 0 });
    });
  });
});
