import { failure, failureOf } from '../../../../test/support/errors';
import { useSimulated } from '../../../../test/support/provider-fixture';
import { MailPerformanceConversation } from '../graphql/conversation.type';
import { MailPerformanceEvent } from '../graphql/event.type';
import { MailPerformanceTarget } from '../graphql/target.type';
import { mailPerformanceAdapter } from '..';
import { FORBIDDEN_MESSAGE_ID, SEED_MESSAGE_ID, SIM_API_KEY } from '../simulator/seed';
import { MailPerformanceClient } from './client';

const SEED = SEED_MESSAGE_ID;
const selectsSubject = (type: string, field: string): boolean => type === 'MailPerformanceConversation' && field === 'subject';

describe('MailPerformanceClient against the simulator', () => {
  const sim = useSimulated(mailPerformanceAdapter);
  let client: MailPerformanceClient;
  beforeAll(() => {
    if (!(sim.client instanceof MailPerformanceClient)) throw new Error('the adapter did not connect a MailPerformanceClient');
    client = sim.client;
  });

  describe('parseKey', () => {
    it('returns the lower-case canonical form of an upper-case UUID', () => {
      expect(client.parseKey(SEED.toUpperCase())).toBe(SEED);
    });

    it.each([
      ['empty', ''], ['a "/"', `${SEED}/events`], ['a "?"', `${SEED}?x=1`], ['a "#"', `${SEED}#1`], ['".."', `../${SEED}`],
      ['a control character', `${SEED.slice(0, -1)}\n`], ['a percent-encoded slash', `${SEED.slice(0, 30)}%2F`], ['a non-UUID', '000QE6KY'],
    ])('refuses a key that is %s before any request', (_, key) => {
      expect(failureOf(() => client.parseKey(key)).extensions).toEqual({ code: 'BAD_USER_INPUT', provider: 'mailperformance' });
      expect(sim.upstream()).toEqual([]);
    });
  });

  describe('fetchConversation', () => {
    it('makes exactly one request, with x-key and Accept headers, when subject is not selected', async () => {
      const conversation = await client.fetchConversation(SEED, sim.io());
      expect(conversation).toBeInstanceOf(MailPerformanceConversation);
      expect(conversation.subject).toBeNull();
      expect(sim.upstream()).toEqual([`GET /messages/${SEED}`]);
      expect(sim.simulator.requests[0]?.headers).toMatchObject({ 'x-key': SIM_API_KEY, accept: 'application/json' });
    });

    it('fetches the action after the message and fills subject when subject is selected', async () => {
      const conversation = await client.fetchConversation(SEED, sim.io(selectsSubject));
      expect(conversation.subject).toBe('Your order is confirmed');
      expect(sim.upstream()).toEqual([`GET /messages/${SEED}`, 'GET /actions/000JKG']);
    });

    it('shares the subject lookahead request with the action link in the same operation', async () => {
      const io = sim.io(selectsSubject);
      const conversation = await client.fetchConversation(SEED, io);
      const action = await conversation.links.action(conversation.actionId, io);
      expect(action.name).toBe('Order confirmation');
      expect(sim.upstream()).toEqual([`GET /messages/${SEED}`, 'GET /actions/000JKG']);
    });

    it('leaves subject null when the action was deleted (404)', async () => {
      sim.simulator.injectFault({ match: /^\/actions\//, reply: { status: 404 } });
      expect((await client.fetchConversation(SEED, sim.io(selectsSubject))).subject).toBeNull();
    });

    it('fails with PROVIDER_UNAVAILABLE when the action request fails with 500', async () => {
      sim.simulator.injectFault({ match: /^\/actions\//, reply: { status: 500 }, times: 5 });
      expect((await failure(client.fetchConversation(SEED, sim.io(selectsSubject)))).code).toBe('PROVIDER_UNAVAILABLE');
    });

    it('answers FORBIDDEN with the provider slug when the upstream answers 403', async () => {
      const error = await failure(client.fetchConversation(FORBIDDEN_MESSAGE_ID, sim.io()));
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', provider: 'mailperformance', upstreamRef: 'Forbidden' });
    });

    it('answers PROVIDER_BAD_RESPONSE and makes no further request when the target code is hostile', async () => {
      sim.simulator.injectFault({ match: /^\/messages\//, reply: { status: 200, body: { ...sampleBody(), target: '../../actions/000JKG' } } });
      expect((await failure(client.fetchConversation(SEED, sim.io(selectsSubject)))).code).toBe('PROVIDER_BAD_RESPONSE');
      expect(sim.upstream()).toEqual([`GET /messages/${SEED}`]);
    });
  });

  describe('links', () => {
    it('fetches a target once per operation however often it is followed', async () => {
      const io = sim.io();
      const [a, b] = await Promise.all([client.links.target('000QE6KY', io), client.links.target('000QE6KY', io)]);
      expect(a).toBeInstanceOf(MailPerformanceTarget);
      expect(b?.email).toBe('xxx@yyy.com');
      expect(sim.upstream()).toEqual(['GET /targets/000QE6KY']);
    });
  });

  describe('fetchNode', () => {
    it('returns an event by <uuid>.<index> from one message request', async () => {
      const node = await client.fetchNode('event', `${SEED}.1`, sim.io());
      expect(node).toBeInstanceOf(MailPerformanceEvent);
      expect(node).toMatchObject({ id: `mailperformance:event:${SEED}.1`, type: 'received' });
      expect(sim.upstream()).toEqual([`GET /messages/${SEED}`]);
    });

    it('answers NOT_FOUND for an event index past the last event', async () => {
      expect((await failure(client.fetchNode('event', `${SEED}.2`, sim.io()))).code).toBe('NOT_FOUND');
    });

    it('returns a target and an action by code', async () => {
      await expect(client.fetchNode('target', '000QE6KY', sim.io())).resolves.toMatchObject({ id: 'mailperformance:target:000QE6KY' });
      await expect(client.fetchNode('action', '000JKG', sim.io())).resolves.toMatchObject({ id: 'mailperformance:action:000JKG' });
      expect(sim.upstream()).toEqual(['GET /targets/000QE6KY', 'GET /actions/000JKG']);
    });

    it.each([
      ['target', '000QE6KY/x'], ['action', '..'], ['event', SEED], ['event', `${SEED}.01`], ['thread', '1'],
    ])('refuses kind %s with key %j before any request', (kind, key) => {
      expect(failureOf(() => client.fetchNode(kind, key, sim.io())).code).toBe('BAD_USER_INPUT');
      expect(sim.upstream()).toEqual([]);
    });
  });
});

function sampleBody(): Record<string, unknown> {
  return { type: 'message', media: 'mail', id: SEED, actionId: '000JKG', target: '000QE6KY', events: [] };
}
