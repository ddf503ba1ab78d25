import { textUsAdapter } from '../../src/providers/textus';
import { seedConversation } from '../../src/providers/textus/simulator/seed';
import { startHarness, type Harness } from '../support/harness';

type Json = Record<string, unknown>;

const CONTENT_TYPE = 'application/vnd.textus+jsonld';
const CHUCK = (): Json => ({ ...((seedConversation()['participants'] as Json)['members'] as Json[])[0] });
const itemsOf = (seed: Json): Json[] => (seed['timeline'] as Json)['members'] as Json[];

/** Serves `body` for requests matching `match` (every time in the test). */
function serve(h: Harness, match: RegExp, body: unknown, status = 200): void {
  h.simulator('textus').injectFault({ match, times: 100, reply: { status, body, contentType: CONTENT_TYPE } });
}

/** The documented example changed by `change`, served for `GET /conversations/kY1QwY`. */
function serveExample(h: Harness, change: (seed: Json) => void): void {
  const seed = seedConversation();
  change(seed);
  serve(h, /^\/conversations\/kY1QwY$/, seed);
}

const ASSIGNMENT = { '@type': 'ConversationAssignment', id: '/assignments/aB6MA91', assignee: CHUCK(), assigner: '/users/wqyODPA' };
const assignmentCollection = (members: unknown[]): Json => ({
  '@type': 'hydra:Collection', id: '/conversations/kY1QwY/assignments', totalItems: members.length, members,
});

describe('TextUs documented shapes (issue 8)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { adapters: [textUsAdapter] });
  });
  afterAll(() => h.stop());
  beforeEach(() => h.reset());

  const conversation = async (selection: string): Promise<{ data: Json | undefined; errors: unknown }> => {
    const res = await h.query(`{ conversation(id: "textus:kY1QwY") { ... on TextUsConversation { ${selection} } } }`);
    return { data: res.data?.['conversation'] as Json | undefined, errors: res.errors };
  };

  it('4: reads the assignee of ConversationAssignment objects behind the assignments link', async () => {
    serve(h, /^\/conversations\/kY1QwY\/assignments$/, assignmentCollection([ASSIGNMENT]));
    const { data, errors } = await conversation('assignee { id displayName } assignments { totalItems members { jsonLd { path type } assigneePath assignerPath assignee { id } } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      assignee: { id: 'textus:user:wqyODPA', displayName: 'Chuck Norris' },
      assignments: { totalItems: 1, members: [{ jsonLd: { path: '/assignments/aB6MA91', type: 'ConversationAssignment' }, assigneePath: '/users/wqyODPA', assignerPath: '/users/wqyODPA', assignee: { id: 'textus:user:wqyODPA' } }] },
    });
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY', 'GET /conversations/kY1QwY/assignments']);
  });

  it('4: the simulator serves assignments as ConversationAssignment objects, as the docs show', async () => {
    const { data, errors } = await conversation('assignee { id } assignments { members { jsonLd { type } } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ assignee: { id: 'textus:user:wqyODPA' }, assignments: { members: [{ jsonLd: { type: 'ConversationAssignment' } }] } });
  });

  it('5: reads an embedded assignments collection without any request beyond the conversation', async () => {
    serveExample(h, (seed) => {
      seed['assignments'] = assignmentCollection([ASSIGNMENT]);
    });
    const { data, errors } = await conversation('assignmentsPath assignee { id displayName }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ assignmentsPath: '/conversations/kY1QwY/assignments', assignee: { id: 'textus:user:wqyODPA', displayName: 'Chuck Norris' } });
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY']);
  });

  it('6 and 7: a latestPreviewableItem link and a timeline link are fetched only when selected', async () => {
    serveExample(h, (seed) => {
      seed['latestPreviewableItem'] = '/messages/06oyogE';
      seed['timeline'] = '/conversations/kY1QwY/timeline';
    });
    const plain = await conversation('id latestPreviewableItemPath timelinePath preview messageCount');
    expect(plain.errors).toBeUndefined();
    expect(plain.data).toEqual({
      id: 'textus:kY1QwY', latestPreviewableItemPath: '/messages/06oyogE', timelinePath: '/conversations/kY1QwY/timeline', preview: null, messageCount: null,
    });
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY']);

    h.reset();
    serveExample(h, (seed) => {
      seed['latestPreviewableItem'] = '/messages/06oyogE';
      seed['timeline'] = '/conversations/kY1QwY/timeline';
    });
    const linked = await conversation('latestPreviewableItem { id text } lastMessage { id } timeline { totalItems members { id } }');
    expect(linked.errors).toBeUndefined();
    expect(linked.data).toEqual({
      latestPreviewableItem: { id: 'textus:message:06oyogE', text: 'He once made a weeping willow laugh' },
      lastMessage: { id: 'textus:message:06oyogE' },
      timeline: { totalItems: 3, members: [{ id: 'textus:message:06oyogE' }, { id: 'textus:message:QNDkpL' }, { id: 'textus:event:Pvwqm5G' }] },
    });
    expect(h.upstream('textus').sort()).toEqual(['GET /conversations/kY1QwY', 'GET /conversations/kY1QwY/timeline', 'GET /messages/06oyogE']);
  });

  it('7: pages messages through a timeline that is only a link, with one request for it', async () => {
    serveExample(h, (seed) => {
      seed['timeline'] = '/conversations/kY1QwY/timeline';
    });
    const { data, errors } = await conversation('messages(first: 10) { totalCount edges { node { id } } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ messages: { totalCount: 3, edges: [{ node: { id: 'textus:message:QNDkpL' } }, { node: { id: 'textus:message:06oyogE' } }, { node: { id: 'textus:event:Pvwqm5G' } }] } });
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY', 'GET /conversations/kY1QwY/timeline']);
  });

  it('8: answers the embedded User of an outbound message as its sender, with no request for it', async () => {
    serveExample(h, (seed) => {
      itemsOf(seed)[1]!['sender'] = { ...CHUCK(), id: '/users/hikvlD', name: 'Carlos Ray' };
    });
    const { data, errors } = await conversation('messages(first: 1) { edges { node { id ... on TextUsMessage { senderPath sender { id displayName } } } } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ messages: { edges: [{ node: { id: 'textus:message:QNDkpL', senderPath: '/users/hikvlD', sender: { id: 'textus:user:hikvlD', displayName: 'Carlos Ray' } } }] } });
    expect(h.upstream('textus')).toEqual(['GET /conversations/kY1QwY']);
  });

  it('8: node(id:) of a message with an embedded sender answers it without a user request', async () => {
    serve(h, /^\/messages\/QNDkpL$/, { ...itemsOf(seedConversation())[1], sender: CHUCK() });
    const res = await h.query('{ node(id: "textus:message:QNDkpL") { id ... on TextUsMessage { sender { id displayName } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.['node']).toEqual({ id: 'textus:message:QNDkpL', sender: { id: 'textus:user:wqyODPA', displayName: 'Chuck Norris' } });
    expect(h.upstream('textus')).toEqual(['GET /messages/QNDkpL']);
  });

  it('12: exposes an embedded account object', async () => {
    serveExample(h, (seed) => {
      seed['account'] = { '@type': 'Account', id: '/accounts/my_account', name: 'Example Account' };
    });
    const { data, errors } = await conversation('accountPath account { jsonLd { path type } name raw }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      accountPath: '/accounts/my_account',
      account: { jsonLd: { path: '/accounts/my_account', type: 'Account' }, name: 'Example Account', raw: { '@type': 'Account', id: '/accounts/my_account', name: 'Example Account' } },
    });
  });

  it('keeps a timeline item of an unlisted @type as data with its raw type, and finds it again by node id', async () => {
    const call = { '@type': 'PhoneCall', id: '/phone_calls/c4LL9', timelinePosition: '2019-01-01T00:00:00.000Z', duration: 42 };
    serveExample(h, (seed) => {
      itemsOf(seed).push(call);
    });
    const { data, errors } = await conversation('messages(first: 10) { edges { node { id kind direction ... on TextUsTimelineItem { rawType raw } } } }');
    expect(errors).toBeUndefined();
    const nodes = ((data?.['messages'] as Json)['edges'] as Json[]).map((edge) => edge['node'] as Json);
    expect(nodes[nodes.length - 1]).toEqual({ id: 'textus:item:phone_calls.c4LL9', kind: 'UNKNOWN', direction: 'UNKNOWN', rawType: 'PhoneCall', raw: call });

    serve(h, /^\/phone_calls\/c4LL9$/, call);
    const res = await h.query('{ node(id: "textus:item:phone_calls.c4LL9") { id ... on TextUsTimelineItem { rawType } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.['node']).toEqual({ id: 'textus:item:phone_calls.c4LL9', rawType: 'PhoneCall' });
  });
});
