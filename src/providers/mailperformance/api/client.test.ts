import { failure, failureOf } from '../../../../test/support/errors';
import type { ProviderIO } from '../../../kit/contract';
import { DEFECTS, type WithDefects } from '../../../kit/defects';
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
      const action = await conversation.links.action(conversation.actionId ?? '', io);
      expect(action.name).toBe('Order confirmation');
      expect(sim.upstream()).toEqual([`GET /messages/${SEED}`, 'GET /actions/000JKG']);
    });

    it('leaves subject null when the action was deleted (404)', async () => {
      sim.simulator.injectFault({ match: /^\/actions\//, reply: { status: 404 } });
      expect((await client.fetchConversation(SEED, sim.io(selectsSubject))).subject).toBeNull();
    });

    it('keeps the conversation and makes only subject fail, with the fetch error\'s own code, when the action request fails with 500', async () => {
      sim.simulator.injectFault({ match: /^\/actions\//, reply: { status: 500 }, times: 5 });
      const conversation = await client.fetchConversation(SEED, sim.io(selectsSubject));
      expect(conversation.subject).toBeNull();
      expect((conversation as WithDefects)[DEFECTS]?.reasons).toEqual({});
      expect((conversation as WithDefects)[DEFECTS]?.errors?.['subject']).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', extensions: { code: 'PROVIDER_UNAVAILABLE', provider: 'mailperformance' } });
    });

    it('makes subject unreadable when the action answers with an unreadable subject', async () => {
      sim.simulator.injectFault({ match: /^\/actions\//, reply: { status: 200, body: { id: '000JKG', content: { subject: ['x'] } } } });
      const conversation = await client.fetchConversation(SEED, sim.io(selectsSubject));
      expect((conversation as WithDefects)[DEFECTS]?.reasons['subject']).toMatch(/^action\.content\.subject: /);
    });

    it("refuses an answer carrying another message's id with PROVIDER_BAD_RESPONSE naming both ids", async () => {
      const other = '11111111-1111-4111-a111-111111111111';
      sim.simulator.injectFault({ match: /^\/messages\//, reply: { status: 200, body: { ...sampleBody(), id: other } } });
      const error = await failure(client.fetchConversation(SEED, sim.io()));
      expect(error.extensions).toEqual({ code: 'PROVIDER_BAD_RESPONSE', provider: 'mailperformance' });
      expect(error.message).toBe(`mailperformance answered with data Parley cannot read: asked for message ${SEED}, got ${other}`);
    });

    it('accepts its own id spelt in upper case', async () => {
      sim.simulator.injectFault({ match: /^\/messages\//, reply: { status: 200, body: { ...sampleBody(), id: SEED.toUpperCase() } } });
      expect((await client.fetchConversation(SEED, sim.io())).nativeId).toBe(SEED);
    });

    it('answers FORBIDDEN with the provider slug when the upstream answers 403', async () => {
      const error = await failure(client.fetchConversation(FORBIDDEN_MESSAGE_ID, sim.io()));
      expect(error.extensions).toEqual({ code: 'FORBIDDEN', provider: 'mailperformance', httpStatus: 403 });
    });

    it('leaves a hostile target code out, marks the target fields unreadable and never requests it', async () => {
      sim.simulator.injectFault({ match: /^\/messages\//, reply: { status: 200, body: { ...sampleBody(), target: '../../actions/000JKG' } } });
      const conversation = await client.fetchConversation(SEED, sim.io());
      expect(conversation.targetId).toBeNull();
      expect((conversation as WithDefects)[DEFECTS]?.reasons['target']).toMatch(/^message\.target: expected an alphanumeric MailPerformance code/);
      expect(sim.upstream()).toEqual([`GET /messages/${SEED}`]);
    });
  });

  describe('links', () => {
    it.each([
      ['target', (io: ProviderIO) => client.links.target('000QE6KY', io), /^\/targets\//, '000QE6KZ'],
      ['action', (io: ProviderIO) => client.links.action('000JKG', io), /^\/actions\//, '000JKH'],
    ])("refuses a %s answered with another code's id, naming both", async (what, follow, match, other) => {
      sim.simulator.injectFault({ match, reply: { status: 200, body: { id: other } } });
      const error = await failure(follow(sim.io()));
      expect([error.code, error.message]).toEqual(['PROVIDER_BAD_RESPONSE', `mailperformance answered with data Parley cannot read: asked for ${what} ${what === 'target' ? '000QE6KY' : '000JKG'}, got ${other}`]);
    });

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

    it('answers PROVIDER_BAD_RESPONSE for an event that is not an object', async () => {
      sim.simulator.injectFault({ match: /^\/messages\//, reply: { status: 200, body: { ...sampleBody(), events: [{ type: 'requested' }, 7] } } });
      const error = await failure(client.fetchNode('event', `${SEED}.1`, sim.io()));
      expect([error.code, error.message]).toEqual(['PROVIDER_BAD_RESPONSE', 'mailperformance answered with data Parley cannot read: message.events.1: expected a JSON object']);
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
