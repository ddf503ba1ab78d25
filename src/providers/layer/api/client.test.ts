import { readablePage } from '../../../../test/support/readable';
import { failure, failureOf } from '../../../../test/support/errors';
import { useSimulated, withSimulated } from '../../../../test/support/provider-fixture';
import { linkContextOf } from '../../../../test/support/link-context';
import { EFFICIENT, NAIVE, createLoaders } from '../../../loaders/create-loaders';
import { LayerConversation } from '../graphql/conversation.type';
import { LayerMessage } from '../graphql/message.type';
import { LayerIdentity, LayerSystemSender } from '../graphql/participant.type';
import { layerAdapter } from '../index';
import { DELETED_ID, LISTED_COUNT, SEED_SYSTEM_ID, SEED_USER_ID, SEED_USER_MESSAGE_IDS, SIM_APP_ID, SIM_TOKEN } from '../simulator/seed';

const APP = `/apps/${SIM_APP_ID}`;
const USER = `${APP}/users/1234567`;

describe('Layer client against its simulator', () => {
  const sim = useSimulated(layerAdapter);

  it('reads a conversation the configured user takes part in with one user-perspective request', async () => {
    const conversation = await sim.client.fetchConversation(SEED_USER_ID, sim.io());
    expect(conversation).toBeInstanceOf(LayerConversation);
    expect(conversation).toMatchObject({ perspectiveUserId: '1234567', unreadMessageCount: 0, preview: 'hello' });
    expect(sim.upstream()).toEqual([`GET ${USER}/conversations/${SEED_USER_ID}`]);
  });

  it('falls back once to the system perspective when the user perspective answers 404', async () => {
    const conversation = await sim.client.fetchConversation(SEED_SYSTEM_ID, sim.io());
    expect(conversation).toMatchObject({ perspectiveUserId: null, unreadMessageCount: null, participantIds: ['1234', '5678'] });
    expect(sim.upstream()).toEqual([`GET ${USER}/conversations/${SEED_SYSTEM_ID}`, `GET ${APP}/conversations/${SEED_SYSTEM_ID}`]);
  });

  it('reads in the system perspective only when LAYER_USER_ID is not set', async () => {
    await withSimulated(layerAdapter, { LAYER_USER_ID: '' }, async (system) => {
      await system.client.fetchConversation(SEED_USER_ID, system.io());
      expect(system.upstream()).toEqual([`GET ${APP}/conversations/${SEED_USER_ID}`]);
    });
  });

  it('answers GONE without a fallback when the conversation was deleted (410)', async () => {
    const error = await failure(sim.client.fetchConversation(DELETED_ID, sim.io()));
    expect(error.extensions).toMatchObject({ code: 'GONE', provider: 'layer', httpStatus: 410 });
    expect(sim.upstream()).toEqual([`GET ${USER}/conversations/${DELETED_ID}`]);
  });

  it('sends the bearer token, the versioned Accept header and the JSON content type', async () => {
    await sim.client.fetchConversation(SEED_USER_ID, sim.io());
    expect(sim.simulator.requests[0]?.headers).toMatchObject({
      authorization: `Bearer ${SIM_TOKEN}`,
      accept: 'application/vnd.layer+json; version=1.0',
      'content-type': 'application/json',
    });
  });

  it('reports the Layer error id as upstreamRef when credentials are refused', async () => {
    await withSimulated(layerAdapter, { LAYER_TOKEN: 'nope' }, async (wrong) => {
      const error = await failure(wrong.client.fetchConversation(SEED_USER_ID, wrong.io()));
      expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstreamRef: 'authentication_required' });
    });
  });

  it('answers RATE_LIMITED with retryAfter from the simulator\'s 429 reply', async () => {
    sim.simulator.injectFault({ reply: layerAdapter.simulator.create().rateLimited({ limit: 1, remaining: 0, resetAt: 0, resetIn: 42 }) });
    const error = await failure(sim.client.fetchConversation(SEED_USER_ID, sim.io()));
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 42, upstreamRef: 'rate_limit_exceeded' });
  });

  it.each([
    ['the naive loader policy turns lookahead off', NAIVE],
    ['no root resolver computed a selection', EFFICIENT],
  ])('fetches participant identities when %s, rather than answering without a profile', async (_when, policy) => {
    const loaders = createLoaders({ gateway: sim.gateway, stats: { upstreamRequests: 0 }, selection: () => undefined, policy });
    const io = loaders.io(sim.gateway.get('layer'));
    // A class sees only the LinkContext side of the app context: one provider's IO.
    const ctx = linkContextOf(io, 'layer');
    const conversation = await sim.client.fetchConversation(SEED_USER_ID, io);
    const participants = await conversation.participants(ctx);
    expect(participants.map((participant) => participant.displayName)).toEqual(['Helper Bot', 'Frodo Baggins']);
    expect(sim.upstream().slice(1).sort()).toEqual([`GET ${APP}/users/1234567/identity`, `GET ${APP}/users/2222222/identity`]);
  });

  it('accepts the layer:/// URI form and canonicalises to the lower-case UUID', () => {
    expect(sim.client.parseKey(`///conversations/${SEED_SYSTEM_ID.toUpperCase()}`)).toBe(SEED_SYSTEM_ID);
    expect(sim.client.parseKey(SEED_SYSTEM_ID.toUpperCase())).toBe(SEED_SYSTEM_ID);
  });

  it.each(['', '/', '?', '#', '..', 'f3cc7b32-3c92-11e4-baad-164230d1df67\n', 'f3cc7b32%2D3c92-11e4-baad-164230d1df67', '///conversations/x/../y'])(
    'refuses the key %j before any request',
    (key) => {
      expect(failureOf(() => sim.client.parseKey(key))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { provider: 'layer' } });
      expect(sim.upstream()).toEqual([]);
    },
  );

  it('lists the user\'s conversations newest first with page_size and sort_by', async () => {
    const io = sim.io();
    const page = readablePage(await sim.client.listConversations!({ first: 20, after: null }, io));
    expect(page.items).toHaveLength(20);
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(LISTED_COUNT);
    const created = page.items.map((item) => Date.parse(item.node.createdAt ?? ''));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    expect(sim.upstream()).toEqual([`GET ${USER}/conversations?page_size=20&sort_by=created_at`]);
  });

  it('continues a listing from the last item with from_id and ends on the last page', async () => {
    const first = readablePage(await sim.client.listConversations!({ first: 100, after: null }, sim.io()));
    const last = first.items[first.items.length - 1];
    const second = readablePage(await sim.client.listConversations!({ first: 100, after: last!.cursor }, sim.io()));
    const third = readablePage(await sim.client.listConversations!({ first: 100, after: second.items[99]!.cursor }, sim.io()));
    expect(sim.upstream()[1]).toBe(`GET ${USER}/conversations?page_size=100&from_id=${last!.node.nativeId}&sort_by=created_at`);
    expect(third.items).toHaveLength(2);
    expect(third.hasNextPage).toBe(false);
    const ids = [...first.items, ...second.items, ...third.items].map((item) => item.node.id);
    expect(new Set(ids).size).toBe(LISTED_COUNT);
  });

  it('answers UNSUPPORTED naming LAYER_USER_ID when listing without a user', async () => {
    await withSimulated(layerAdapter, { LAYER_USER_ID: '' }, async (system) => {
      const error = await failure(system.client.listConversations!({ first: 20, after: null }, system.io()));
      expect(error.code).toBe('UNSUPPORTED');
      expect(error.message).toContain('LAYER_USER_ID');
      expect(system.upstream()).toEqual([]);
    });
  });

  it('refuses a listing cursor that Parley did not issue for Layer', async () => {
    const error = await failure(sim.client.listConversations!({ first: 5, after: { id: 'x', offset: 1 } }, sim.io()));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(sim.upstream()).toEqual([]);
  });

  it.each([
    ['another user\'s list', `apps/${SIM_APP_ID}/users/5678/conversations?page_size=5&sort_by=created_at`],
    ['a conversation\'s messages', `apps/${SIM_APP_ID}/users/1234567/conversations/${SEED_USER_ID}/messages?page_size=100`],
    ['a foreign origin', `https://evil.example/apps/${SIM_APP_ID}/users/1234567/conversations?page_size=5`],
    ['an unknown parameter', `apps/${SIM_APP_ID}/users/1234567/conversations?page_size=5&admin=1`],
  ])('refuses a listing cursor pointing at %s before any request', async (_what, p) => {
    const error = await failure(sim.client.listConversations!({ first: 5, after: { p, a: null } }, sim.io()));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(sim.upstream()).toEqual([]);
  });

  it('leaves the conversation loader to the gateway but serves a listed conversation again without a request', async () => {
    const io = sim.io();
    const primed = jest.spyOn(io, 'primeConversation');
    const page = readablePage(await sim.client.listConversations!({ first: 5, after: null }, io));
    const listed = page.items[0]!.node;
    const again = await sim.client.fetchConversation(sim.client.parseKey(listed.id.slice('layer:'.length)), io);
    expect(again).toMatchObject({ id: listed.id, perspectiveUserId: '1234567' });
    expect(primed).not.toHaveBeenCalled();
    expect(sim.upstream()).toHaveLength(1);
  });

  it('fetches an identity node with one request', async () => {
    const node = await sim.client.fetchNode!('identity', '5678', sim.io());
    expect(node).toBeInstanceOf(LayerIdentity);
    expect(node).toMatchObject({ id: 'layer:identity:5678', displayName: 'Grace Hopper', email: 'grace.hopper@example.com' });
    expect(sim.upstream()).toEqual([`GET ${USER.replace('1234567', '5678')}/identity`]);
  });

  it('fetches a message node in the user perspective and knows its direction', async () => {
    const key = `${SEED_USER_ID}/${SEED_USER_MESSAGE_IDS[2]}`;
    const node = await sim.client.fetchNode!('message', key, sim.io());
    expect(node).toBeInstanceOf(LayerMessage);
    expect(node).toMatchObject({ id: `layer:message:${key}`, text: 'hello', direction: 'OUTBOUND', receivedAt: '2015-12-28T23:07:51.123Z' });
    expect(sim.upstream()).toEqual([`GET ${USER}/conversations/${key.replace('/', '/messages/')}`]);
  });

  it('answers a system sender node without any request', async () => {
    const node = await sim.client.fetchNode!('system', 'The%20System', sim.io());
    expect(node).toBeInstanceOf(LayerSystemSender);
    expect(node).toMatchObject({ id: 'layer:system:The%20System', role: 'SYSTEM', displayName: 'The System' });
    expect(sim.upstream()).toEqual([]);
  });

  it.each([
    ['message', 'not-a-uuid/also-not'],
    ['message', `${SEED_USER_ID}`],
    ['identity', '..'],
    ['identity', 'a%2Fb'],
    ['identity', '%E0%A4%A'],
    ['thread', '1'],
  ])('refuses the %s node key %j before any request', async (kind, key) => {
    const error = await failure(sim.client.fetchNode!(kind, key, sim.io()));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(sim.upstream()).toEqual([]);
  });
});
